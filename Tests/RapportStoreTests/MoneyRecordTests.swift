import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Milestones and money: invoices, partial payments, overdue, retainage, deletion rules.
@Suite struct MoneyRecordTests {
    let f: ContractFixture
    init() throws { f = try ContractFixture() }
    var pm: String { ContractFixture.pm }
    let invoiceDay = LocalDate(year: 2026, month: 1, day: 19)

    @Test func partialPaymentsAddUpToPaidAndTheSummaryFollows() throws {
        let invoiced = try f.db.invoiceMilestone(milestoneId: f.deposit, on: invoiceDay, number: "INV-101",
                                                 dueOn: LocalDate(year: 2026, month: 2, day: 18), by: pm, at: ContractFixture.at(1))
        #expect(invoiced.label == "invoice Deposit as INV-101 (CUO-0001)")
        // Past its due date with nothing paid: overdue
        #expect(try f.milestone(f.deposit).standing.status == .overdue)
        #expect(try f.money().next?.text == "collect $50,000.00 on Deposit, overdue since 2026-02-18")
        let first = try f.db.recordPayment(milestoneId: f.deposit, amountCents: 2_000_000, on: ContractFixture.today, note: "",
                                           by: pm, at: ContractFixture.at(2))
        #expect(first.value.standing.status == .overdue)
        #expect(first.touched.contains(.milestones(projectId: f.project)))
        let over = #expect(throws: AppError.self) {
            try f.db.recordPayment(milestoneId: f.deposit, amountCents: 3_000_001, on: ContractFixture.today, note: "", by: pm,
                                   at: ContractFixture.at(3))
        }
        #expect(over?.description == "milestone Deposit: $30,000.01 is more than the $30,000.00 still owed; nothing was changed")
        let last = try f.db.recordPayment(milestoneId: f.deposit, amountCents: 3_000_000, on: ContractFixture.today,
                                          note: "wire", by: pm, at: ContractFixture.at(4))
        #expect(last.value.standing.status == .paid)
        #expect(try f.milestone(f.deposit).payments.map(\.amountCents) == [2_000_000, 3_000_000])
        #expect(try f.money() == ProjectMoney(
            contractCents: 10_000_000, scheduledCents: 10_000_000, invoicedCents: 5_000_000, paidCents: 5_000_000,
            outstandingCents: 0, overdueCents: 0, heldBackCents: 0, retainageHeldCents: 0,
            next: MoneyEvent(kind: .invoice, milestoneId: f.progress, milestoneName: "Progress", cents: 4_000_000,
                             dueOn: LocalDate(year: 2026, month: 3, day: 18))))
        // Undo takes back the last payment only
        #expect(try f.db.undo(by: pm, at: ContractFixture.at(5))?.label == "record payment of $30,000.00 on Deposit (CUO-0001)")
        #expect(try f.milestone(f.deposit).standing.paidCents == 2_000_000)
        #expect(try f.milestone(f.deposit).milestone.payment == .invoiced)
    }

    @Test func theFinalIsInvoicedOnlyOnceAccepted() throws {
        #expect(throws: AppError.milestoneRefused(name: "Final",
                                                  reason: "it waits for the customer's acceptance; record acceptance first")) {
            try f.db.invoiceMilestone(milestoneId: f.final, on: ContractFixture.today, number: "", dueOn: nil, by: pm,
                                      at: ContractFixture.at(1))
        }
        _ = try f.db.recordAcceptance(milestoneId: f.final, by: "kim", on: ContractFixture.today, at: ContractFixture.at(2))
        #expect(throws: Never.self) {
            try f.db.invoiceMilestone(milestoneId: f.final, on: ContractFixture.today, number: "", dueOn: nil, by: pm,
                                      at: ContractFixture.at(3))
        }
    }

    @Test func retainageIsHeldUntilReleased() throws {
        let retainage = try f.db.addMilestone(projectId: f.project, MilestoneDraft(name: "Retainage", kind: .retainage,
                                                                                   amountCents: 500_000),
                                              by: pm, at: ContractFixture.at(1))
        let id = retainage.value.id!
        #expect(try f.money().retainageHeldCents == 500_000)
        #expect(try f.money().scheduleDifferenceCents == 500_000)
        #expect(throws: AppError.milestoneRefused(name: "Retainage", reason: "the retainage is held; release it first")) {
            try f.db.invoiceMilestone(milestoneId: id, on: ContractFixture.today, number: "", dueOn: nil, by: pm,
                                      at: ContractFixture.at(2))
        }
        let released = try f.db.setRetainageReleased(milestoneId: id, released: true, on: ContractFixture.today, by: pm,
                                                     at: ContractFixture.at(3))
        #expect(released.label == "release retainage Retainage (CUO-0001)")
        #expect(try f.money().retainageHeldCents == 0)
        _ = try f.db.setRetainageReleased(milestoneId: id, released: false, on: ContractFixture.today, by: pm, at: ContractFixture.at(4))
        #expect(try f.money().retainageHeldCents == 500_000)
    }

    @Test func aMilestoneIsDeletedOnlyWhileNotInvoiced() throws {
        _ = try f.db.invoiceMilestone(milestoneId: f.deposit, on: invoiceDay, number: "INV-101", dueOn: nil, by: pm,
                                      at: ContractFixture.at(1))
        #expect(throws: AppError.milestoneRefused(name: "Deposit", reason: "it was invoiced; it can no longer be deleted")) {
            try f.db.deleteMilestone(milestoneId: f.deposit, by: pm, at: ContractFixture.at(2))
        }
        let deleted = try f.db.deleteMilestone(milestoneId: f.progress, by: pm, at: ContractFixture.at(3))
        #expect(deleted.label == "delete milestone Progress (CUO-0001)")
        #expect(try f.db.milestones(projectId: f.project, today: ContractFixture.today).map(\.milestone.name) == ["Deposit", "Final"])
        _ = try f.db.undo(by: pm, at: ContractFixture.at(4))
        #expect(try f.db.milestones(projectId: f.project, today: ContractFixture.today).count == 3)
    }

    @Test func anInvoicedAmountStands() throws {
        _ = try f.db.invoiceMilestone(milestoneId: f.deposit, on: invoiceDay, number: "", dueOn: nil, by: pm, at: ContractFixture.at(1))
        #expect(throws: AppError.milestoneRefused(name: "Deposit",
                                                  reason: "it was invoiced; its amount and kind can no longer change")) {
            try f.db.editMilestone(milestoneId: f.deposit, MilestoneDraft(name: "Deposit", kind: .deposit, amountCents: 1),
                                   by: pm, at: ContractFixture.at(2))
        }
    }

    @Test func theCustomerViewAddsUpItsProjectsMoney() throws {
        _ = try f.db.invoiceMilestone(milestoneId: f.deposit, on: invoiceDay, number: "", dueOn: nil, by: pm, at: ContractFixture.at(1))
        _ = try f.db.recordPayment(milestoneId: f.deposit, amountCents: 1_000_000, on: ContractFixture.today, note: "", by: pm,
                                   at: ContractFixture.at(2))
        let money = try f.db.customerDetail(customerId: f.customer, today: ContractFixture.today).money
        #expect(money == CustomerMoney(contractCents: 10_000_000, invoicedCents: 5_000_000, paidCents: 1_000_000,
                                       overdueCents: 4_000_000))
        #expect(money.outstandingCents == 4_000_000)
    }
}
