/// A project's page: its money, what holds the money back, and the assumptions still to check.
public struct ProjectDetail: Hashable, Sendable {
    public var project: Project
    public var customerName: String
    /// Every milestone, by due date (undated last).
    public var milestones: [MilestoneGate]
    /// Assumptions still open, by review date (undated last).
    public var openAssumptions: [Assumption]

    public init(project: Project, customerName: String, milestones: [MilestoneGate], openAssumptions: [Assumption]) {
        self.project = project
        self.customerName = customerName
        self.milestones = milestones
        self.openAssumptions = openAssumptions
    }

    /// Money waiting on open blocking items, over all milestones.
    public var heldBackCents: Int64 { milestones.reduce(0) { $0 + $1.heldBackCents } }
}

/// A milestone and the open punch items that stand between it and its payment ("punch to cash").
public struct MilestoneGate: Hashable, Sendable {
    public var milestone: Milestone
    /// Open items that block acceptance; empty when the milestone does not wait for acceptance
    /// or has been accepted.
    public var blockers: [PunchRow]
    /// The milestone's amount while blockers remain, else 0.
    public var heldBackCents: Int64

    public init(milestone: Milestone, blockers: [PunchRow], heldBackCents: Int64) {
        self.milestone = milestone
        self.blockers = blockers
        self.heldBackCents = heldBackCents
    }

    public var isBlocked: Bool { !blockers.isEmpty }
}
