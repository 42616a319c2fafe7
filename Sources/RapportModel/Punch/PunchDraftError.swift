import Foundation

/// Why a punch item's field was refused, naming the field so a form can show it there.
public enum PunchDraftError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A field that must have text has none (the title).
    case empty(PunchField)
    /// Longer than `PunchLimits` allows; `length` and `limit` in Unicode scalars.
    case tooLong(PunchField, length: Int, limit: Int)
    /// An item number below 1.
    case badNumber(Int)
    /// Not 1, 2 or 3 (with or without `P`).
    case badPriority(String)
    case badStatus(String)
    case badCategory(String)
    case badDue(String, DateExpressionError)
    /// Not yes or no.
    case badYesNo(PunchField, String)

    /// The field the error is about.
    public var field: PunchField {
        switch self {
        case .empty(let field), .tooLong(let field, _, _), .badYesNo(let field, _): return field
        case .badNumber: return .number
        case .badPriority: return .priority
        case .badStatus: return .status
        case .badCategory: return .category
        case .badDue: return .due
        }
    }

    public var description: String {
        switch self {
        case .empty(let field): return "the \(field.name) is empty"
        case .tooLong(let field, let length, let limit):
            return "the \(field.name) is \(length) characters long; at most \(limit) are allowed"
        case .badNumber(let number): return "number \(number) is not a positive number"
        case .badPriority(let text): return "'\(text)' is not a priority: use 1, 2 or 3 (P1, P2, P3)"
        case .badStatus(let text): return "'\(text)' is not a status: use \(PunchStatus.termList)"
        case .badCategory(let text): return TermMessage.unknownCategory(text)
        case .badDue(_, let error): return "\(error)"
        case .badYesNo(_, let text): return "'\(text)' is not yes or no"
        }
    }

    public var errorDescription: String? { description }
}
