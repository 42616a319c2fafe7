import Foundation

/// Something learned about a customer that the next sale can use.
public struct Intel: Identifiable, Hashable, Codable, Sendable {
    public enum Category: String, Codable, Sendable, CaseIterable {
        case priority, managementConcern = "management-concern", companyChange = "company-change"
        case politics, otherDepartment = "other-department", opportunity, other
        /// Expansion or shrinking by region (v13).
        case regionChange = "region-change"

        /// The categories in the order a form offers them ("other" last).
        public static let offered: [Category] = [
            .priority, .managementConcern, .companyChange, .regionChange, .politics, .otherDepartment, .opportunity, .other,
        ]
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
    /// The meeting it was learned in (v13); `contactId` is the person it came from.
    public var meetingId: Int64?
    /// When it was last looked at again; it is due for review while `reviewOn` is on or before
    /// today and not reviewed since (v13).
    public var reviewedOn: LocalDate?

    public init(id: Int64? = nil, customerId: Int64, projectId: Int64? = nil, contactId: Int64? = nil,
                category: Category, text: String, capturedBy: String, at: Date, reviewOn: LocalDate? = nil,
                meetingId: Int64? = nil, reviewedOn: LocalDate? = nil) {
        self.id = id
        self.customerId = customerId
        self.projectId = projectId
        self.contactId = contactId
        self.category = category
        self.text = text
        self.capturedBy = capturedBy
        self.at = at
        self.reviewOn = reviewOn
        self.meetingId = meetingId
        self.reviewedOn = reviewedOn
    }

    /// Past its review-by date and not looked at since.
    public func isDueForReview(on today: LocalDate) -> Bool {
        guard let reviewOn, reviewOn <= today else { return false }
        return reviewedOn.map { $0 < reviewOn } ?? true
    }
}

/// A next sale in the making.
public struct Opportunity: Identifiable, Hashable, Codable, Sendable {
    public enum Stage: String, Codable, Sendable, CaseIterable {
        case idea, qualified, proposal, negotiation, won, lost

        /// Won and lost are the ends; the others are open.
        public var isOpen: Bool { self != .won && self != .lost }
        /// The next stage along the pipeline (`>`); lost and won are the ends.
        public var next: Stage? {
            switch self {
            case .idea: return .qualified
            case .qualified: return .proposal
            case .proposal: return .negotiation
            case .negotiation: return .won
            case .won, .lost: return nil
            }
        }
        /// The stage before (`<`); a lost one goes back to where deals restart, qualified.
        public var previous: Stage? {
            switch self {
            case .idea: return nil
            case .qualified: return .idea
            case .proposal: return .qualified
            case .negotiation: return .proposal
            case .won: return .negotiation
            case .lost: return .qualified
            }
        }
    }

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
