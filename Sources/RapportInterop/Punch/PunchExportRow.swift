import RapportModel

/// One punch item as it leaves Rapport: every field a CSV or a report shows, the location as its path.
public struct PunchExportRow: Hashable, Sendable {
    public var number: Int
    public var title: String
    public var detail: String
    /// The location's path (`HQ / Floor 3 / Board Room`); nil for none.
    public var location: String?
    public var category: PunchCategory
    public var priority: Priority
    public var status: PunchStatus
    public var assignee: String
    public var dueOn: LocalDate?
    public var blocksAcceptance: Bool
    public var ballInCourt: String
    public var source: PunchItem.Source
    public var rejections: Int
    public var acceptedBy: String?

    public init(number: Int, title: String, detail: String = "", location: String? = nil,
                category: PunchCategory = .other, priority: Priority = .p2, status: PunchStatus = .open,
                assignee: String = "", dueOn: LocalDate? = nil, blocksAcceptance: Bool = false,
                ballInCourt: String = "us", source: PunchItem.Source = .walkthrough, rejections: Int = 0,
                acceptedBy: String? = nil) {
        self.number = number
        self.title = title
        self.detail = detail
        self.location = location
        self.category = category
        self.priority = priority
        self.status = status
        self.assignee = assignee
        self.dueOn = dueOn
        self.blocksAcceptance = blocksAcceptance
        self.ballInCourt = ballInCourt
        self.source = source
        self.rejections = rejections
        self.acceptedBy = acceptedBy
    }

    /// The row of a stored item, whose location the caller has resolved to its path.
    public init(_ item: PunchItem, location: String?) {
        self.init(number: item.number, title: item.title, detail: item.detail, location: location,
                  category: item.category, priority: item.priority, status: item.status, assignee: item.assignee,
                  dueOn: item.dueOn, blocksAcceptance: item.blocksAcceptance, ballInCourt: item.ballInCourt,
                  source: item.source, rejections: item.rejections, acceptedBy: item.acceptedBy)
    }

    /// What importing this row's CSV gives back: the fields a draft has (rejections and who
    /// accepted are history, which an import does not carry), the number kept.
    public var draft: PunchDraft {
        PunchDraft(title: title, detail: detail, location: location?.isEmpty == false ? location : nil,
                   category: category, priority: priority, status: status, assignee: assignee, dueOn: dueOn,
                   blocksAcceptance: blocksAcceptance, ballInCourt: ballInCourt, source: source, number: number)
    }
}
