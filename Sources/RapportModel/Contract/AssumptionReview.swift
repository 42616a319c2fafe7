import Foundation

/// The outcome of reviewing an assumption ("are they still accurate?").
public enum AssumptionReview: Hashable, Sendable {
    /// Still true: confirmed, with an optional note.
    case confirm(note: String)
    /// Not true any more: what it changes, and what to raise about it.
    case invalidate(changes: String, raise: AssumptionRaise)
    /// Not known yet: look again on `until`.
    case postpone(until: LocalDate, note: String)
}

/// What an invalid assumption raises besides being marked so.
public enum AssumptionRaise: Hashable, Sendable {
    case nothing
    /// A punch item on the project, titled from the assumption; `blocksAcceptance` as given.
    case punchItem(blocksAcceptance: Bool)
    /// A change note on the customer's history (an interaction of kind note), for the change order talk.
    case changeNote
}

extension AssumptionReview {
    /// The assumption as the review leaves it, or the refusal: only open assumptions are reviewed
    /// (reopen one by setting its status to open), an invalid one must say what it changes, and a
    /// postponement must move the review day after `today`.
    public func applied(to assumption: Assumption, by who: String, on today: LocalDate) throws(AppError) -> Assumption {
        guard assumption.status == .open else {
            throw .assumptionRefused(text: assumption.text, reason: "it is \(assumption.status.rawValue) already; "
                                     + "set its status to open to review it again")
        }
        var next = assumption
        next.reviewedOn = today
        next.reviewedBy = who
        switch self {
        case .confirm(let note):
            next.status = .confirmed
            next.note = RecordText.trimmed(note)
        case .invalidate(let changes, _):
            let what = RecordText.trimmed(changes)
            guard !what.isEmpty else {
                throw .assumptionRefused(text: assumption.text, reason: "say what it changes (scope, schedule, cost …)")
            }
            next.status = .invalid
            next.note = what
        case .postpone(let until, let note):
            guard until > today else {
                throw .assumptionRefused(text: assumption.text, reason: "the new review day \(until.iso) is not after today")
            }
            next.reviewOn = until
            next.note = RecordText.trimmed(note)
        }
        return next
    }
}
