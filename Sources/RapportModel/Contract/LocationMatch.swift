import Foundation

/// What a typed location (`@Board Room`) means among a project's locations.
public enum LocationMatch: Hashable, Sendable {
    /// It names this location: its whole path, or the end of exactly one path.
    case exact(id: Int64, path: String)
    /// It ends several paths: the user must type more; the paths, sorted.
    case ambiguous([String])
    /// It names none: saving would create a location with this path (the text trimmed, as the
    /// punch writers keep it).
    case new(path: String)
    /// Nothing was typed.
    case none
}

/// Location paths: `Site / Building / Floor / Room`, compared without case or spacing around `/`.
public enum LocationPath {
    /// `HQ/ Floor 3 /Board Room` → `["hq", "floor 3", "board room"]`.
    public static func key(_ path: String) -> [String] {
        path.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// `HQ/Floor 3 / Board Room` → `HQ / Floor 3 / Board Room`.
    public static func normalized(_ path: String) -> String {
        path.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " / ")
    }

    /// How `text` resolves among `known` (id, path): exact whole path first, else the end of exactly
    /// one path; several ends are ambiguous (never guessed); none is new.
    public static func classify(_ text: String, among known: [(id: Int64, path: String)]) -> LocationMatch {
        let wanted = key(text)
        guard !wanted.isEmpty else { return .none }
        let keyed = known.map { (id: $0.id, path: $0.path, key: key($0.path)) }
        if let exact = keyed.first(where: { $0.key == wanted }) { return .exact(id: exact.id, path: exact.path) }
        let ends = keyed.filter { $0.key.count > wanted.count && $0.key.suffix(wanted.count).elementsEqual(wanted) }
        if ends.count == 1 { return .exact(id: ends[0].id, path: ends[0].path) }
        if ends.count > 1 { return .ambiguous(ends.map(\.path).sorted()) }
        return .new(path: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The path with its first `old.count` parts replaced by `new`, when it lies under `old`
    /// (or is it); nil otherwise. Renaming `HQ / Floor 3` to `HQ / Level 3` moves every room under it.
    public static func renamed(_ path: String, from old: String, to new: String) -> String? {
        let parts = path.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let oldKey = key(old)
        guard parts.count >= oldKey.count, parts.prefix(oldKey.count).map({ $0.lowercased() }) == oldKey else { return nil }
        return normalized(([new] + parts.dropFirst(oldKey.count)).joined(separator: " / "))
    }
}
