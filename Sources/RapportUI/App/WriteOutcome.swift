import RapportModel

/// What a write did, as the store said it in values; the reducer words the message and picks
/// what to reload from it.
public enum WriteOutcome: Equatable, Sendable {
    case added(PunchItem)
    /// A triage step; `hidden` marked items were left alone because the filter hides them.
    case changed(ChangeResult, hidden: Int)
    /// Every target of a bulk change was hidden by the filter: nothing was written.
    case allHidden(count: Int)
    /// The user's newest step undone, or nil when they had none.
    case undone(JournalStep?)
    case redone(JournalStep?)
    case stageSet(StageChange)
    case accepted(AcceptanceRecord)
    case imported(PunchImportResult, file: String, projectId: Int64)
    case disputed(count: Int, side: DisputeSide, projectId: Int64)
    /// A record saved (the journal's label; empty when nothing changed), what it staled, and
    /// what to open next when it was new.
    case saved(label: String, touched: Set<DataArea>, then: SavedFollowUp?)

    /// What the write made stale.
    public var touched: Set<DataArea> {
        switch self {
        case .added(let item): return item.touched
        case .changed(let result, _): return result.touched
        case .allHidden: return []
        case .undone(let step), .redone(let step): return step?.touched ?? []
        case .stageSet(let change): return change.touched
        case .accepted(let record): return record.touched
        case .imported(_, _, let projectId): return DataArea.punchItems(of: projectId)
        case let .disputed(count, _, projectId): return count == 0 ? [] : DataArea.punchItems(of: projectId)
        case .saved(_, let touched, _): return touched
        }
    }

    /// The status line's words for it.
    public var message: String {
        switch self {
        case .added(let item):
            return "Added #\(item.number) \(item.title)"
        case let .changed(result, hidden):
            let summary = Self.summary(result)
            return hidden == 0 ? summary : "\(summary) · left alone \(hidden) hidden by the filter"
        case .allHidden(let count):
            return "Nothing changed: the \(count) marked items are hidden by the filter"
        case .undone(let step):
            return step.map { "Undid: \($0.label)" } ?? "Nothing of yours to undo"
        case .redone(let step):
            return step.map { "Redid: \($0.label)" } ?? "Nothing of yours to redo"
        case .stageSet(let change):
            return change.changedNothing ? "\(change.projectCode) is already at \(change.to.rawValue)"
                : "Moved \(change.projectCode) from \(change.from.rawValue) to \(change.to.rawValue)"
        case let .disputed(count, side, _):
            return count == 0 ? "nothing changed: already in dispute"
                : "\(count == 1 ? "1 item" : "\(count) items") in dispute, raised by \(side == .us ? "us" : "the customer")"
        case let .imported(result, file, _):
            return "Imported \(file): \(result.added.count) added, \(result.updated.count) updated (one undo step)"
        case .saved(let label, _, _):
            return label.isEmpty ? "Nothing changed" : "Saved: \(label) (u undoes)"
        case .accepted(let record):
            return "Recorded acceptance of \(record.milestoneName) (\(record.projectCode)) on \(record.day.iso) by \(record.by)"
        }
    }

    /// `advance 3 items`, `nothing changed`, with up to three skipped items named:
    /// `advance #6 (skipped: #2 is closed; it cannot advance)`; the CLI words its changes so too.
    public static func summary(_ result: ChangeResult) -> String {
        let head = result.changed.isEmpty ? "nothing changed" : result.label
        guard !result.skipped.isEmpty else { return head }
        let shown = result.skipped.prefix(3).map { "#\($0.number) is \($0.status.name); it cannot \($0.reason.verb)" }
        let more = result.skipped.count > 3 ? " and \(result.skipped.count - 3) more" : ""
        return "\(head) (skipped: \(shown.joined(separator: "; "))\(more))"
    }
}
