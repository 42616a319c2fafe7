import Foundation

/// Something learned about a customer that the next sale can use.
public struct Intel: Identifiable, Hashable, Codable, Sendable {
    public enum Category: String, Codable, Sendable, CaseIterable {
        case priority, managementConcern = "management-concern", companyChange = "company-change"
        case politics, otherDepartment = "other-department", opportunity, other
    }

    public var id: Int64?
    public var customerId: Int64
    public var projectId: Int64?
    public var contactId: Int64?
    public var category: Category
    public var text: String
    public var capturedBy: String
    public var at: Date
    public var reviewOn: LocalDate?

    public init(id: Int64? = nil, customerId: Int64, projectId: Int64? = nil, contactId: Int64? = nil,
                category: Category, text: String, capturedBy: String, at: Date, reviewOn: LocalDate? = nil) {
        self.id = id
        self.customerId = customerId
        self.projectId = projectId
        self.contactId = contactId
        self.category = category
        self.text = text
        self.capturedBy = capturedBy
        self.at = at
        self.reviewOn = reviewOn
    }
}

/// A next sale in the making.
public struct Opportunity: Identifiable, Hashable, Codable, Sendable {
    public enum Stage: String, Codable, Sendable, CaseIterable { case idea, qualified, proposal, won, lost }

    public var id: Int64?
    public var customerId: Int64
    public var source: String
    public var title: String
    public var estimateCents: Int64
    public var stage: Stage
    public var nextStep: String
    public var owner: String
    /// The project a won opportunity became (v8).
    public var projectId: Int64?

    public init(id: Int64? = nil, customerId: Int64, source: String, title: String, estimateCents: Int64,
                stage: Stage = .idea, nextStep: String = "", owner: String, projectId: Int64? = nil) {
        self.id = id
        self.customerId = customerId
        self.source = source
        self.title = title
        self.estimateCents = estimateCents
        self.stage = stage
        self.nextStep = nextStep
        self.owner = owner
        self.projectId = projectId
    }
}
