/// What every write returns: a value that says which data it changed.
public protocol WriteResult: Sendable {
    /// What the UI should reload; empty when the write changed nothing.
    var touched: Set<DataArea> { get }
}

extension PunchItem: WriteResult {
    /// An added item: its project's punch list and everything that counts it.
    public var touched: Set<DataArea> { DataArea.punchItems(of: projectId) }
}
