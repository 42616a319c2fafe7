import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// The punch workflow as the triage commands apply it: one item or many, skips with reasons.
@Suite struct TriageWorkflowTests {
    @Test func advanceWalksTheWorkflowAndClosingRecordsWhoAccepted() throws {
        // Given ACME-01's open item #6
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 6)
        // When it is advanced three times, the last time by the customer's reviewer
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.pm, at: Triage.at(1))
        #expect(try f.db.item(f.acme01, 6).status == .inProgress)
        #expect(try f.db.item(f.acme01, 6).acceptedBy == nil)
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.pm, at: Triage.at(2))
        let result = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.reviewer, at: Triage.at(3))
        // Then it is closed, accepted by the reviewer, stamped, and each step is in its history
        let item = try f.db.item(f.acme01, 6)
        #expect(result.label == "advance #6" && result.changed.map(\.number) == [6] && result.skipped.isEmpty)
        #expect(result.touched == DataArea.punchItems(of: f.acme01))
        #expect(item.status == .closed)
        #expect(item.acceptedBy == Triage.reviewer)
        #expect(item.updatedAt == Triage.at(3))
        #expect(try f.db.history(id[0]) == ["status open→in-progress", "status in-progress→ready", "status ready→closed"])
    }

    @Test func itemsTheWorkflowRefusesAreSkippedWithAReason() throws {
        // Given a closed, a void and an open item of ACME-01
        let f = try PunchFixture()
        // When all three are advanced at once
        let result = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 4, 2, 6), change: .advance,
                                               by: Triage.pm, at: Triage.at(1))
        // Then only the open one moves; the others say why, in number order
        #expect(result.changed.map(\.number) == [6])
        #expect(result.label == "advance #6")
        #expect(result.skipped.map(\.text) == ["#2 closed cannotAdvance", "#4 void cannotAdvance"])
        #expect(try f.db.item(f.acme01, 2).status == .closed)
        #expect(try f.db.item(f.acme01, 4).status == .void)
    }

    @Test func steppingBackFromReadyIsARejectionAndIsCounted() throws {
        // Given item #5, ready for review
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 5)
        // When the reviewer sends it back, it is fixed again, and sent back again
        _ = try f.db.changePunchItems(ids: id, change: .stepBack, by: Triage.reviewer, at: Triage.at(1))
        #expect(try f.db.item(f.acme01, 5).status == .open)
        #expect(try f.db.item(f.acme01, 5).rejections == 1)
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.pm, at: Triage.at(2))
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.pm, at: Triage.at(3))
        _ = try f.db.changePunchItems(ids: id, change: .stepBack, by: Triage.reviewer, at: Triage.at(4))
        // Then two rejections are counted (a dispute) and each is noted in the history
        #expect(try f.db.item(f.acme01, 5).rejections == 2)
        #expect(try f.db.history(id[0]) == [
            "status ready→open (rejected)", "status open→in-progress", "status in-progress→ready",
            "status ready→open (rejected)",
        ])
    }

    @Test func steppingBackElsewhereIsNotARejection() throws {
        // Given item #3, in progress
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 3)
        // When it steps back to open, and an open item is asked to step back
        let result = try f.db.changePunchItems(ids: id + f.db.ids(f.acme01, 6), change: .stepBack,
                                               by: Triage.pm, at: Triage.at(1))
        // Then #3 is open with no rejection; #6 is skipped
        #expect(try f.db.item(f.acme01, 3).status == .open)
        #expect(try f.db.item(f.acme01, 3).rejections == 0)
        #expect(result.skipped.map(\.text) == ["#6 open cannotStepBack"])
    }

    @Test func reopeningAClosedItemForgetsWhoAcceptedIt() throws {
        // Given item #5 closed by the reviewer
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 5)
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.reviewer, at: Triage.at(1))
        #expect(try f.db.item(f.acme01, 5).acceptedBy == Triage.reviewer)
        // When it is stepped back from closed
        _ = try f.db.changePunchItems(ids: id, change: .stepBack, by: Triage.pm, at: Triage.at(2))
        // Then it is ready again, no longer accepted, and that is not a rejection
        let item = try f.db.item(f.acme01, 5)
        #expect(item.status == .readyForReview)
        #expect(item.acceptedBy == nil)
        #expect(item.rejections == 0)
    }

    @Test func voidTakesOpenItemsOffTheListButNotClosedOnes() throws {
        let f = try PunchFixture()
        let result = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1, 2, 4), change: .void,
                                               by: Triage.pm, at: Triage.at(1))
        // #1 is voided, #2 (closed) is refused, #4 (already void) is left alone
        #expect(result.changed.map(\.number) == [1])
        #expect(result.skipped.map(\.text) == ["#2 closed cannotVoidClosed"])
        #expect(try f.db.item(f.acme01, 1).status == .void)
        #expect(try f.db.item(f.acme01, 2).status == .closed)
    }

    @Test(arguments: [
        (PunchChange.cyclePriority, "cycle priority of #1", "priority P1→P2"),
        (.setPriority(.p3), "set P3 on #1", "priority P1→P3"),
        (.setDue(LocalDate(year: 2026, month: 4, day: 1)), "set due 2026-04-01 on #1", "due_on 2026-03-13→2026-04-01"),
        (.setDue(nil), "clear due date of #1", "due_on 2026-03-13→-"),
        (.assign(" sam "), "assign #1 to sam", "assignee alex→sam"),
        (.assign(""), "unassign #1", "assignee alex→-"),
        (.setLocation("lobby"), "move #1 to lobby", "location HQ / Floor 3 / Board Room→HQ/Lobby"),
        (.setLocation(nil), "clear location of #1", "location HQ / Floor 3 / Board Room→-"),
        (.void, "void #1", "status open→void"),
    ])
    func eachChangeWritesItsFieldAndOneEvent(change: PunchChange, label: String, event: String) throws {
        // Given item #1: open, P1, alex, due 2026-03-13, in the Board Room
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 1)
        // When the change is applied
        let result = try f.db.changePunchItems(ids: id, change: change, by: Triage.pm, at: Triage.at(1))
        // Then it is labelled for undo, and the history has exactly that change
        #expect(result.label == label && result.changed.map(\.number) == [1] && result.skipped.isEmpty)
        #expect(try f.db.history(id[0]) == [event])
        #expect(try f.db.item(f.acme01, 1).updatedAt == Triage.at(1))
    }

    @Test func aChangeThatChangesNothingIsNotAnUndoStep() throws {
        // Given item #1 at P1
        let f = try PunchFixture()
        // When it is set to P1
        let result = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1), change: .setPriority(.p1),
                                               by: Triage.pm, at: Triage.at(1))
        // Then nothing changed, no history, no journal entry, nothing to undo
        #expect(result.changed.isEmpty && result.skipped.isEmpty)
        #expect(result.touched.isEmpty)
        #expect(try f.db.history(f.db.ids(f.acme01, 1)[0]).isEmpty)
        #expect(try f.db.journalEntries().isEmpty)
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == nil)
    }

    @Test func editSetsEveryFieldAndRecordsEachChange() throws {
        // Given item #6: open, P3, "Cable label missing" in the Warehouse
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 6)
        // When the form saves new values, closing it on the way
        let draft = PunchDraft(title: "  Cable labels missing in rack 2 ", detail: "Both ends", location: "Board Room",
                               category: .cabling, priority: .p2, status: .closed, assignee: "sam",
                               dueOn: LocalDate(year: 2026, month: 3, day: 20), blocksAcceptance: true,
                               ballInCourt: "sub", source: .email)
        let result = try f.db.changePunchItems(ids: id, change: .edit(draft), by: Triage.reviewer, at: Triage.at(1))
        // Then every field is stored (trimmed), closing records who accepted, and each field has its event
        let item = try f.db.item(f.acme01, 6)
        #expect(result.label == "edit #6")
        #expect(item.title == "Cable labels missing in rack 2")
        #expect(item.status == .closed && item.acceptedBy == Triage.reviewer)
        #expect(item.category == .cabling && item.priority == .p2 && item.assignee == "sam")
        #expect(item.dueOn == LocalDate(year: 2026, month: 3, day: 20) && item.blocksAcceptance)
        #expect(item.ballInCourt == "sub" && item.source == .email && item.detail == "Both ends")
        #expect(try f.db.history(id[0]) == [
            "status open→closed", "title Cable label missing→Cable labels missing in rack 2", "detail -→Both ends",
            "location Warehouse→HQ / Floor 3 / Board Room", "category other→cabling", "priority P3→P2",
            "assignee -→sam", "due_on -→2026-03-20", "blocks_acceptance no→yes", "ball_in_court us→sub",
            "source walkthrough→email",
        ])
    }

    @Test func editRefusesAnEmptyTitleOrATakenNumberAndWritesNothing() throws {
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 6)
        #expect(throws: AppError.invalidPunchItem(reason: "the title is empty")) {
            try f.db.changePunchItems(ids: id, change: .edit(PunchDraft(title: "   ")), by: Triage.pm, at: Triage.at(1))
        }
        #expect(throws: AppError.invalidPunchItem(reason: "number 2 is already used in ACME-01")) {
            try f.db.changePunchItems(ids: id, change: .edit(PunchDraft(title: "Renumbered", number: 2)),
                                      by: Triage.pm, at: Triage.at(1))
        }
        #expect(try f.db.item(f.acme01, 6).title == "Cable label missing")
        #expect(try f.db.history(id[0]).isEmpty && f.db.journalEntries().isEmpty)
        // A free number is taken
        _ = try f.db.changePunchItems(ids: id, change: .edit(PunchDraft(title: "Cable label missing", location: "Warehouse",
                                                                         priority: .p3, number: 60)),
                                      by: Triage.pm, at: Triage.at(2))
        #expect(try f.db.itemExists(f.acme01, 60) && !f.db.itemExists(f.acme01, 6))
    }

    @Test func itemsOfTwoProjectsOrUnknownIdsAreRefusedAndNothingIsWritten() throws {
        // Given an item of ACME-01 and one of GLX-01
        let f = try PunchFixture()
        let acme = try f.db.ids(f.acme01, 1)[0], globex = try f.db.ids(f.glx01, 1)[0]
        // When both are advanced together, or with an id that does not exist
        #expect(throws: AppError.punchItemsSpanProjects(codes: ["ACME-01", "GLX-01"])) {
            try f.db.changePunchItems(ids: [acme, globex], change: .advance, by: Triage.pm, at: Triage.at(1))
        }
        #expect(throws: AppError.missingPunchItems(ids: [9_999])) {
            try f.db.changePunchItems(ids: [acme, 9_999], change: .advance, by: Triage.pm, at: Triage.at(1))
        }
        // Then neither moved and there is nothing to undo
        #expect(try f.db.item(f.acme01, 1).status == .open)
        #expect(try f.db.item(f.glx01, 1).status == .inProgress)
        #expect(try f.db.journalEntries().isEmpty)
        // And the messages say what to do
        #expect(AppError.punchItemsSpanProjects(codes: ["ACME-01", "GLX-01"]).description
            == "the items belong to 2 projects (ACME-01, GLX-01); change one project's items at a time; nothing was changed")
    }

    @Test func aLocationIsFoundByItsRoomOrCreatedByItsPath() throws {
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 6)
        // "floor 3/board room" ends one known path: that location is used
        _ = try f.db.changePunchItems(ids: id, change: .setLocation("floor 3/board room"), by: Triage.pm, at: Triage.at(1))
        let board = try f.db.item(f.acme01, 1).locationId
        #expect(try f.db.item(f.acme01, 6).locationId == board)
        // A path not known yet is created as typed, trimmed
        _ = try f.db.changePunchItems(ids: id, change: .setLocation(" Annex/Server Room "), by: Triage.pm, at: Triage.at(2))
        #expect(try f.db.punchDetail(id: id[0]).locationPath == "Annex/Server Room")
        // And found again however it is spaced
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 5), change: .setLocation("annex / server room"),
                                      by: Triage.pm, at: Triage.at(3))
        #expect(try f.db.item(f.acme01, 5).locationId == f.db.item(f.acme01, 6).locationId)
    }

    @Test func aRoomNameThatEndsTwoPathsIsRefused() throws {
        // Given two Board Rooms on ACME-01
        let f = try PunchFixture()
        _ = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Rack fan", location: "Annex / Board Room"),
                                  by: Triage.pm, at: Triage.at(1))
        // When an item is moved to "board room"
        #expect(throws: AppError.ambiguousLocation(text: "board room",
                                                   matches: ["Annex / Board Room", "HQ / Floor 3 / Board Room"])) {
            try f.db.changePunchItems(ids: f.db.ids(f.acme01, 6), change: .setLocation("board room"),
                                      by: Triage.pm, at: Triage.at(2))
        }
        // Then it stays where it was
        #expect(try f.db.punchDetail(id: f.db.ids(f.acme01, 6)[0]).locationPath == "Warehouse")
    }
}
