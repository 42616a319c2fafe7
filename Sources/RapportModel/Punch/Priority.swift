/// P1 is urgent (blocks use of the room), P3 is cosmetic.
public enum Priority: Int, CaseIterable, Codable, Sendable, Comparable {
    case p1 = 1, p2 = 2, p3 = 3

    public var label: String { "P\(rawValue)" }

    /// The next priority when cycling: P1 → P2 → P3 → P1.
    public var cycled: Priority { Priority(rawValue: rawValue % 3 + 1)! }

    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}
