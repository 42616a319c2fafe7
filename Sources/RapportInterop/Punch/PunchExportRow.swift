import RapportModel

/// One punch item as it leaves Rapport: its draft (every field an import gives back), plus the
/// history a CSV or a report shows but an import does not carry.
///
/// The draft's fields read as the row's own (`row.title`), so writers need not unwrap it.
@dynamicMemberLookup
public struct PunchExportRow: Hashable, Sendable {
    /// What importing this row's CSV gives back, the number kept.
    public var draft: PunchDraft
    /// What the general contractor's system keeps about the item (reference, cost code …).
    public var external: PunchExternalFields
    public var rejections: Int
    public var acceptedBy: String?

    public init(number: Int, title: String, detail: String = "", location: String? = nil,
                category: PunchCategory = .other, priority: Priority = .p2, status: PunchStatus = .open,
                assignee: String = "", dueOn: LocalDate? = nil, blocksAcceptance: Bool = false,
                ballInCourt: String = "us", source: PunchItem.Source = .walkthrough, rejections: Int = 0,
                acceptedBy: String? = nil, external: PunchExternalFields = PunchExternalFields()) {
        draft = PunchDraft(title: title, detail: detail, location: location?.isEmpty == false ? location : nil,
                           category: category, priority: priority, status: status, assignee: assignee, dueOn: dueOn,
                           blocksAcceptance: blocksAcceptance, ballInCourt: ballInCourt, source: source, number: number)
        self.rejections = rejections
        self.acceptedBy = acceptedBy
        self.external = external
    }

    /// The row of a stored item, whose location the caller has resolved to its path.
    public init(_ item: PunchItem, location: String?, external: PunchExternalFields = PunchExternalFields()) {
        self.init(number: item.number, title: item.title, detail: item.detail, location: location,
                  category: item.category, priority: item.priority, status: item.status, assignee: item.assignee,
                  dueOn: item.dueOn, blocksAcceptance: item.blocksAcceptance, ballInCourt: item.ballInCourt,
                  source: item.source, rejections: item.rejections, acceptedBy: item.acceptedBy,
                  external: external)
    }

    /// The row of a stored item as the store exports it (its path and outside fields with it).
    public init(_ export: PunchItemExport) {
        self.init(export.item, location: export.locationPath, external: export.external)
    }

    /// An exported row always has its number.
    public var number: Int {
        get { draft.number ?? 0 }
        set { draft.number = newValue }
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<PunchDraft, Value>) -> Value {
        get { draft[keyPath: field] }
        set { draft[keyPath: field] = newValue }
    }
}
