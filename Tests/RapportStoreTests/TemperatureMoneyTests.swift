import Foundation
import GRDB
import RapportModel
import Testing
@testable import RapportStore

/// The money signal reads due dates and payments as of the clock, never the stored "overdue"
/// status, so a score does not depend on when it was computed.
struct TemperatureMoneyTests {
    let zone = TimeZone(identifier: "UTC")!

    func money(_ f: ContractFixture, now: Date = ContractFixture.at()) throws -> String? {
        let t = try f.db.refreshTemperatures(now: now, timeZone: zone).first { $0.customerId == f.customer }
        return t?.temperature.components.first { $0.signal == .money }?.reason
    }

    @Test func invoicedAndPastItsDueDateIsOverdueWithoutAnyStatus() throws {
        // Given the deposit invoiced on Feb 1, due Feb 15, unpaid; its stored status says only "invoiced"
        let f = try ContractFixture()
        _ = try f.db.invoiceMilestone(milestoneId: f.deposit, on: LocalDate(year: 2026, month: 2, day: 1), number: "INV-1",
                                      dueOn: LocalDate(year: 2026, month: 2, day: 15), by: "pat", at: ContractFixture.at())
        #expect(try f.milestone(f.deposit).milestone.payment == .invoiced)
        // Then on Mar 10 it counts as overdue
        #expect(try money(f) == "1 due, 0 blocked, 1 overdue")
    }

    @Test func paidInFullByTheDayIsNotOverdue() throws {
        let f = try ContractFixture()
        _ = try f.db.invoiceMilestone(milestoneId: f.deposit, on: LocalDate(year: 2026, month: 2, day: 1), number: "INV-1",
                                      dueOn: LocalDate(year: 2026, month: 2, day: 15), by: "pat", at: ContractFixture.at())
        let amount = try f.milestone(f.deposit).milestone.amountCents
        _ = try f.db.recordPayment(milestoneId: f.deposit, amountCents: amount, on: LocalDate(year: 2026, month: 3, day: 1),
                                   note: "", by: "pat", at: ContractFixture.at())
        #expect(try money(f) == "1 due, 0 blocked, 0 overdue")
    }

    @Test func aStoredOverdueStatusOnTheDueDayDoesNotCount() throws {
        // Given a milestone invoiced and due today, whose stored status someone set to overdue
        let f = try ContractFixture()
        _ = try f.db.invoiceMilestone(milestoneId: f.deposit, on: LocalDate(year: 2026, month: 3, day: 1), number: "INV-1",
                                      dueOn: ContractFixture.today, by: "pat", at: ContractFixture.at())
        let before = try money(f)
        try f.db.writer.write { db in try db.execute(sql: "UPDATE milestone SET payment = 'overdue' WHERE id = ?", arguments: [f.deposit]) }
        // Then today's score is what it was: due today is not late, whatever the status says
        #expect(before == "1 due, 0 blocked, 0 overdue")
        #expect(try money(f) == before)
        // And tomorrow the date has passed, so it is overdue
        #expect(try money(f, now: ContractFixture.at() + 86_400) == "1 due, 0 blocked, 1 overdue")
    }
}
