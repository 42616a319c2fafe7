import Foundation

/// Where a milestone's money stands on a day: computed from what was invoiced, what was paid
/// and the due date, never stored, so "overdue" turns true on its own as days pass.
public struct MilestoneStanding: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case notInvoiced = "not-invoiced", invoiced, partlyPaid = "partly-paid", paid, overdue
    }

    public var milestone: Milestone
    /// The sum of its payments.
    public var paidCents: Int64
    public var status: Status

    public init(milestone: Milestone, paidCents: Int64, today: LocalDate) {
        self.milestone = milestone
        self.paidCents = paidCents
        status = Self.status(milestone, paidCents: paidCents, today: today)
    }

    /// Paid in full (or marked paid by older data) → paid; not invoiced → not invoiced; invoiced
    /// and past due with money owed → overdue; some paid → partly paid; else invoiced.
    public static func status(_ m: Milestone, paidCents: Int64, today: LocalDate) -> Status {
        if m.payment == .paid || (m.isInvoiced && paidCents >= m.amountCents) { return .paid }
        guard m.isInvoiced else { return .notInvoiced }
        if m.payment == .overdue || (m.dueOn.map { $0 < today } ?? false) { return .overdue }
        return paidCents > 0 ? .partlyPaid : .invoiced
    }

    /// Invoiced and not yet paid.
    public var outstandingCents: Int64 {
        guard milestone.isInvoiced, status != .paid else { return 0 }
        return max(0, milestone.amountCents - paidCents)
    }

    public var isPaid: Bool { status == .paid }
}

/// The money rules of milestones: what may be invoiced, paid, released, edited, deleted.
public enum MilestoneRules {
    /// Refused when already invoiced, when it is retainage still held, or when it waits for an
    /// acceptance not yet recorded.
    public static func checkInvoice(_ m: Milestone) throws(AppError) {
        if m.isInvoiced {
            throw .milestoneRefused(name: m.name, reason: "it was invoiced\(m.invoicedOn.map { " on \($0.iso)" } ?? "")"
                                    + (m.invoiceNumber.isEmpty ? "" : " (\(m.invoiceNumber))"))
        }
        if m.isHeldRetainage {
            throw .milestoneRefused(name: m.name, reason: "the retainage is held; release it first")
        }
        if m.awaitsAcceptance {
            throw .milestoneRefused(name: m.name, reason: "it waits for the customer's acceptance; record acceptance first")
        }
    }

    /// Refused unless invoiced and the amount is positive and at most what is still owed.
    public static func checkPayment(_ m: Milestone, paidCents: Int64, amountCents: Int64) throws(AppError) {
        guard amountCents > 0 else {
            throw .milestoneRefused(name: m.name, reason: "a payment must be more than $0.00")
        }
        guard m.isInvoiced else { throw .milestoneRefused(name: m.name, reason: "it is not invoiced yet") }
        let owed = m.amountCents - paidCents
        guard owed > 0, m.payment != .paid else { throw .milestoneRefused(name: m.name, reason: "it is paid in full") }
        guard amountCents <= owed else {
            throw .milestoneRefused(name: m.name, reason: "\(Money.text(cents: amountCents)) is more than the "
                                    + "\(Money.text(cents: owed)) still owed")
        }
    }

    /// Refused unless it is retainage, held, and its acceptance (when it needs one) is recorded.
    public static func checkRelease(_ m: Milestone) throws(AppError) {
        guard m.kind == .retainage else { throw .milestoneRefused(name: m.name, reason: "it is not retainage") }
        guard m.releasedOn == nil else {
            throw .milestoneRefused(name: m.name, reason: "the retainage was released on \(m.releasedOn!.iso)")
        }
        if m.awaitsAcceptance {
            throw .milestoneRefused(name: m.name, reason: "it waits for the customer's acceptance; record acceptance first")
        }
    }

    /// Refused unless it is released retainage not yet invoiced.
    public static func checkHold(_ m: Milestone) throws(AppError) {
        guard m.kind == .retainage else { throw .milestoneRefused(name: m.name, reason: "it is not retainage") }
        guard !m.isInvoiced else { throw .milestoneRefused(name: m.name, reason: "the retainage was invoiced") }
        guard m.releasedOn != nil else { throw .milestoneRefused(name: m.name, reason: "the retainage is already held") }
    }

    /// Refused once invoiced: the invoice went out with its amount.
    public static func checkDelete(_ m: Milestone) throws(AppError) {
        if m.isInvoiced { throw .milestoneRefused(name: m.name, reason: "it was invoiced; it can no longer be deleted") }
    }

    /// Once invoiced, the amount and kind stand (the invoice said them); name and due date may change.
    public static func checkEdit(from old: Milestone, to new: Milestone) throws(AppError) {
        guard old.isInvoiced else { return }
        if old.amountCents != new.amountCents || old.kind != new.kind {
            throw .milestoneRefused(name: old.name, reason: "it was invoiced; its amount and kind can no longer change")
        }
    }
}
