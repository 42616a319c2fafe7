/// Everything the detail view shows about one punch item.
public struct PunchDetail: Hashable, Sendable {
    public var item: PunchItem
    /// The full location path, or nil when the item has no location.
    public var locationPath: String?
    public var projectCode: String
    /// Every change to the item, newest first.
    public var history: [PunchEvent]
    /// Milestones whose payment waits on this item: empty unless it is open and blocks acceptance.
    public var blocks: [Milestone]
    /// What the general contractor's system keeps about it; the detail view lists the non-empty ones.
    public var external: PunchExternalFields

    public init(item: PunchItem, locationPath: String?, projectCode: String, history: [PunchEvent],
                blocks: [Milestone], external: PunchExternalFields = PunchExternalFields()) {
        self.item = item
        self.locationPath = locationPath
        self.projectCode = projectCode
        self.history = history
        self.blocks = blocks
        self.external = external
    }
}
