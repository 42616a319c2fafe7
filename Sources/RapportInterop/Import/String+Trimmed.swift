extension StringProtocol {
    /// Without leading and trailing whitespace and newlines; pure Swift, unlike Foundation's
    /// `trimmingCharacters(in:)`, which bridges through NSString for every cell of an import.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
