import Testing
import RapportModel

/// Moving a project between stages: forward, back, closing only when paid, reopening acceptance.
struct StageRulesTests {
    let day = LocalDate(year: 2026, month: 5, day: 4)

    @Test func stagesStepForwardAndBackInOrder() {
        #expect(ProjectStage.sold.next == .design)
        #expect(ProjectStage.punch.next == .acceptance)
        #expect(ProjectStage.closed.next == nil)
        #expect(ProjectStage.acceptance.previous == .punch)
        #expect(ProjectStage.sold.previous == nil)
    }

    @Test func movingBackFromAcceptanceReopensWhatWasNotInvoiced() {
        // Given an accepted final (not invoiced), released retainage (not invoiced) and an invoiced accepted milestone
        let final = Milestone(id: 1, projectId: 1, name: "Final", kind: .final, amountCents: 100, requiresAcceptance: true,
                              acceptedOn: day, acceptedBy: "kim")
        let retainage = Milestone(id: 2, projectId: 1, name: "Retainage", kind: .retainage, amountCents: 10,
                                  requiresAcceptance: true, acceptedOn: day, acceptedBy: "kim", releasedOn: day)
        let invoiced = Milestone(id: 3, projectId: 1, name: "Substantial", kind: .progress, amountCents: 50,
                                 payment: .invoiced, requiresAcceptance: true, acceptedOn: day, acceptedBy: "kim",
                                 invoicedOn: day)
        let deposit = Milestone(id: 4, projectId: 1, name: "Deposit", kind: .deposit, amountCents: 40)
        let all = [final, retainage, invoiced, deposit]
        // When the project moves from acceptance back to punch
        let reopened = StageRules.reopened(from: .acceptance, to: .punch, milestones: all)
        // Then acceptance is cleared and retainage held again, where nothing was invoiced
        #expect(reopened.map(\.name) == ["Final", "Retainage"])
        #expect(reopened.allSatisfy { $0.acceptedOn == nil && $0.acceptedBy == nil && $0.releasedOn == nil })
        // And moves that stay on one side of the gate reopen nothing
        #expect(StageRules.reopened(from: .warranty, to: .acceptance, milestones: all).isEmpty)
        #expect(StageRules.reopened(from: .install, to: .design, milestones: all).isEmpty)
        #expect(StageRules.reopensAcceptance(from: .closed, to: .commission))
    }

    @Test func closingIsRefusedWhileAMilestoneIsNotPaidInFull() {
        let deposit = Milestone(id: 1, projectId: 1, name: "Deposit", kind: .deposit, amountCents: 5_000, payment: .paid)
        let final = Milestone(id: 2, projectId: 1, name: "Final", kind: .final, amountCents: 1_000, invoicedOn: day)
        let retainage = Milestone(id: 3, projectId: 1, name: "Retainage", kind: .retainage, amountCents: 1_000)
        let error = #expect(throws: AppError.self) {
            try StageRules.checkClosing(to: .closed, code: "ACME-0001", milestones: [deposit, final, retainage],
                                        paidCents: [2: 500])
        }
        #expect(error?.description == "ACME-0001 cannot be closed: 2 milestones are not paid in full (Final, Retainage), "
                + "$15.00 owed")
        // Paid in full by partial payments: closing is allowed; so is any other stage
        #expect(throws: Never.self) {
            try StageRules.checkClosing(to: .closed, code: "ACME-0001", milestones: [deposit, final],
                                        paidCents: [2: 1_000])
        }
        #expect(throws: Never.self) {
            try StageRules.checkClosing(to: .warranty, code: "ACME-0001", milestones: [retainage], paidCents: [:])
        }
    }
}
