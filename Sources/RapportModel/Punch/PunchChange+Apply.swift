import Foundation

/// What one triage step does to one item: the workflow rules, with no database in sight.
extension PunchChange {
    /// What `apply` made of one item.
    public enum Outcome: Equatable, Sendable {
        /// The item after the change; `statusNote` goes on its status event (`rejected`).
        case changed(PunchItem, statusNote: String)
        /// Already as asked: neither changed nor refused.
        case unchanged
        /// The workflow refuses.
        case skipped(SkipReason)
    }

    /// Applies the change to `item`. `locationId` is the already resolved location of a
    /// `setLocation` or `edit`; the change is expected cleaned (see `cleaned()`).
    public func apply(to item: PunchItem, by who: String, at: Date, locationId: Int64?) -> Outcome {
        var new = item
        var statusNote = ""
        switch self {
        case .advance:
            guard let next = item.status.advanced else { return .skipped(.cannotAdvance) }
            new.status = next
            if next == .closed { new.acceptedBy = who }
        case .stepBack:
            guard let back = item.status.steppedBack else { return .skipped(.cannotStepBack) }
            new.status = back
            if item.status == .readyForReview {
                // The reviewer sent it back: a rejection, counted (two or more is a dispute).
                new.rejections += 1
                statusNote = "rejected"
            }
            if item.status == .closed { new.acceptedBy = nil }
        case .void:
            if item.status == .closed { return .skipped(.cannotVoidClosed) }
            new.status = .void
        case .cyclePriority:
            new.priority = item.priority.cycled
        case .setPriority(let priority):
            new.priority = priority
        case .setDue(let date):
            new.dueOn = date
        case .assign(let name):
            new.assignee = name.trimmed
        case .setLocation:
            new.locationId = locationId
        case .edit(let draft):
            new.title = draft.title
            new.detail = draft.detail
            new.locationId = locationId
            new.category = draft.category
            new.priority = draft.priority
            new.assignee = draft.assignee
            new.dueOn = draft.dueOn
            new.blocksAcceptance = draft.blocksAcceptance
            new.ballInCourt = draft.ballInCourt
            new.source = draft.source
            if let number = draft.number { new.number = number }
            // A form may set any status (it corrects mistakes); closing still records who
            // accepted, and leaving closed forgets it. It is not a review, so no rejection counts.
            new.status = draft.status
            if draft.status == .closed, item.status != .closed { new.acceptedBy = who }
            if draft.status != .closed { new.acceptedBy = nil }
        }
        guard new != item else { return .unchanged }
        new.updatedAt = at
        return .changed(new, statusNote: statusNote)
    }

    /// The undo step's name for a change to `subject` (`#14` or `3 items`), as the journal keeps it.
    public func label(_ subject: String) -> String {
        switch self {
        case .advance: return "advance \(subject)"
        case .stepBack: return "step back \(subject)"
        case .void: return "void \(subject)"
        case .cyclePriority: return "cycle priority of \(subject)"
        case .setPriority(let priority): return "set \(priority.label) on \(subject)"
        case .setDue(let date): return date.map { "set due \($0.iso) on \(subject)" } ?? "clear due date of \(subject)"
        case .assign(let name):
            let name = name.trimmed
            return name.isEmpty ? "unassign \(subject)" : "assign \(subject) to \(name)"
        case .setLocation(let path):
            return path.map { "move \(subject) to \($0)" } ?? "clear location of \(subject)"
        case .edit: return "edit \(subject)"
        }
    }
}

extension PunchItem {
    /// `#14`, as people call an item.
    public var ref: String { "#\(number)" }
}
