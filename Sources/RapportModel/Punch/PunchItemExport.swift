/// One punch item as exported (CSV, Markdown, JSON): the stored item with its location spelled out.
public struct PunchItemExport: Hashable, Sendable {
    public var item: PunchItem
    /// The full location path, or nil when the item has no location.
    public var locationPath: String?
    /// Reference, cost code and the rest, exported again to the tool they came from.
    public var external: PunchExternalFields

    public init(item: PunchItem, locationPath: String?, external: PunchExternalFields = PunchExternalFields()) {
        self.item = item
        self.locationPath = locationPath
        self.external = external
    }

    /// The item as a draft to import elsewhere: same fields, same number when it is free there.
    public var draft: PunchDraft {
        PunchDraft(title: item.title, detail: item.detail, location: locationPath, category: item.category,
                   priority: item.priority, status: item.status, assignee: item.assignee, dueOn: item.dueOn,
                   blocksAcceptance: item.blocksAcceptance, ballInCourt: item.ballInCourt, source: item.source,
                   number: item.number)
    }
}
