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
    /// When the invoice went out; nil while not invoiced (v8).
    public var invoicedOn: LocalDate?
    public var invoiceNumber: String
    /// When held retainage was released for invoicing; nil while it is held (retainage only, v8).
    public var releasedOn: LocalDate?

    public init(id: Int64? = nil, projectId: Int64, name: String, kind: Kind, amountCents: Int64,
                dueOn: LocalDate? = nil, payment: Payment = .notInvoiced, requiresAcceptance: Bool = false,
                acceptedOn: LocalDate? = nil, acceptedBy: String? = nil, invoicedOn: LocalDate? = nil,
                invoiceNumber: String = "", releasedOn: LocalDate? = nil) {
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
        self.invoicedOn = invoicedOn
        self.invoiceNumber = invoiceNumber
        self.releasedOn = releasedOn
    }

    /// Sent to the customer: invoiced, paid or overdue (older data may say so without a date).
    public var isInvoiced: Bool { invoicedOn != nil || payment != .notInvoiced }
    /// Retainage not yet released: it may not be invoiced.
    public var isHeldRetainage: Bool { kind == .retainage && releasedOn == nil && !isInvoiced }
    /// Waits for the customer's acceptance that has not been recorded yet.
    public var awaitsAcceptance: Bool { requiresAcceptance && acceptedOn == nil }
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
    /// The last review: when, by whom, and what was said (for an invalid one: what it changes). v8.
    public var reviewedOn: LocalDate?
    public var reviewedBy: String
    public var note: String
    /// The punch item an invalid assumption raised, if any.
    public var punchItemId: Int64?
    /// The change note (an interaction of kind `note`) an invalid assumption raised, if any.
    public var changeNoteId: Int64?

    public init(id: Int64? = nil, projectId: Int64, text: String, owner: String, reviewOn: LocalDate? = nil,
                status: Status = .open, reviewedOn: LocalDate? = nil, reviewedBy: String = "", note: String = "",
                punchItemId: Int64? = nil, changeNoteId: Int64? = nil) {
        self.id = id
        self.projectId = projectId
        self.text = text
        self.owner = owner
        self.reviewOn = reviewOn
        self.status = status
        self.reviewedOn = reviewedOn
        self.reviewedBy = reviewedBy
        self.note = note
        self.punchItemId = punchItemId
        self.changeNoteId = changeNoteId
    }

    /// Due for review: still open and its review day has come. An open assumption without a
    /// review day is never due (nobody asked to look at it again).
    public func isDue(on today: LocalDate) -> Bool {
        status == .open && reviewOn.map { $0 <= today } ?? false
    }
}
