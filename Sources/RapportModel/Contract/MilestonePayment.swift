import Foundation

/// Money received against a milestone; partial payments add up to its amount.
public struct MilestonePayment: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    public var milestoneId: Int64
    public var projectId: Int64
    public var paidOn: LocalDate
    public var amountCents: Int64
    public var recordedBy: String
    public var note: String

    public init(id: Int64? = nil, milestoneId: Int64, projectId: Int64, paidOn: LocalDate, amountCents: Int64,
                recordedBy: String, note: String = "") {
        self.id = id
        self.milestoneId = milestoneId
        self.projectId = projectId
        self.paidOn = paidOn
        self.amountCents = amountCents
        self.recordedBy = recordedBy
        self.note = note
    }
}

/// One entry of a project's stage history: who moved it, when, from where to where.
public struct StageEvent: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    public var projectId: Int64
    public var at: Date
    public var who: String
    /// Nil for the project's creation.
    public var fromStage: ProjectStage?
    public var toStage: ProjectStage
    public var note: String

    public init(id: Int64? = nil, projectId: Int64, at: Date, who: String, fromStage: ProjectStage?, toStage: ProjectStage,
                note: String = "") {
        self.id = id
        self.projectId = projectId
        self.at = at
        self.who = who
        self.fromStage = fromStage
        self.toStage = toStage
        self.note = note
    }
}
