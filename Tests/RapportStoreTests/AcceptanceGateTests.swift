import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// ACME-01 in punch, with money waiting on acceptance and six open items that block it.
///
/// | # | status | blocks | | milestone | kind      | amount     | acceptance          |
/// | - | ------ | ------ | | --------- | --------- | ---------- | ------------------- |
/// | 1 | open   | yes    | | Deposit   | deposit   | $5,000.00  | not required (paid) |
/// | 2 | ready  | yes    | | Final     | final     | $12,500.00 | required, due 04-01 |
/// | 3 | open   | no     | | Retainage | retainage | $2,500.00  | required, accepted  |
/// | 4 | closed | yes    |
/// | 5 | void   | yes    |
/// | 6–9 | in progress | yes |
struct GateFixture {
    let db: AppDatabase
    let project: Int64
    let deposit: Int64, final: Int64, retainage: Int64

    init() throws {
        db = try AppDatabase.inMemory()
        (project, deposit, final, retainage) = try db.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme Corp")).id!
            let p = try ins.insert(Project(customerId: customer, code: "ACME-01", name: "Boardroom refit", stage: .punch)).id!
            let statuses: [PunchStatus] = [.open, .readyForReview, .open, .closed, .void, .inProgress, .inProgress,
                                           .inProgress, .inProgress]
            for (k, status) in statuses.enumerated() {
                try ins.insert(PunchItem(projectId: p, number: k + 1, title: "Item \(k + 1)", status: status,
                                         blocksAcceptance: k + 1 != 3, createdAt: PunchFixture.now, updatedAt: PunchFixture.now))
            }
            let retainage = try ins.insert(Milestone(projectId: p, name: "Retainage", kind: .retainage, amountCents: 250_000,
                                                     requiresAcceptance: true, acceptedOn: LocalDate(year: 2026, month: 2, day: 1),
                                                     acceptedBy: "dana")).id!
            let final = try ins.insert(Milestone(projectId: p, name: "Final", kind: .final, amountCents: 1_250_000,
                                                 dueOn: LocalDate(year: 2026, month: 4, day: 1), requiresAcceptance: true)).id!
            let deposit = try ins.insert(Milestone(projectId: p, name: "Deposit", kind: .deposit, amountCents: 500_000,
                                                   dueOn: LocalDate(year: 2025, month: 11, day: 1), payment: .paid)).id!
            try ins.insert(Assumption(projectId: p, text: "Ceiling void is 600 mm", owner: "pm",
                                      reviewOn: LocalDate(year: 2026, month: 3, day: 20)))
            try ins.insert(Assumption(projectId: p, text: "Customer supplies the VLAN", owner: "pm", status: .confirmed))
            try ins.insert(Assumption(projectId: p, text: "Power at the rack", owner: "pm",
                                      reviewOn: LocalDate(year: 2026, month: 3, day: 12)))
            return (p, deposit, final, retainage)
        }
    }

    /// Closes (or voids) every blocking item, as the crew would.
    func clearBlockers() throws {
        let ids = try db.ids(project, 1, 2, 6, 7, 8, 9)
        _ = try db.changePunchItems(ids: ids, change: .void, by: Triage.pm, at: Triage.at(10))
    }
}

@Suite struct AcceptanceGateTests {
    static let blocked = AppError.acceptanceBlocked(project: "ACME-01", items: 6, first: [1, 2, 6, 7, 8], cents: 1_250_000)

    @Test func projectDetailShowsWhatHoldsEachMilestoneBack() throws {
        // Given ACME-01 with six open blocking items
        let f = try GateFixture()
        // When the PM opens the project
        let detail = try f.db.projectDetail(projectId: f.project)
        // Then milestones come by due date; only the unaccepted one that needs acceptance is held back
        #expect(detail.customerName == "Acme Corp" && detail.project.code == "ACME-01")
        #expect(detail.milestones.map(\.milestone.name) == ["Deposit", "Final", "Retainage"])
        #expect(detail.milestones.map(\.heldBackCents) == [0, 1_250_000, 0])
        #expect(detail.milestones.map { $0.blockers.map(\.number) } == [[], [1, 2, 6, 7, 8, 9], []])
        #expect(detail.heldBackCents == 1_250_000)
        // And the open assumptions, by review date
        #expect(detail.openAssumptions.map(\.text) == ["Power at the rack", "Ceiling void is 600 mm"])
    }

