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
    /// The last part is found on the scalars, not by `split` (an array of every part), and
    /// only a scalar past ASCII asks for its category: that was ≈ 11,000 instructions a row.
    public var room: String {
        let scalars = path.unicodeScalars
        // The last part that is not empty, as `split(separator: "/").last` gives it.
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)] == "/" { end = scalars.index(before: end) }
        guard end > scalars.startIndex else { return path }
        var start = end
        while start > scalars.startIndex, scalars[scalars.index(before: start)] != "/" { start = scalars.index(before: start) }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s == " " || s == "\t" : s.properties.generalCategory == .spaceSeparator
        }
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
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
