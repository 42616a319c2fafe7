import Foundation

/// A person at a customer; people move up and move on, so `leftOn` and `successorId` matter.
public struct Contact: Identifiable, Hashable, Codable, Sendable {
    public enum Department: String, Codable, Sendable, CaseIterable {
        case executive, itNetwork = "it-network", facilities, finance, endUser = "end-user", procurement, av
    }

    public enum Role: String, Codable, Sendable, CaseIterable {
        case signer, champion, finalApprover = "final-approver", gatekeeper, user
    }

    public var id: Int64?
    public var customerId: Int64
    public var name: String
    public var emails: String
    public var phone: String
    public var title: String
    public var department: Department
    public var role: Role
    /// 1 (little say) to 5 (decides).
    public var influence: Int
    public var leftOn: LocalDate?
    public var successorId: Int64?
    /// When the contact was archived (a mistake or a duplicate, not someone who left); v8.
    public var archivedOn: LocalDate?

    public init(id: Int64? = nil, customerId: Int64, name: String, emails: String = "", phone: String = "",
                title: String = "", department: Department, role: Role, influence: Int = 3,
                leftOn: LocalDate? = nil, successorId: Int64? = nil, archivedOn: LocalDate? = nil) {
        self.id = id
        self.customerId = customerId
        self.name = name
        self.emails = emails
        self.phone = phone
        self.title = title
        self.department = department
        self.role = role
        self.influence = influence
        self.leftOn = leftOn
        self.successorId = successorId
        self.archivedOn = archivedOn
    }

    /// Still at the customer and not archived.
    public var isActive: Bool { leftOn == nil && archivedOn == nil }
}
