/// What one triage command did: the change, the items it changed, and the items the workflow
/// left alone with why.
public struct ChangeResult: Hashable, Sendable, WriteResult {
    /// The change as applied (an edit's draft cleaned).
    public var change: PunchChange
    public var projectId: Int64
    /// The undo step's name as the journal keeps it, e.g. `advance 3 items` or `assign #14 to dana`.
    public var label: String
    /// The items as the change left them, by number; items already as asked are neither
    /// changed nor skipped.
    public var changed: [PunchItem]
    /// One entry per item the workflow refused, by number.
    public var skipped: [SkippedItem]

    public init(change: PunchChange, projectId: Int64, label: String, changed: [PunchItem] = [],
                skipped: [SkippedItem] = []) {
        self.change = change
        self.projectId = projectId
        self.label = label
        self.changed = changed
        self.skipped = skipped
    }

    /// The changed items' ids, by number.
    public var changedIds: [Int64] { changed.compactMap(\.id) }

    /// Nothing was written: no undo step was made.
    public var changedNothing: Bool { changed.isEmpty }

    public var touched: Set<DataArea> { changed.isEmpty ? [] : DataArea.punchItems(of: projectId) }
}
