import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The project view over its records: selection, and what its keys ask for.
struct ProjectViewTests {
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)

    func record(_ milestones: [Milestone]) throws -> ProjectRecord {
        let detail = try FixtureSource().projectDetail(projectId: 1)
        let standings = milestones.map { MilestoneStanding(milestone: $0, paidCents: 0, today: today) }
        return ProjectRecord(project: detail.project, customerName: detail.customerName,
                             money: ProjectMoney(contractCents: 100_000, standings: standings, blockers: 0),
                             milestones: standings.map { MilestoneRow(standing: $0, payments: [], blockers: 0) },
                             history: [], locations: [], assumptions: [], blockers: 0)
    }

    func opened() throws -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        _ = reduce(&state, .projectDetailLoaded(try FixtureSource().projectDetail(projectId: 1)))
        return state
    }

    @Test func theSelectionStaysOnItsMilestoneWhenTheOrderChanges() throws {
        var state = try opened()
        let deposit = Milestone(id: 1, projectId: 1, name: "Deposit", kind: .deposit, amountCents: 50_000)
        let final = Milestone(id: 2, projectId: 1, name: "Final", kind: .final, amountCents: 50_000, dueOn: today.adding(days: 9))
        _ = reduce(&state, .projectRecordLoaded(try record([final, deposit])))
        _ = reduce(&state, .key(.char("j")))
        #expect(state.route(ProjectDetailRoute.self)?.selectedMilestoneRow?.milestone.name == "Deposit")
        // When the deposit is invoiced it gets a due date and sorts first: still selected
        var invoiced = deposit
        invoiced.dueOn = today.adding(days: 2)
        _ = reduce(&state, .projectRecordLoaded(try record([invoiced, final])))
        #expect(state.route(ProjectDetailRoute.self)?.selected == 0)
        #expect(state.route(ProjectDetailRoute.self)?.selectedMilestoneRow?.milestone.name == "Deposit")
    }

    @Test func stageKeysStepAlongTheStagesAndStopAtTheEnds() throws {
        var state = try opened()
        let stage = try #require(state.route(ProjectDetailRoute.self)?.detail.project.stage)
        let next = ProjectStage.allCases[ProjectStage.allCases.firstIndex(of: stage)! + 1]
        #expect(reduce(&state, .key(.char(">"))) == [.write(.setStage(projectId: 1, stage: next), by: "me")])
    }

    @Test func aRecordFormWaitsForItsWriteAndKeepsWhatWasTypedOnARefusal() throws {
        var state = try opened()
        _ = reduce(&state, .projectRecordLoaded(try record([])))
        _ = reduce(&state, .key(.char("m")))
        for c in "Progress 2" { _ = reduce(&state, .key(.char(c))) }
        let effects = reduce(&state, .key(.ctrl("s")))
        guard case .write(.record(.addMilestone(projectId: 1, let draft)), _)? = effects.first else {
            Issue.record("no write: \(effects)")
            return
        }
        #expect(draft.name == "Progress 2")
        guard case .form(let waiting) = state.modal else { Issue.record("the form closed before the write"); return }
        #expect(waiting.pending)
        // The store refuses, naming the field: the form stays, the message under that field
        _ = reduce(&state, .writeRefused("the amount cannot be negative", field: "amount"))
        guard case .form(let refused) = state.modal else { Issue.record("the form closed on a refusal"); return }
        #expect(refused.pending == false)
        #expect(refused.form.fields.first { $0.id == "amount" }?.error == "the amount cannot be negative")
        #expect(refused.form["name"] == "Progress 2")
        // Saved: it closes
        _ = reduce(&state, .key(.ctrl("s")))
        _ = reduce(&state, .written(.saved(label: "add milestone Progress 2", touched: [.milestones(projectId: 1)], then: nil)))
        #expect(state.modal == nil)
        #expect(state.message?.text == "Saved: add milestone Progress 2 (u undoes)")
    }
}
