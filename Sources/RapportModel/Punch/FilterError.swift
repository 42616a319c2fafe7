import Foundation

/// Why the `/` filter line cannot be read yet; shown inline while the user types.
public enum FilterError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A term with nothing after it yet: `status:`, `@`, `!`, `+`, `=`, `assignee:`.
    case missingValue(String)
    /// `!4`, `!p1`.
    case badPriority(String)
    /// `+vidoe`.
    case unknownCategory(String)
    /// `status:done`.
    case unknownStatus(String)
    /// A `word:` the filter does not know, e.g. `foo:bar` or `due:fri`.
    case unknownField(String)
    /// `"board"room`.
    case textAfterQuote(String)

    public var description: String {
        switch self {
        case .missingValue(let term): return TermMessage.missingValue(term)
        case .badPriority(let term): return TermMessage.badPriority(term)
        case .unknownCategory(let term): return TermMessage.unknownCategory(term)
        case .unknownStatus(let term): return TermMessage.unknownStatus(term)
        case .unknownField(let term):
            return "unknown term '\(term)': the fielded terms are status: and assignee: "
                + "(type \\\(term) to search for the text itself)"
        case .textAfterQuote(let word): return TermMessage.textAfterQuote(word)
        }
    }

    public var errorDescription: String? { description }
}
