import Foundation

/// One trailing item between "installed" and "accepted and paid".
public struct PunchItem: Identifiable, Hashable, Codable, Sendable {
    public enum Source: String, Codable, Sendable, CaseIterable { case walkthrough, meeting, email }

    public var id: Int64?
    public var projectId: Int64
    /// Numbered per project, from 1; people say "item 14".
    public var number: Int
    public var title: String
    public var detail: String
    public var locationId: Int64?
    public var category: PunchCategory
    public var priority: Priority
    public var status: PunchStatus
    /// Who must act next: `us`, `customer`, `sub`.
    public var ballInCourt: String
    public var assignee: String
    public var dueOn: LocalDate?
    public var blocksAcceptance: Bool
    public var source: Source
    public var rejections: Int
    public var acceptedBy: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64? = nil, projectId: Int64, number: Int, title: String, detail: String = "",
                locationId: Int64? = nil, category: PunchCategory = .other, priority: Priority = .p2,
                status: PunchStatus = .open, ballInCourt: String = "us", assignee: String = "",
                dueOn: LocalDate? = nil, blocksAcceptance: Bool = false, source: Source = .walkthrough,
                rejections: Int = 0, acceptedBy: String? = nil, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.projectId = projectId
        self.number = number
        self.title = title
        self.detail = detail
        self.locationId = locationId
        self.category = category
        self.priority = priority
        self.status = status
        self.ballInCourt = ballInCourt
        self.assignee = assignee
        self.dueOn = dueOn
        self.blocksAcceptance = blocksAcceptance
        self.source = source
        self.rejections = rejections
        self.acceptedBy = acceptedBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One change in a punch item's history.
public struct PunchEvent: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    public var punchItemId: Int64
    public var at: Date
    public var who: String
    public var field: String
    public var fromValue: String?
    public var toValue: String?
    public var note: String

    public init(id: Int64? = nil, punchItemId: Int64, at: Date, who: String, field: String,
                fromValue: String?, toValue: String?, note: String = "") {
        self.id = id
        self.punchItemId = punchItemId
        self.at = at
        self.who = who
        self.field = field
        self.fromValue = fromValue
        self.toValue = toValue
        self.note = note
    }
}