    @Test(arguments: [ProjectStage.acceptance, .warranty, .closed])
    func movingToAcceptanceOrBeyondIsRefusedWhileItemsBlock(stage: ProjectStage) throws {
        let f = try GateFixture()
        #expect(throws: Self.blocked) {
            try f.db.setProjectStage(projectId: f.project, stage: stage, by: Triage.pm, at: Triage.at(1))
        }
        #expect(try f.db.projectDetail(projectId: f.project).project.stage == .punch)
        #expect(try f.db.journalEntries().isEmpty)
    }

    @Test func theRefusalNamesTheItemsAndTheMoney() {
        #expect(Self.blocked.description == "ACME-01 cannot be accepted: 6 open items block acceptance "
            + "(#1, #2, #6, #7, #8 …), holding back $12,500.00; close or void them first")
        #expect(AppError.acceptanceBlocked(project: "X-1", items: 1, first: [4], cents: 0).description
            == "X-1 cannot be accepted: 1 open item blocks acceptance (#4); close or void them first")
    }

    @Test func earlierStagesAreNotGatedAndTheMoveIsUndoable() throws {
        let f = try GateFixture()
        #expect(try f.db.setProjectStage(projectId: f.project, stage: .commission, by: Triage.pm, at: Triage.at(1))
            == StageChange(projectId: f.project, projectCode: "ACME-01", from: .punch, to: .commission))
        #expect(try f.db.projectDetail(projectId: f.project).project.stage == .commission)
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == "move ACME-01 to commission")
        #expect(try f.db.projectDetail(projectId: f.project).project.stage == .punch)
    }

    @Test func onceTheBlockersAreClosedTheProjectMovesToAcceptance() throws {
        // Given every blocking item voided or closed
        let f = try GateFixture()
        try f.clearBlockers()
        // When the project moves to acceptance
        try f.db.setProjectStage(projectId: f.project, stage: .acceptance, by: Triage.pm, at: Triage.at(11))
        // Then it is there, nothing is held back, and undo steps back one change at a time
        #expect(try f.db.projectDetail(projectId: f.project).project.stage == .acceptance)
        #expect(try f.db.projectDetail(projectId: f.project).heldBackCents == 0)
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(12))?.label == "move ACME-01 to acceptance")
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(13))?.label == "void 6 items")
        #expect(try f.db.projectDetail(projectId: f.project).heldBackCents == 1_250_000)
    }

    @Test func acceptanceIsRefusedWhileItemsBlockThenRecordsWhoAndWhen() throws {
        let f = try GateFixture()
        let day = LocalDate(year: 2026, month: 3, day: 10)
        // While items block: refused, nothing recorded
        #expect(throws: Self.blocked) {
            try f.db.recordAcceptance(milestoneId: f.final, by: Triage.reviewer, on: day, at: Triage.at(1))
        }
        #expect(try f.db.projectDetail(projectId: f.project).milestones[1].milestone.acceptedOn == nil)
        // Once they are cleared: who and when are recorded, as one undo step
        try f.clearBlockers()
        #expect(try f.db.recordAcceptance(milestoneId: f.final, by: Triage.reviewer, on: day, at: Triage.at(11))
            == AcceptanceRecord(milestoneId: f.final, milestoneName: "Final", projectId: f.project, projectCode: "ACME-01",
                                day: day, by: Triage.reviewer))
        let final = try f.db.projectDetail(projectId: f.project).milestones[1].milestone
        #expect(final.acceptedOn == day && final.acceptedBy == Triage.reviewer)
        // Undo is per user: the reviewer takes back their own acceptance
        #expect(try f.db.undo(by: Triage.reviewer, at: Triage.at(12))?.label == "record acceptance of Final (ACME-01)")
        #expect(try f.db.projectDetail(projectId: f.project).milestones[1].milestone.acceptedBy == nil)
    }

    @Test func unknownProjectsAndMilestonesAreNamed() throws {
        let f = try GateFixture()
        #expect(throws: AppError.missingMilestone(id: 999)) {
            try f.db.recordAcceptance(milestoneId: 999, by: Triage.pm, on: Triage.today, at: Triage.at(1))
        }
        #expect(throws: AppError.missingProject(id: 999)) { try f.db.projectDetail(projectId: 999) }
        #expect(throws: AppError.missingProject(id: 999)) {
            try f.db.setProjectStage(projectId: 999, stage: .punch, by: Triage.pm, at: Triage.at(1))
        }
    }

    @Test func aProjectIsFoundByItsCodeInAnyCaseAndAnItemByItsNumber() throws {
        let f = try GateFixture()
        #expect(try f.db.projectId(code: "ACME-01") == f.project)
        #expect(try f.db.projectId(code: "acme-01") == f.project)
        #expect(throws: AppError.unknownProject("ACME-99")) { try f.db.projectId(code: "ACME-99") }
        // ACME-01#7, as `rapport punch set` names it
        #expect(try f.db.punchItemId(projectId: f.project, number: 7) == f.db.ids(f.project, 7)[0])
        #expect(throws: AppError.unknownPunchNumber(project: "ACME-01", number: 70)) {
            try f.db.punchItemId(projectId: f.project, number: 70)
        }
        #expect(AppError.unknownPunchNumber(project: "ACME-01", number: 70).description == "ACME-01 has no punch item #70")
    }

    @Test func theDetailOfABlockingItemNamesTheMilestoneItHoldsUp() throws {
        // Given open blocking item #2 with some history
        let f = try GateFixture()
        let id = try f.db.ids(f.project, 2)[0]
        _ = try f.db.changePunchItems(ids: [id], change: .stepBack, by: Triage.reviewer, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: [id], change: .assign("sam"), by: Triage.pm, at: Triage.at(2))
        // When its detail opens
        let detail = try f.db.punchDetail(id: id)
        // Then it shows the project, the history newest first, and the unaccepted milestone it blocks
        #expect(detail.projectCode == "ACME-01" && detail.locationPath == nil && detail.item.number == 2)
        #expect(detail.history.map(\.field) == ["assignee", "status"])
        #expect(detail.history.last?.note == "rejected")
        #expect(detail.blocks.map(\.name) == ["Final"])
        // And an item that does not block, or no longer is open, holds nothing up
        #expect(try f.db.punchDetail(id: f.db.ids(f.project, 3)[0]).blocks.isEmpty)
        #expect(try f.db.punchDetail(id: f.db.ids(f.project, 4)[0]).blocks.isEmpty)
        #expect(throws: AppError.missingPunchItems(ids: [999])) { try f.db.punchDetail(id: 999) }
    }
}
