import Foundation

/// A project as the project form or the CLI hands it in. A new project also brings its payment
/// schedule; an edit leaves the milestones to their own writes.
public struct ProjectDraft: Hashable, Sendable {
    public var customerId: Int64
    /// Empty: the store suggests one (`ProjectCode.suggest`).
    public var code: String
    public var name: String
    public var contractCents: Int64
    public var signedOn: LocalDate?
    public var targetOn: LocalDate?
    public var pm: String
    public var salesRep: String
    /// Tags: `speed, look and feel, budget`.
    public var concerns: String
    public var scope: String
    /// The payment schedule of a new project; nil for none (edits ignore it).
    public var schedule: PaymentSchedule?
    /// The won opportunity this project came from.
    public var opportunityId: Int64?

    public init(customerId: Int64, code: String = "", name: String, contractCents: Int64 = 0, signedOn: LocalDate? = nil,
                targetOn: LocalDate? = nil, pm: String = "", salesRep: String = "", concerns: String = "",
                scope: String = "", schedule: PaymentSchedule? = nil, opportunityId: Int64? = nil) {
        self.customerId = customerId
        self.code = code
        self.name = name
        self.contractCents = contractCents
        self.signedOn = signedOn
        self.targetOn = targetOn
        self.pm = pm
        self.salesRep = salesRep
        self.concerns = concerns
        self.scope = scope
        self.schedule = schedule
        self.opportunityId = opportunityId
    }

    public init(_ project: Project) {
        self.init(customerId: project.customerId, code: project.code, name: project.name,
                  contractCents: project.contractCents, signedOn: project.signedOn, targetOn: project.targetOn,
                  pm: project.pm, salesRep: project.salesRep, concerns: project.concerns, scope: project.scope)
    }

    /// Trimmed, concerns as tags; refused when the name is empty, the code malformed, the value
    /// negative, the target before the signature, or the schedule does not add up to the value.
    public func cleaned() throws(AppError) -> ProjectDraft {
        var copy = self
        copy.code = RecordText.trimmed(code)
        copy.name = RecordText.trimmed(name)
        copy.pm = RecordText.trimmed(pm)
        copy.salesRep = RecordText.trimmed(salesRep)
        copy.scope = RecordText.trimmed(scope)
        copy.concerns = Tags.join(Tags.split(concerns).map { $0.lowercased() })
        if !copy.code.isEmpty { try ProjectCode.check(copy.code) }
        try RecordText.require(copy.name, record: "project", field: "name")
        try RecordText.limit(copy.name, 200, record: "project", field: "name")
        try RecordText.limit(copy.scope, 10_000, record: "project", field: "scope")
        guard contractCents >= 0 else {
            throw .invalidRecord(record: "project", field: "contract", reason: "the contract value cannot be negative")
        }
        if let signedOn, let targetOn, targetOn < signedOn {
            throw .invalidRecord(record: "project", field: "target",
                                 reason: "the target date \(targetOn.iso) is before the signature \(signedOn.iso)")
        }
        try schedule?.check(contractCents: contractCents)
        return copy
    }

    /// Concerns people commonly name, offered as completions.
    public static let commonConcerns = ["speed", "look and feel", "budget", "disruption", "reliability", "ease of use",
                                        "security"]
}

/// A milestone as a form or the CLI hands it in.
public struct MilestoneDraft: Hashable, Sendable {
    public var name: String
    public var kind: Milestone.Kind
    public var amountCents: Int64
    public var dueOn: LocalDate?
    public var requiresAcceptance: Bool

    public init(name: String, kind: Milestone.Kind, amountCents: Int64, dueOn: LocalDate? = nil,
                requiresAcceptance: Bool = false) {
        self.name = name
        self.kind = kind
        self.amountCents = amountCents
        self.dueOn = dueOn
        self.requiresAcceptance = requiresAcceptance
    }

    public init(_ m: Milestone) {
        self.init(name: m.name, kind: m.kind, amountCents: m.amountCents, dueOn: m.dueOn, requiresAcceptance: m.requiresAcceptance)
    }

    public init(_ line: ScheduleLine) {
        self.init(name: line.name, kind: line.kind, amountCents: line.amountCents, dueOn: line.dueOn,
                  requiresAcceptance: line.requiresAcceptance)
    }

    public func cleaned() throws(AppError) -> MilestoneDraft {
        var copy = self
        copy.name = RecordText.trimmed(name)
        try RecordText.require(copy.name, record: "milestone", field: "name")
        try RecordText.limit(copy.name, 200, record: "milestone", field: "name")
        guard amountCents >= 0 else {
            throw .invalidRecord(record: "milestone", field: "amount", reason: "the amount cannot be negative")
        }
        return copy
    }
}

/// An assumption as a form or the CLI hands it in.
public struct AssumptionDraft: Hashable, Sendable {
    public var text: String
    public var owner: String
    public var reviewOn: LocalDate?

    public init(text: String, owner: String, reviewOn: LocalDate? = nil) {
        self.text = text
        self.owner = owner
        self.reviewOn = reviewOn
    }

    public func cleaned() throws(AppError) -> AssumptionDraft {
        var copy = self
        copy.text = RecordText.trimmed(text)
        copy.owner = RecordText.trimmed(owner)
        try RecordText.require(copy.text, record: "assumption", field: "text")
        try RecordText.limit(copy.text, 2_000, record: "assumption", field: "text")
        try RecordText.require(copy.owner, record: "assumption", field: "owner")
        return copy
    }
}
