import Testing
import RapportModel

/// Partial payments adding up, overdue by date, retainage held and released, and the project's summary.
struct MilestoneMoneyTests {
    let due = LocalDate(year: 2026, month: 3, day: 1)
    func invoiced(_ amount: Int64 = 100_000) -> Milestone {
        Milestone(id: 1, projectId: 1, name: "Deposit", kind: .deposit, amountCents: amount, dueOn: due, payment: .invoiced,
                  invoicedOn: LocalDate(year: 2026, month: 2, day: 1), invoiceNumber: "INV-7")
    }

    @Test func partialPaymentsAddUpAndOverdueComesWithTheDate() {
        let before = LocalDate(year: 2026, month: 2, day: 20), after = LocalDate(year: 2026, month: 3, day: 5)
        #expect(MilestoneStanding(milestone: invoiced(), paidCents: 0, today: before).status == .invoiced)
        #expect(MilestoneStanding(milestone: invoiced(), paidCents: 40_000, today: before).status == .partlyPaid)
        let late = MilestoneStanding(milestone: invoiced(), paidCents: 40_000, today: after)
        #expect(late.status == .overdue)
        #expect(late.outstandingCents == 60_000)
        let paid = MilestoneStanding(milestone: invoiced(), paidCents: 100_000, today: after)
        #expect(paid.status == .paid)
        #expect(paid.outstandingCents == 0)
        let draft = Milestone(projectId: 1, name: "Final", kind: .final, amountCents: 5, dueOn: due)
        #expect(MilestoneStanding(milestone: draft, paidCents: 0, today: after).status == .notInvoiced)
    }

    @Test func aPaymentMustBePositiveInvoicedAndNoMoreThanOwed() {
        #expect(throws: Never.self) { try MilestoneRules.checkPayment(invoiced(), paidCents: 40_000, amountCents: 60_000) }
        let over = #expect(throws: AppError.self) {
            try MilestoneRules.checkPayment(invoiced(), paidCents: 40_000, amountCents: 70_000)
        }
        #expect(over?.description == "milestone Deposit: $700.00 is more than the $600.00 still owed; nothing was changed")
        #expect(throws: AppError.milestoneRefused(name: "Deposit", reason: "a payment must be more than $0.00")) {
            try MilestoneRules.checkPayment(invoiced(), paidCents: 0, amountCents: 0)
        }
        #expect(throws: AppError.milestoneRefused(name: "Deposit", reason: "it is paid in full")) {
            try MilestoneRules.checkPayment(invoiced(), paidCents: 100_000, amountCents: 1)
        }
        var open = invoiced()
        open.payment = .notInvoiced
        open.invoicedOn = nil
        #expect(throws: AppError.milestoneRefused(name: "Deposit", reason: "it is not invoiced yet")) {
            try MilestoneRules.checkPayment(open, paidCents: 0, amountCents: 1)
        }
    }

    @Test func retainageIsHeldUntilReleasedAndAcceptanceComesFirst() {
        var retainage = Milestone(id: 4, projectId: 1, name: "Retainage", kind: .retainage, amountCents: 10_000,
                                  requiresAcceptance: true)
        #expect(retainage.isHeldRetainage)
        #expect(throws: AppError.milestoneRefused(name: "Retainage", reason: "the retainage is held; release it first")) {
            try MilestoneRules.checkInvoice(retainage)
        }
        #expect(throws: AppError.milestoneRefused(
            name: "Retainage", reason: "it waits for the customer's acceptance; record acceptance first")) {
            try MilestoneRules.checkRelease(retainage)
        }
        retainage.acceptedOn = due
        #expect(throws: Never.self) { try MilestoneRules.checkRelease(retainage) }
        retainage.releasedOn = due
        #expect(!retainage.isHeldRetainage)
        #expect(throws: Never.self) { try MilestoneRules.checkInvoice(retainage) }
        #expect(throws: Never.self) { try MilestoneRules.checkHold(retainage) }
        #expect(throws: AppError.milestoneRefused(name: "Retainage", reason: "the retainage was released on 2026-03-01")) {
            try MilestoneRules.checkRelease(retainage)
        }
    }

    @Test func anInvoicedMilestoneKeepsItsAmountAndCannotBeDeleted() {
        #expect(throws: AppError.milestoneRefused(name: "Deposit", reason: "it was invoiced; it can no longer be deleted")) {
            try MilestoneRules.checkDelete(invoiced())
        }
        #expect(throws: AppError.milestoneRefused(name: "Deposit", reason: "it was invoiced on 2026-02-01 (INV-7)")) {
            try MilestoneRules.checkInvoice(invoiced())
        }
        var renamed = invoiced()
        renamed.name = "Deposit (signed)"
        #expect(throws: Never.self) { try MilestoneRules.checkEdit(from: invoiced(), to: renamed) }
        #expect(throws: AppError.milestoneRefused(
            name: "Deposit", reason: "it was invoiced; its amount and kind can no longer change")) {
            try MilestoneRules.checkEdit(from: invoiced(), to: invoiced(99_999))
        }
    }

    @Test func theProjectSummaryAddsUpAndNamesTheNextMoneyEvent() {
        let today = LocalDate(year: 2026, month: 3, day: 5)
        let deposit = MilestoneStanding(milestone: invoiced(), paidCents: 40_000, today: today)
        let final = MilestoneStanding(
            milestone: Milestone(id: 2, projectId: 1, name: "Final", kind: .final, amountCents: 80_000,
                                 dueOn: LocalDate(year: 2026, month: 6, day: 1), requiresAcceptance: true),
            paidCents: 0, today: today)
        let retainage = MilestoneStanding(
            milestone: Milestone(id: 3, projectId: 1, name: "Retainage", kind: .retainage, amountCents: 20_000,
                                 requiresAcceptance: true), paidCents: 0, today: today)
        // Given two open items blocking acceptance
        let money = ProjectMoney(contractCents: 200_000, standings: [deposit, final, retainage], blockers: 2)
        #expect(money == ProjectMoney(
            contractCents: 200_000, scheduledCents: 200_000, invoicedCents: 100_000, paidCents: 40_000,
            outstandingCents: 60_000, overdueCents: 60_000, heldBackCents: 100_000, retainageHeldCents: 20_000,
            next: MoneyEvent(kind: .collectOverdue, milestoneId: 1, milestoneName: "Deposit", cents: 60_000, dueOn: due)))
        #expect(money.next?.text == "collect $600.00 on Deposit, overdue since 2026-03-01")
        // Once the deposit is paid, the final waits for acceptance, which the items block
        let paid = MilestoneStanding(milestone: invoiced(), paidCents: 100_000, today: today)
        let next = ProjectMoney(contractCents: 200_000, standings: [paid, final, retainage], blockers: 2).next
        #expect(next?.text == "Final $800.00 waits for acceptance (2 open items block it)")
        #expect(ProjectMoney(contractCents: 150_000, standings: [paid], blockers: 0).scheduleDifferenceCents == -50_000)
    }
}
