import Foundation

/// A project's money as its view shows it: what was sold, invoiced, paid, still owed, held
/// back by open punch items, and what happens next.
public struct ProjectMoney: Hashable, Sendable {
    public var contractCents: Int64
    /// The milestones' amounts added up; differs from the contract when the schedule is off.
    public var scheduledCents: Int64
    public var invoicedCents: Int64
    public var paidCents: Int64
    /// Invoiced and not yet paid.
    public var outstandingCents: Int64
    /// Invoiced, unpaid and past due.
    public var overdueCents: Int64
    /// Milestones waiting for an acceptance that open blocking items stand in the way of.
    public var heldBackCents: Int64
    /// Retainage not yet released.
    public var retainageHeldCents: Int64
    public var next: MoneyEvent?

    public init(contractCents: Int64, scheduledCents: Int64, invoicedCents: Int64, paidCents: Int64,
                outstandingCents: Int64, overdueCents: Int64, heldBackCents: Int64, retainageHeldCents: Int64,
                next: MoneyEvent?) {
        self.contractCents = contractCents
        self.scheduledCents = scheduledCents
        self.invoicedCents = invoicedCents
        self.paidCents = paidCents
        self.outstandingCents = outstandingCents
        self.overdueCents = overdueCents
        self.heldBackCents = heldBackCents
        self.retainageHeldCents = retainageHeldCents
        self.next = next
    }

    /// The schedule against the contract: positive when the milestones add up to more.
    public var scheduleDifferenceCents: Int64 { scheduledCents - contractCents }

    /// The summary of `standings` (in schedule order) for a contract; `blockers` is how many open
    /// items block acceptance.
    public init(contractCents: Int64, standings: [MilestoneStanding], blockers: Int) {
        var invoiced: Int64 = 0, paid: Int64 = 0, outstanding: Int64 = 0, overdue: Int64 = 0
        var held: Int64 = 0, retainage: Int64 = 0
        for s in standings {
            let m = s.milestone
            if m.isInvoiced { invoiced += m.amountCents }
            paid += s.isPaid && s.paidCents == 0 ? m.amountCents : s.paidCents
            outstanding += s.outstandingCents
            if s.status == .overdue { overdue += s.outstandingCents }
            if blockers > 0 && m.awaitsAcceptance && !m.isInvoiced { held += m.amountCents }
            if m.isHeldRetainage { retainage += m.amountCents }
        }
        self.init(contractCents: contractCents, scheduledCents: standings.reduce(0) { $0 + $1.milestone.amountCents },
                  invoicedCents: invoiced, paidCents: paid, outstandingCents: outstanding, overdueCents: overdue,
                  heldBackCents: held, retainageHeldCents: retainage,
                  next: MoneyEvent.next(standings, blockers: blockers))
    }
}

/// The next thing that moves money on a project.
public struct MoneyEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// An invoice is overdue: collect it.
        case collectOverdue = "collect-overdue"
        /// An invoice is out: the payment is expected by the due date.
        case collect
        /// The milestone can be invoiced now or on its due date.
        case invoice
        /// The milestone waits for acceptance, which open items block (`blockers` > 0) or which is
        /// simply not recorded yet.
        case awaitAcceptance = "await-acceptance"
        /// Held retainage waits to be released.
        case releaseRetainage = "release-retainage"
    }

    public var kind: Kind
    public var milestoneId: Int64?
    public var milestoneName: String
    /// What is at stake: the amount still owed, or the milestone's amount.
    public var cents: Int64
    public var dueOn: LocalDate?
    /// Open items blocking acceptance, for `awaitAcceptance`.
    public var blockers: Int

    public init(kind: Kind, milestoneId: Int64?, milestoneName: String, cents: Int64, dueOn: LocalDate?, blockers: Int = 0) {
        self.kind = kind
        self.milestoneId = milestoneId
        self.milestoneName = milestoneName
        self.cents = cents
        self.dueOn = dueOn
        self.blockers = blockers
    }

    /// An overdue invoice comes first (the oldest due); else the first unpaid milestone in
    /// schedule order says what it waits for.
    static func next(_ standings: [MilestoneStanding], blockers: Int) -> MoneyEvent? {
        if let late = standings.filter({ $0.status == .overdue })
            .min(by: { ($0.milestone.dueOn ?? .init(year: 9999, month: 12, day: 31)) < ($1.milestone.dueOn ?? .init(year: 9999, month: 12, day: 31)) }) {
            return MoneyEvent(kind: .collectOverdue, milestoneId: late.milestone.id, milestoneName: late.milestone.name,
                              cents: late.outstandingCents, dueOn: late.milestone.dueOn)
        }
        guard let first = standings.first(where: { !$0.isPaid }) else { return nil }
        let m = first.milestone
        if m.isInvoiced {
            return MoneyEvent(kind: .collect, milestoneId: m.id, milestoneName: m.name, cents: first.outstandingCents,
                              dueOn: m.dueOn)
        }
        if m.awaitsAcceptance {
            return MoneyEvent(kind: .awaitAcceptance, milestoneId: m.id, milestoneName: m.name, cents: m.amountCents,
                              dueOn: m.dueOn, blockers: blockers)
        }
        if m.isHeldRetainage {
            return MoneyEvent(kind: .releaseRetainage, milestoneId: m.id, milestoneName: m.name, cents: m.amountCents,
                              dueOn: m.dueOn)
        }
        return MoneyEvent(kind: .invoice, milestoneId: m.id, milestoneName: m.name, cents: m.amountCents, dueOn: m.dueOn)
    }

    /// One line for people: "invoice Deposit $50,000.00 (due 2026-04-01)".
    public var text: String {
        let money = Money.text(cents: cents)
        let due = dueOn.map { " (due \($0.iso))" } ?? ""
        switch kind {
        case .collectOverdue: return "collect \(money) on \(milestoneName), overdue since \(dueOn?.iso ?? "?")"
        case .collect: return "collect \(money) on \(milestoneName)\(due)"
        case .invoice: return "invoice \(milestoneName) \(money)\(due)"
        case .awaitAcceptance:
            let items = blockers == 1 ? "1 open item blocks it" : "\(blockers) open items block it"
            return "\(milestoneName) \(money) waits for acceptance" + (blockers > 0 ? " (\(items))" : "")
        case .releaseRetainage: return "release retainage \(milestoneName) \(money)\(due)"
        }
    }
}
