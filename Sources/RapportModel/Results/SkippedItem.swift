/// An item a triage step left alone, and why.
public struct SkippedItem: Hashable, Sendable {
    public var id: Int64
    public var number: Int
    /// Its status, which is why the workflow refused.
    public var status: PunchStatus
    public var reason: SkipReason

    public init(id: Int64, number: Int, status: PunchStatus, reason: SkipReason) {
        self.id = id
        self.number = number
        self.status = status
        self.reason = reason
    }
}
