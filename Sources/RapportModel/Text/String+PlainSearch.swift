/// Searches and trims in the standard library alone: Foundation's `contains`, `trimmingCharacters`
/// and `replacingOccurrences` go through NSString on Linux and cost more than reading a
/// message, which a 10,000-message mail import does tens of thousands of times.
extension String {
    /// Whether the UTF-8 bytes of `needle` occur in the string (an exact, case-sensitive match).
    public func containsBytes(_ needle: String) -> Bool {
        var haystack = self, pattern = needle
        return haystack.withUTF8 { h in pattern.withUTF8 { n in Self.search(h, n) } }
    }

    private static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = n.first else { return true }
        guard h.count >= n.count else { return false }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and non-breaking spaces.
    public func trimmedSpaces() -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, Self.isSpace(self[start]) { start = index(after: start) }
        while end > start, Self.isSpace(self[index(before: end)]) { end = index(before: end) }
        return self[start..<end]
    }

    /// Without the leading and trailing characters `drop` accepts.
    public func trimmed(where drop: (Character) -> Bool) -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, drop(self[start]) { start = index(after: start) }
        while end > start, drop(self[index(before: end)]) { end = index(before: end) }
        return self[start..<end]
    }

    /// True when the string is empty or only spaces and tabs.
    public var isBlank: Bool { allSatisfy(Self.isSpace) }

    private static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{00A0}" }
}
