import Foundation

/// A place on a project's site, as a path: `HQ / Floor 3 / Board Room`.
public struct Location: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    public var projectId: Int64
    public var path: String

    public init(id: Int64? = nil, projectId: Int64, path: String) {
        self.id = id
        self.projectId = projectId
        self.path = path
    }

    /// The last part of the path, which is what people call the room.
    ///
    /// Trimmed of the characters `CharacterSet.whitespaces` holds (space separators and tab),
    /// without Foundation's CharacterSet: that cost ~30,000 instructions a row of the punch pane.
    public var room: String {
        guard let last = path.split(separator: "/").last else { return path }
        let scalars = last.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(Substring(scalars[start...end]))
    }
}

/// A verified or unverified fact about a location: wall type, mount height, camera, VLAN.
public struct LocationFact: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    public var locationId: Int64
    public var key: String
    public var value: String
    public var verified: Bool

    public init(id: Int64? = nil, locationId: Int64, key: String, value: String, verified: Bool = false) {
        self.id = id
        self.locationId = locationId
        self.key = key
        self.value = value
        self.verified = verified
    }
}
