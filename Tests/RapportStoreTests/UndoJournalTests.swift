import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// Undo and redo of every mutation, bulk ones as one step, also after the file is reopened.
@Suite struct UndoJournalTests {
    @Test func aBulkChangeIsOneUndoStep() throws {
        // Given four open items of ACME-01
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        // When they are advanced together (#5 ready → closed, #2 closed → skipped)
        let result = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1, 2, 3, 5, 6), change: .advance,
                                               by: Triage.pm, at: Triage.at(1))
        #expect(result.label == "advance 4 items" && result.changed.map(\.number) == [1, 3, 5, 6])
        // Then one undo puts every item back as it was, and names the step
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == "advance 4 items")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(3))?.label == nil)
        // And redo re-applies all four
        #expect(try f.db.redo(by: Triage.pm, at: Triage.at(4))?.label == "advance 4 items")
        #expect(try [1, 3, 5, 6].map { try f.db.item(f.acme01, $0).status } == [.inProgress, .readyForReview, .closed, .inProgress])
        #expect(try f.db.item(f.acme01, 5).acceptedBy == Triage.pm)
    }

    @Test func undoAndRedoWalkTheStepsInOrderAndNameThem() throws {
        let f = try PunchFixture()
        let one = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: one, change: .advance, by: Triage.pm, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: one, change: .assign("sam"), by: Triage.pm, at: Triage.at(2))
        _ = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Rack door"), by: Triage.pm, at: Triage.at(3))
        #expect(try f.db.undoLabel(by: Triage.pm) == "add #7" && f.db.redoLabel(by: Triage.pm) == nil)
        // Undo walks back, newest first
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(4))?.label == "add #7")
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(5))?.label == "assign #1 to sam")
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(6))?.label == "advance #1")
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(7))?.label == nil)
        #expect(try f.db.item(f.acme01, 1).status == .open && f.db.item(f.acme01, 1).assignee == "alex")
        // Redo walks forward, oldest undone first
        #expect(try f.db.redoLabel(by: Triage.pm) == "advance #1")
        #expect(try f.db.redo(by: Triage.pm, at: Triage.at(8))?.label == "advance #1")
        #expect(try f.db.redo(by: Triage.pm, at: Triage.at(9))?.label == "assign #1 to sam")
        #expect(try f.db.item(f.acme01, 1).assignee == "sam")
        #expect(try f.db.journalEntries() == ["advance #1", "assign #1 to sam", "add #7 (undone)"])
    }

    @Test func aNewMutationDiscardsTheRedoTail() throws {
        // Given two steps, both undone
        let f = try PunchFixture()
        let one = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: one, change: .advance, by: Triage.pm, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: one, change: .cyclePriority, by: Triage.pm, at: Triage.at(2))
        _ = try f.db.undo(by: Triage.pm, at: Triage.at(3))
        _ = try f.db.undo(by: Triage.pm, at: Triage.at(4))
        // When something new is done
        _ = try f.db.changePunchItems(ids: one, change: .assign("sam"), by: Triage.pm, at: Triage.at(5))
        // Then nothing can be redone, and undo undoes only the new step
        #expect(try f.db.redo(by: Triage.pm, at: Triage.at(6))?.label == nil)
        #expect(try f.db.journalEntries() == ["assign #1 to sam"])
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(7))?.label == "assign #1 to sam")
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(8))?.label == nil)
    }

    @Test func aChangeThatChangesNothingKeepsTheRedoTail() throws {
        let f = try PunchFixture()
        let one = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: one, change: .advance, by: Triage.pm, at: Triage.at(1))
        _ = try f.db.undo(by: Triage.pm, at: Triage.at(2))
        // Setting P1 on a P1 item is no step: the advance can still be redone
        _ = try f.db.changePunchItems(ids: one, change: .setPriority(.p1), by: Triage.pm, at: Triage.at(3))
        #expect(try f.db.redo(by: Triage.pm, at: Triage.at(4))?.label == "advance #1")
    }

    @Test func undoOfAnAddDeletesTheItemAndRedoBringsItBack() throws {
        // Given an item added in a room that did not exist
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        let item = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Rack door", location: "Annex / Rack Room"),
                                         by: Triage.pm, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: [item.id!], change: .advance, by: Triage.pm, at: Triage.at(2))
        // When both steps are undone
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(3))?.label == "advance #7")
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(4))?.label == "add #7")
        // Then the item, its history and the room it created are gone
        #expect(try f.db.punchSnapshot(f.acme01) == before)
        #expect(try f.db.history(item.id!).isEmpty)
        // And redo brings back the same item, same id and number, with a note in its history
        #expect(try f.db.redo(by: Triage.pm, at: Triage.at(5))?.label == "add #7")
        #expect(try f.db.item(f.acme01, 7) == item)
        #expect(try f.db.punchDetail(id: item.id!).locationPath == "Annex / Rack Room")
        #expect(try f.db.history(item.id!) == ["created -→open (redo: add #7)"])
    }

    @Test func undoAndRedoAreWrittenToTheHistory() throws {
        // Given item #5 rejected by the reviewer
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 5)
        _ = try f.db.changePunchItems(ids: id, change: .stepBack, by: Triage.reviewer, at: Triage.at(1))
        // When the reviewer undoes and redoes it (undo is per user: the PM has nothing to undo)
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2)) == nil)
        _ = try f.db.undo(by: Triage.reviewer, at: Triage.at(2))
        #expect(try f.db.item(f.acme01, 5).rejections == 0)
        _ = try f.db.redo(by: Triage.reviewer, at: Triage.at(3))
        // Then the count follows, and the history says what happened and who did it
        #expect(try f.db.item(f.acme01, 5).rejections == 1)
        #expect(try f.db.history(id[0]) == [
            "status ready→open (rejected)", "status open→ready (undo: step back #5)",
            "status ready→open (redo: step back #5)",
        ])
        let whoAndWhen = try f.db.punchDetail(id: id[0]).history.map { "\($0.who) \($0.at == Triage.at(3))" }
        #expect(whoAndWhen == ["\(Triage.reviewer) true", "\(Triage.reviewer) false", "\(Triage.reviewer) false"])
    }

    @Test func undoWorksAfterTheFileIsReopened() throws {
        // Given a database file with one project and a change made in it
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        var itemId: Int64 = 0
        do {
            let db = try AppDatabase.open(path: path)
            let project = try db.insertAll { ins in
                let customer = try ins.insert(Customer(name: "Acme Corp"))
                return try ins.insert(Project(customerId: customer.id!, code: "ACME-01", name: "Refit", stage: .punch)).id!
            }
            itemId = try db.addPunchItem(projectId: project, draft: PunchDraft(title: "HDMI handshake fails"),
                                         by: Triage.pm, at: Triage.at(1)).id!
            _ = try db.changePunchItems(ids: [itemId], change: .advance, by: Triage.pm, at: Triage.at(2))
        }
        // When Rapport starts again and undoes
        do {
            let db = try AppDatabase.open(path: path)
            #expect(try db.undo(by: Triage.pm, at: Triage.at(3))?.label == "advance #1")
            #expect(try db.punchDetail(id: itemId).item.status == .open)
        }
        // Then after yet another start, the undone step can be redone
        let db = try AppDatabase.open(path: path)
        #expect(try db.redo(by: Triage.pm, at: Triage.at(4))?.label == "advance #1")
        #expect(try db.punchDetail(id: itemId).item.status == .inProgress)
        #expect(try db.undo(by: Triage.pm, at: Triage.at(5))?.label == "advance #1")
        #expect(try db.undo(by: Triage.pm, at: Triage.at(6))?.label == "add #1")
        #expect(throws: AppError.missingPunchItems(ids: [itemId])) { try db.punchDetail(id: itemId) }
    }

    @Test func undoRefusesWhenTheRowChangedOutsideTheJournal() throws {
        // Given an advanced item that a script then changes behind Rapport's back
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Triage.pm, at: Triage.at(1))
        try f.db.write { db in try db.execute(sql: "UPDATE punch_item SET title = 'Edited by a script' WHERE id = ?",
                                              arguments: [id[0]]) }
        // When the advance is undone
        // Then it is refused and the script's change survives
        #expect(throws: AppError.journalConflict(action: "undo", label: "advance #1")) {
            try f.db.undo(by: Triage.pm, at: Triage.at(2))
        }
        let item = try f.db.item(f.acme01, 1)
        #expect(item.title == "Edited by a script" && item.status == .inProgress)
        #expect(try f.db.journalEntries() == ["advance #1"])
    }

    @Test func undoOfAMoveToANewRoomRemovesTheRoom() throws {
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1, 3), change: .setLocation("Annex / Server Room"),
                                      by: Triage.pm, at: Triage.at(1))
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == "move 2 items to Annex / Server Room")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
    }

    @Test func theJournalKeepsOnlyItsDepth() throws {
        // Given more steps than the journal keeps
        let f = try PunchFixture()
        let one = try f.db.ids(f.acme01, 1)
        for minute in 1...(Int(Journal.depth) + 3) {
            _ = try f.db.changePunchItems(ids: one, change: .cyclePriority, by: Triage.pm, at: Triage.at(minute))
        }
        // Then the oldest were dropped, the newest kept
        #expect(try f.db.journalEntries().count == Int(Journal.depth))
        #expect(try f.db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_change") } == Int(Journal.depth))
    }

    @Test func aBulkChangeOnTheDemoDataIsOneUndoStep() throws {
        // Given the s demo set and its longest punch list
        let db = try AppDatabase.inMemory()
        _ = try DemoDataGenerator(size: .s, seed: 7, now: PunchFixture.now, timeZone: zone("UTC")).generate(into: db)
        let project = try db.read { db in
            try Int64.fetchOne(db, sql: "SELECT project_id FROM punch_item GROUP BY project_id ORDER BY COUNT(*) DESC LIMIT 1")!
        }
        let before = try db.exportPunchItems(projectId: project)
        let ids = before.map { $0.item.id! }
        // When every item is set to P1, then advanced
        let p1 = try db.changePunchItems(ids: ids, change: .setPriority(.p1), by: Triage.pm, at: Triage.at(1))
        let advance = try db.changePunchItems(ids: ids, change: .advance, by: Triage.pm, at: Triage.at(2))
        let closedOrVoid = before.filter { $0.item.status == .closed || $0.item.status == .void }.count
        #expect(advance.changed.count == ids.count - closedOrVoid && advance.skipped.count == closedOrVoid)
        #expect(p1.changed.count == before.filter { $0.item.priority != .p1 }.count)
        // Then two undos give back the list exactly as it was
        _ = try db.undo(by: Triage.pm, at: Triage.at(3))
        _ = try db.undo(by: Triage.pm, at: Triage.at(4))
        #expect(try db.exportPunchItems(projectId: project) == before)
    }
}
