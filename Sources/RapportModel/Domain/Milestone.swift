import Foundation

/// A payment step of a project; final and retainage payments usually wait for acceptance.
public struct Milestone: Identifiable, Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case deposit, progress, final, retainage }
    public enum Payment: String, Codable, Sendable, CaseIterable {
        case notInvoiced = "not-invoiced", invoiced, paid, overdue
    }

    public var id: Int64?
    public var projectId: Int64
    public var name: String
    public var kind: Kind
    public var amountCents: Int64
    public var dueOn: LocalDate?
    public var payment: Payment
    public var requiresAcceptance: Bool
    public var acceptedOn: LocalDate?
    public var acceptedBy: String?

    public init(id: Int64? = nil, projectId: Int64, name: String, kind: Kind, amountCents: Int64,
                dueOn: LocalDate? = nil, payment: Payment = .notInvoiced, requiresAcceptance: Bool = false,
                acceptedOn: LocalDate? = nil, acceptedBy: String? = nil) {
        self.id = id
        self.projectId = projectId
        self.name = name
        self.kind = kind
        self.amountCents = amountCents
        self.dueOn = dueOn
        self.payment = payment
        self.requiresAcceptance = requiresAcceptance
        self.acceptedOn = acceptedOn
        self.acceptedBy = acceptedBy
    }
}

/// Something the project plan takes for granted, reviewed until confirmed or found invalid.
public struct Assumption: Identifiable, Hashable, Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable { case open, confirmed, invalid }

    public var id: Int64?
    public var projectId: Int64
    public var text: String
    public var owner: String
    public var reviewOn: LocalDate?
    public var status: Status

    public init(id: Int64? = nil, projectId: Int64, text: String, owner: String, reviewOn: LocalDate? = nil,
                status: Status = .open) {
        self.id = id
        self.projectId = projectId
        self.text = text
        self.owner = owner
        self.reviewOn = reviewOn
        self.status = status
    }
}
