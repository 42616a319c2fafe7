/// Punch items imported into one project, as one undo step.
public struct ImportResult: Hashable, Sendable, WriteResult {
    public var projectId: Int64
    /// The new items' ids, in the file's order.
    public var ids: [Int64]

    public init(projectId: Int64, ids: [Int64]) {
        self.projectId = projectId
        self.ids = ids
    }

    public var count: Int { ids.count }

    public var touched: Set<DataArea> { ids.isEmpty ? [] : DataArea.punchItems(of: projectId) }
}
