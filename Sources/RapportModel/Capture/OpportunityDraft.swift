import Foundation

/// An opportunity as a form or the CLI hands it in: the next sale, where it came from, what
/// it may be worth, how far along it is, the next step and who owns it.
public struct OpportunityDraft: Hashable, Sendable {
    public var customerId: Int64
    public var title: String
    public var source: String
    public var estimateCents: Int64
    public var stage: Opportunity.Stage
    public var nextStep: String
    public var owner: String

    public init(customerId: Int64, title: String, source: String, estimateCents: Int64, stage: Opportunity.Stage = .idea,
                nextStep: String = "", owner: String) {
        self.customerId = customerId
        self.title = title
        self.source = source
        self.estimateCents = estimateCents
        self.stage = stage
        self.nextStep = nextStep
        self.owner = owner
    }

    /// Trimmed; refused (naming the field) without a title or owner, with a negative estimate,
    /// or with an open stage and no next step (a deal nobody will move goes cold).
    public func cleaned() throws(AppError) -> OpportunityDraft {
        var copy = self
        copy.title = RecordText.trimmed(title)
        copy.source = RecordText.trimmed(source)
        copy.nextStep = RecordText.trimmed(nextStep)
        copy.owner = RecordText.trimmed(owner)
        try RecordText.require(copy.title, record: "opportunity", field: "title")
        try RecordText.limit(copy.title, 200, record: "opportunity", field: "title")
        try RecordText.limit(copy.source, 200, record: "opportunity", field: "source")
        try RecordText.limit(copy.nextStep, 500, record: "opportunity", field: "next")
        try RecordText.require(copy.owner, record: "opportunity", field: "owner")
        guard estimateCents >= 0 else {
            throw .invalidRecord(record: "opportunity", field: "estimate", reason: "the estimate cannot be negative")
        }
        if stage.isOpen, copy.nextStep.isEmpty {
            throw .invalidRecord(record: "opportunity", field: "next", reason: "an open opportunity needs a next step")
        }
        return copy
    }
}
