/// What the user typed into the search box, as an FTS5 query: every word must begin a word of
/// the record (`bro ro` finds "Brookline Room"), so results come as one types.
public struct SearchQuery: Hashable, Sendable {
    /// The words, folded by the index's tokenizer later; quotes and operators are plain text here.
    public let words: [String]

    public init(_ text: String) {
        // Anything but letters and digits separates words, as the unicode61 tokenizer does, so
        // "o'brien" is the two words the index holds.
        words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    public var isEmpty: Bool { words.isEmpty }

    /// `"bro"* AND "ro"*`: each word quoted, so a typed `AND`, `NEAR` or `OR` is a word, never
    /// syntax (words hold letters and digits only, so no quote needs escaping), and a prefix.
    public var matchExpression: String {
        words.map { "\"\($0)\"*" }.joined(separator: " AND ")
    }
}
