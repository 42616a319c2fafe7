import Foundation

/// An installation job sold to a customer, from signature to the last payment.
public struct Project: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    public var customerId: Int64
    /// Short unique handle used on the command line, e.g. `ACME-24`.
    public var code: String
    public var name: String
    public var stage: ProjectStage
    public var contractCents: Int64
    public var signedOn: LocalDate?
    public var targetOn: LocalDate?
    public var pm: String
    public var salesRep: String
    /// What upper management cares about (speed, look and feel, budget …), comma separated.
    public var concerns: String
    /// The scope summary sales handed over (v8).
    public var scope: String

    public init(id: Int64? = nil, customerId: Int64, code: String, name: String, stage: ProjectStage,
                contractCents: Int64 = 0, signedOn: LocalDate? = nil, targetOn: LocalDate? = nil,
                pm: String = "", salesRep: String = "", concerns: String = "", scope: String = "") {
        self.id = id
        self.customerId = customerId
        self.code = code
        self.name = name
        self.stage = stage
        self.contractCents = contractCents
        self.signedOn = signedOn
        self.targetOn = targetOn
        self.pm = pm
        self.salesRep = salesRep
        self.concerns = concerns
        self.scope = scope
    }

    /// The concerns as tags, in the order given.
    public var concernTags: [String] { Tags.split(concerns) }
}
