/// One heading of a grouped punch list: the group's key and how many matching items it holds.
public struct PunchGroupCount: Hashable, Sendable {
    /// The location path or category raw value; empty for items without a location.
    public var key: String
    public var count: Int

    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}
