import Foundation

/// One line of the customers list (and of customer pickers).
public struct CustomerRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var trajectory: Customer.Trajectory
    public var archivedOn: LocalDate?
    /// Projects not closed, and all projects.
    public var activeProjects: Int
    public var projects: Int
    /// Contacts still there (not left, not archived).
    public var activeContacts: Int

    public init(id: Int64, name: String, trajectory: Customer.Trajectory, archivedOn: LocalDate?, activeProjects: Int,
                projects: Int, activeContacts: Int) {
        self.id = id
        self.name = name
        self.trajectory = trajectory
        self.archivedOn = archivedOn
        self.activeProjects = activeProjects
        self.projects = projects
        self.activeContacts = activeContacts
    }
}

/// A contact as the customer view lists it: who took over when they left, and whom they took over from.
public struct ContactRow: Hashable, Sendable, Identifiable {
    public var contact: Contact
    public var successorName: String?
    /// Contacts who left naming this one their successor, by name.
    public var predecessorNames: [String]

    public init(contact: Contact, successorName: String?, predecessorNames: [String]) {
        self.contact = contact
        self.successorName = successorName
        self.predecessorNames = predecessorNames
    }

    public var id: Int64 { contact.id ?? 0 }
}

/// A project as the customer view lists it, with its money.
public struct CustomerProjectRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var code: String
    public var name: String
    public var stage: ProjectStage
    public var contractCents: Int64
    public var invoicedCents: Int64
    public var paidCents: Int64
    public var openPunch: Int
    public var assumptionsDue: Int

    public init(id: Int64, code: String, name: String, stage: ProjectStage, contractCents: Int64, invoicedCents: Int64,
                paidCents: Int64, openPunch: Int, assumptionsDue: Int) {
        self.id = id
        self.code = code
        self.name = name
        self.stage = stage
        self.contractCents = contractCents
        self.invoicedCents = invoicedCents
        self.paidCents = paidCents
        self.openPunch = openPunch
        self.assumptionsDue = assumptionsDue
    }

    public var outstandingCents: Int64 { invoicedCents - paidCents }
}

/// A customer's money over its projects.
public struct CustomerMoney: Hashable, Sendable {
    public var contractCents: Int64
    public var invoicedCents: Int64
    public var paidCents: Int64
    public var overdueCents: Int64

    public init(contractCents: Int64, invoicedCents: Int64, paidCents: Int64, overdueCents: Int64) {
        self.contractCents = contractCents
        self.invoicedCents = invoicedCents
        self.paidCents = paidCents
        self.overdueCents = overdueCents
    }

    public var outstandingCents: Int64 { invoicedCents - paidCents }
}

/// The customer view's data: the customer, its projects, its people (those who left too) and money.
public struct CustomerDetail: Hashable, Sendable {
    public var customer: Customer
    /// Active projects first (by code), closed ones after.
    public var projects: [CustomerProjectRow]
    /// People still there first (by influence, then name), then those who left (newest first),
    /// then archived ones.
    public var contacts: [ContactRow]
    public var money: CustomerMoney

    public init(customer: Customer, projects: [CustomerProjectRow], contacts: [ContactRow], money: CustomerMoney) {
        self.customer = customer
        self.projects = projects
        self.contacts = contacts
        self.money = money
    }
}

/// A milestone as the project view lists it: its money, its payments, and whether open items
/// hold it back.
public struct MilestoneRow: Hashable, Sendable, Identifiable {
    public var standing: MilestoneStanding
    /// Oldest first.
    public var payments: [MilestonePayment]
    /// Open items that block acceptance, when it waits for one; else 0.
    public var blockers: Int

    public init(standing: MilestoneStanding, payments: [MilestonePayment], blockers: Int) {
        self.standing = standing
        self.payments = payments
        self.blockers = blockers
    }

    public var id: Int64 { standing.milestone.id ?? 0 }
    public var milestone: Milestone { standing.milestone }
}

/// One node of a project's site tree. Parents that were never saved themselves (the
/// `HQ / Floor 3` of `HQ / Floor 3 / Board Room`) appear with `id` nil, so the tree is whole.
public struct LocationNode: Hashable, Sendable {
    public var id: Int64?
    public var path: String
    /// The last part of the path.
    public var name: String
    /// 0 for a site, 1 for what is in it, …
    public var depth: Int
    public var facts: [LocationFact]
    /// Open punch items in this very location (not its children).
    public var openPunch: Int

    public init(id: Int64?, path: String, name: String, depth: Int, facts: [LocationFact], openPunch: Int) {
        self.id = id
        self.path = path
        self.name = name
        self.depth = depth
        self.facts = facts
        self.openPunch = openPunch
    }

    public var unverifiedFacts: Int { facts.filter { !$0.verified }.count }
}

/// An assumption with its project, as lists across projects show it.
public struct AssumptionRow: Hashable, Sendable, Identifiable {
    public var assumption: Assumption
    public var projectCode: String
    public var projectName: String
    public var isDue: Bool

    public init(assumption: Assumption, projectCode: String, projectName: String, isDue: Bool) {
        self.assumption = assumption
        self.projectCode = projectCode
        self.projectName = projectName
        self.isDue = isDue
    }

    public var id: Int64 { assumption.id ?? 0 }
}

/// The project view's data beyond the punch list: money, milestones, stage history, the site
/// tree and the assumptions register.
public struct ProjectRecord: Hashable, Sendable {
    public var project: Project
    public var customerName: String
    public var money: ProjectMoney
    /// In schedule order: by due date, undated last.
    public var milestones: [MilestoneRow]
    /// Newest first.
    public var history: [StageEvent]
    public var locations: [LocationNode]
    /// Due ones first (oldest review day first), then open by review day, then the rest.
    public var assumptions: [AssumptionRow]
    /// Open items that block acceptance.
    public var blockers: Int

    public init(project: Project, customerName: String, money: ProjectMoney, milestones: [MilestoneRow],
                history: [StageEvent], locations: [LocationNode], assumptions: [AssumptionRow], blockers: Int) {
        self.project = project
        self.customerName = customerName
        self.money = money
        self.milestones = milestones
        self.history = history
        self.locations = locations
        self.assumptions = assumptions
        self.blockers = blockers
    }

    public var assumptionsDue: Int { assumptions.filter(\.isDue).count }
}
