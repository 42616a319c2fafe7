import Foundation

/// A punch item as typed, imported or edited, before the store gives it a number and an id.
public struct PunchDraft: Hashable, Sendable {
    public var title: String
    public var detail: String
    /// The location's path (`HQ / Floor 3 / Board Room`, or just `Board Room`); nil for none.
    public var location: String?
    public var category: PunchCategory
    public var priority: Priority
    public var status: PunchStatus
    public var assignee: String
    public var dueOn: LocalDate?
    public var blocksAcceptance: Bool
    public var ballInCourt: String
    public var source: PunchItem.Source
    /// Kept on import when that number is still free in the project; nil means "next number".
    public var number: Int?

    public init(title: String, detail: String = "", location: String? = nil, category: PunchCategory = .other,
                priority: Priority = .p2, status: PunchStatus = .open, assignee: String = "", dueOn: LocalDate? = nil,
                blocksAcceptance: Bool = false, ballInCourt: String = "us", source: PunchItem.Source = .walkthrough,
                number: Int? = nil) {
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
        self.number = number
    }
}
