import Foundation

/// Why a quick-add line was refused; the description names the word to fix.
public enum QuickAddError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Only terms, no title words.
    case emptyTitle
    /// `!4`, `!p1`, `!01`.
    case badPriority(String)
    /// `+vidoe`.
    case unknownCategory(String)
    /// `status:done`.
    case unknownStatus(String)
    /// The date after `due:` was refused.
    case badDue(DateExpressionError)
    /// `due:`, `assignee:`, `status:`, `@""` with nothing after them.
    case missingValue(String)
    /// Two words set one field to different values, e.g. `!1` and `!3`.
    case conflict(field: String, first: String, second: String)
    /// `@"Board Room` to the end of the line.
    case unclosedQuote(String)
    /// `@"Board"Room`.
    case textAfterQuote(String)

    public var description: String {
        switch self {
        case .emptyTitle: return "the title is empty"
        case .badPriority(let term): return TermMessage.badPriority(term)
        case .unknownCategory(let term): return TermMessage.unknownCategory(term)
        case .unknownStatus(let term): return TermMessage.unknownStatus(term)
        case .badDue(let error): return "due: \(error)"
        case .missingValue(let term): return TermMessage.missingValue(term)
        case .conflict(let field, let first, let second):
            return "'\(first)' and '\(second)' both set the \(field); keep one"
        case .unclosedQuote(let text): return TermMessage.unclosedQuote(text)
        case .textAfterQuote(let word): return TermMessage.textAfterQuote(word)
        }
    }

    public var errorDescription: String? { description }
}
