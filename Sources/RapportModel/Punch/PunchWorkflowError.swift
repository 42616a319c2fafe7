import Foundation

/// Why no sequence of triage steps reaches a status.
public enum PunchWorkflowError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A void item is off the list; a form can still correct it.
    case voidCannotMove
    /// E.g. ready → in progress: stepping back from ready is a rejection, which goes to open.
    case noPath(from: PunchStatus, to: PunchStatus)

    public var description: String {
        switch self {
        case .voidCannotMove: return "a void item cannot be moved; it is off the list"
        case .noPath(let from, let to): return "cannot go from \(from.rawValue) to \(to.rawValue)"
        }
    }

    public var errorDescription: String? { description }
}
