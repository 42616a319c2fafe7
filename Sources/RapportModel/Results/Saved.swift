/// What a record write returns: the record as saved, which record it was, whose it is, and the
/// undo step's label; `touched` follows from the kind and owners.
public struct Saved<Value: Hashable & Sendable>: Hashable, Sendable, WriteResult {
    public var value: Value
    public var record: RecordKind
    public var customerId: Int64
    public var projectId: Int64?
    /// The undo step as the journal names it, e.g. `add milestone Deposit (ACME-0001)`; empty
    /// when nothing changed (no undo step was made).
    public var label: String
    /// Further data the write changed (a raised punch item, reopened milestones).
    public var also: Set<DataArea>

    public init(_ value: Value, record: RecordKind, customerId: Int64, projectId: Int64? = nil, label: String,
                also: Set<DataArea> = []) {
        self.value = value
        self.record = record
        self.customerId = customerId
        self.projectId = projectId
        self.label = label
        self.also = also
    }

    public var changedNothing: Bool { label.isEmpty }

    /// A project's record stales the project's areas and its customer's view (which shows its
    /// projects and money); a customer's record stales what `customerAreas` says.
    public var touched: Set<DataArea> {
        guard !changedNothing else { return [] }
        var areas = also.union(DataArea.customerAreas(record, customerId: customerId))
        if let projectId {
            areas.formUnion(DataArea.areas(record, projectId: projectId))
            areas.insert(.customer(customerId: customerId))
        }
        return areas
    }
}

/// A new project with the milestones its schedule laid.
public struct NewProject: Hashable, Sendable {
    public var project: Project
    public var milestones: [Milestone]

    public init(project: Project, milestones: [Milestone]) {
        self.project = project
        self.milestones = milestones
    }
}

/// A payment as recorded, and where the milestone's money stands after it.
public struct RecordedPayment: Hashable, Sendable {
    public var payment: MilestonePayment
    public var standing: MilestoneStanding

    public init(payment: MilestonePayment, standing: MilestoneStanding) {
        self.payment = payment
        self.standing = standing
    }
}

/// An assumption as a review left it, and what the review raised.
public struct ReviewedAssumption: Hashable, Sendable {
    public var assumption: Assumption
    /// The punch item an invalid assumption raised.
    public var punchItem: PunchItem?
    /// The change note (interaction) an invalid assumption raised.
    public var changeNoteId: Int64?

    public init(assumption: Assumption, punchItem: PunchItem? = nil, changeNoteId: Int64? = nil) {
        self.assumption = assumption
        self.punchItem = punchItem
        self.changeNoteId = changeNoteId
    }
}

/// A contact who left, and who took over.
public struct ContactLeaving: Hashable, Sendable {
    public var contact: Contact
    public var successor: Contact?

    public init(contact: Contact, successor: Contact?) {
        self.contact = contact
        self.successor = successor
    }
}

/// A location with its facts, as saved; a rename also reports the paths under it that moved.
public struct SavedLocation: Hashable, Sendable {
    public var location: Location
    public var facts: [LocationFact]
    /// Other locations whose paths a rename changed (rooms under a renamed floor), by id.
    public var moved: [Int64]

    public init(location: Location, facts: [LocationFact], moved: [Int64] = []) {
        self.location = location
        self.facts = facts
        self.moved = moved
    }
}
