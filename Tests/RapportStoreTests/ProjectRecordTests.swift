import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Projects from the sale: codes, schedules, stages with their gates and history.
@Suite struct ProjectRecordTests {
    let f: ContractFixture
    init() throws { f = try ContractFixture() }
    var pm: String { ContractFixture.pm }

    @Test func aNewProjectGetsTheSuggestedCodeAndItsScheduleToTheCent() throws {
        let record = try f.db.projectRecord(projectId: f.project, today: ContractFixture.today)
        #expect(record.project.code == "CUO-0001")
        #expect(record.project.stage == .sold)
        #expect(record.project.concerns == "disruption, look and feel")
        #expect(record.milestones.map(\.milestone.name) == ["Deposit", "Progress", "Final"])
        #expect(record.milestones.map(\.milestone.amountCents) == [5_000_000, 4_000_000, 1_000_000])
        #expect(record.money.scheduleDifferenceCents == 0)
        #expect(record.history.map(\.toStage) == [.sold])
        #expect(try f.db.suggestedProjectCode(customerId: f.customer) == "CUO-0002")
    }

    @Test func theMoneyAloneIsTheRecordsMoneyOnEverySeededProject() throws {
        // Given the small seeded firm (money due, paid, overdue and held back by blockers)
        let db = try AppDatabase.inMemory()
        let today = LocalDate(SeedTests.now, in: SeedTests.zone)
        _ = try DemoDataGenerator(size: .s, now: SeedTests.now, timeZone: SeedTests.zone).generate(into: db)
        var held = 0
        let projects = try db.projects(offset: 0, limit: 100)
        let money = try db.projectsMoney(projectIds: projects.map(\.id) + [9_999], today: today)
        #expect(money.count == projects.count)
        for project in projects {
            // When glance reads the projects' money alone, then each is what its whole record says
            let alone = try #require(money[project.id])
            let record = try db.projectRecord(projectId: project.id, today: today)
            #expect(alone.money == record.money && alone.blockers == record.blockers, "\(project.code)")
            if alone.money.heldBackCents > 0 && alone.blockers > 0 { held += 1 }
        }
        #expect(held >= 3)
    }

    @Test func aScheduleThatDoesNotAddUpOrATakenCodeSavesNothing() throws {
        let off = PaymentSchedule(lines: [ScheduleLine(name: "Deposit", kind: .deposit, amountCents: 10)])
        #expect(throws: AppError.scheduleOff(totalCents: 10, contractCents: 11)) {
            try f.db.addProject(ProjectDraft(customerId: f.customer, name: "AV", contractCents: 11, schedule: off), by: pm,
                                at: ContractFixture.at(1))
        }
        #expect(throws: AppError.duplicateProjectCode(code: "cuo-0001")) {
            try f.db.addProject(ProjectDraft(customerId: f.customer, code: "cuo-0001", name: "AV"), by: pm, at: ContractFixture.at(1))
        }
        #expect(try f.db.projectCount() == 1)
    }

    @Test func anEditedContractValueShowsHowFarOffTheScheduleIs() throws {
        var draft = ProjectDraft(try f.db.projectRecord(projectId: f.project, today: ContractFixture.today).project)
        draft.contractCents = 10_500_000
        let saved = try f.db.editProject(projectId: f.project, draft, by: pm, at: ContractFixture.at(1))
        #expect(saved.label == "edit project CUO-0001")
        #expect(saved.touched == [.projects, .project(projectId: f.project), .customer(customerId: f.customer)])
        #expect(try f.money().scheduleDifferenceCents == -500_000)
    }

    @Test func closingWaitsForEveryPaymentAndMovingBackReopensAcceptance() throws {
        // Given the project at acceptance with the final's acceptance recorded
        _ = try f.db.changeStage(projectId: f.project, to: .acceptance, note: "walkthrough done", by: pm, at: ContractFixture.at(1))
        _ = try f.db.recordAcceptance(milestoneId: f.final, by: "kim", on: ContractFixture.today, at: ContractFixture.at(2))
        // When closing, it is refused: nothing is paid
        let refusal = #expect(throws: AppError.self) {
            try f.db.changeStage(projectId: f.project, to: .closed, note: "", by: pm, at: ContractFixture.at(3))
        }
        #expect(refusal?.description == "CUO-0001 cannot be closed: 3 milestones are not paid in full (Deposit, Progress, Final), "
                + "$100,000.00 owed")
        // When it moves back to punch, the final's acceptance is reopened
        let back = try f.db.changeStage(projectId: f.project, to: .punch, note: "", by: pm, at: ContractFixture.at(4))
        #expect(back.reopened == ["Final"])
        #expect(back.touched.contains(.milestones(projectId: f.project)))
        #expect(try f.milestone(f.final).milestone.acceptedOn == nil)
        // And every move is in the history, newest first, with who and why
        let history = try f.db.stageHistory(projectId: f.project)
        #expect(history.map { "\($0.fromStage?.rawValue ?? "-") → \($0.toStage.rawValue) \($0.who): \($0.note)" } == [
            "acceptance → punch pat: reopened Final",
            "sold → acceptance pat: walkthrough done",
            "- → sold pat: created",
        ])
        // And undoing the move back puts the acceptance back, and says so in the history
        #expect(try f.db.undo(by: pm, at: ContractFixture.at(5))?.label == "move CUO-0001 to punch")
        #expect(try f.milestone(f.final).milestone.acceptedOn == ContractFixture.today)
        #expect(try f.db.stageHistory(projectId: f.project).first?.note == "undo: move CUO-0001 to punch")
        #expect(try f.db.stageHistory(projectId: f.project).first?.toStage == .acceptance)
    }

    @Test func acceptanceStaysGatedByBlockingItems() throws {
        _ = try f.db.addPunchItem(projectId: f.project, draft: PunchDraft(title: "Projector flickers", location: "Hall A",
                                                                           blocksAcceptance: true), by: pm, at: ContractFixture.at(1))
        let error = #expect(throws: AppError.self) {
            try f.db.changeStage(projectId: f.project, to: .acceptance, note: "", by: pm, at: ContractFixture.at(2))
        }
        #expect(error?.description == "CUO-0001 cannot be accepted: 1 open item blocks acceptance (#1), holding back "
                + "$10,000.00; close or void them first")
        #expect(try f.money().heldBackCents == 1_000_000)
        #expect(try f.money().next?.text == "invoice Deposit $50,000.00 (due 2026-01-19)")
    }

    @Test func aWonOpportunityRecordsTheProjectItBecame() throws {
        let opportunity = try f.db.insertAll { ins in
            try ins.insert(Opportunity(customerId: f.customer, source: "intel", title: "Library rooms", estimateCents: 1,
                                       stage: .won, owner: "sam"))
        }
        let created = try f.db.addProject(ProjectDraft(customerId: f.customer, name: "Library", opportunityId: opportunity.id),
                                          by: pm, at: ContractFixture.at(1))
        #expect(created.value.project.code == "CUO-0002")
        let linked = try f.db.read { db in try Int64.fetchOne(db, sql: "SELECT project_id FROM opportunity") }
        #expect(linked == created.value.project.id)
        #expect(throws: AppError.opportunityRefused(id: opportunity.id!, reason: "it became project CUO-0002 already")) {
            try f.db.addProject(ProjectDraft(customerId: f.customer, name: "Again", opportunityId: opportunity.id), by: pm,
                                at: ContractFixture.at(2))
        }
    }
}
