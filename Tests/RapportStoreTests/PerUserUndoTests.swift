import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// Undo and redo are each user's own: two people on one file never take back each other's
/// work, and a step someone else has built on is refused with who and what.
@Suite struct PerUserUndoTests {
    static let alice = "alice", bob = "bob"

    @Test func bobsUndoDoesNotRevertAlicesChangeAndAlicesUndoThenWorks() throws {
        // Given alice and bob, each with Rapport open on the same file, and alice's change
        let folder = try TemporaryDirectory()
        let path = folder.path("firm.sqlite")
        let aliceDB = try AppDatabase.open(path: path)
        let project = try aliceDB.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme Corp")).id!
            let project = try ins.insert(Project(customerId: customer, code: "ACME-01", name: "Boardroom", stage: .punch)).id!
            try ins.insert(PunchItem(projectId: project, number: 1, title: "Rack fan loud",
                                     createdAt: PunchFixture.now, updatedAt: PunchFixture.now))
            return project
        }
        let bobDB = try AppDatabase.open(path: path)
        let id = try aliceDB.ids(project, 1)
        _ = try aliceDB.changePunchItems(ids: id, change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        // When bob presses undo
        let bobs = try bobDB.undo(by: Self.bob, at: Triage.at(2))
        // Then he has nothing to undo, and alice's change stands
        #expect(bobs == nil)
        #expect(try bobDB.item(project, 1).assignee == "sam")
        // And alice's own undo takes it back, naming her step
        let alices = try aliceDB.undo(by: Self.alice, at: Triage.at(3))
        #expect(alices?.label == "assign #1 to sam")
        #expect(alices?.who == Self.alice)
        #expect(alices?.projectIds == [project] && alices?.records == [.punchItem])
        #expect(alices?.touched == DataArea.punchItems(of: project))
        #expect(try bobDB.item(project, 1).assignee == "")
    }

    @Test func eachUserUndoesTheirOwnNewestStepWhateverCameBetween() throws {
        // Given alice's change to #1, then bob's to #3
        let f = try PunchFixture()
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1), change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 3), change: .setPriority(.p1), by: Self.bob, at: Triage.at(2))
        // When alice undoes, though bob's step is newer
        #expect(try f.db.undo(by: Self.alice, at: Triage.at(3))?.label == "assign #1 to sam")
        // Then hers is undone and bob's stands; bob's undo takes back his
        #expect(try f.db.item(f.acme01, 1).assignee == "alex")
        #expect(try f.db.item(f.acme01, 3).priority == .p1)
        #expect(try f.db.undo(by: Self.bob, at: Triage.at(4))?.label == "set P1 on #3")
        #expect(try f.db.undo(by: Self.bob, at: Triage.at(5)) == nil)
        #expect(try f.db.undo(by: Self.alice, at: Triage.at(6)) == nil)
    }

    @Test func undoingAStepAnotherUserBuiltOnIsRefusedWithWhoAndWhat() throws {
        // Given alice assigned #1, then bob advanced it
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: id, change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: id, change: .advance, by: Self.bob, at: Triage.at(2))
        // When alice undoes: refused, naming bob and his step, and nothing is undone
        let refusal = AppError.undoBuiltOn(action: "undo", label: "assign #1 to sam", by: Self.bob, later: "advance #1")
        #expect(throws: refusal) { try f.db.undo(by: Self.alice, at: Triage.at(3)) }
        #expect(refusal.description
            == "cannot undo 'assign #1 to sam': bob has since changed the same items ('advance #1'); "
            + "nothing was undone")
        #expect(try f.db.item(f.acme01, 1).assignee == "sam" && f.db.item(f.acme01, 1).status == .inProgress)
        // Once bob undoes his, alice's undo works
        #expect(try f.db.undo(by: Self.bob, at: Triage.at(4))?.label == "advance #1")
        #expect(try f.db.undo(by: Self.alice, at: Triage.at(5))?.label == "assign #1 to sam")
        #expect(try f.db.item(f.acme01, 1).assignee == "alex" && f.db.item(f.acme01, 1).status == .open)
    }

    @Test func undoingAnAddWhoseNewLocationAnotherUserUsedIsRefused() throws {
        // Given alice added an item in a new room, and bob moved #1 into that room
        let f = try PunchFixture()
        _ = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Door closer", location: "Server Room"),
                                  by: Self.alice, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1), change: .setLocation("Server Room"),
                                      by: Self.bob, at: Triage.at(2))
        // When alice undoes her add, which would delete the room bob's item is in: refused
        #expect(throws: AppError.undoBuiltOn(action: "undo", label: "add #7", by: Self.bob, later: "move #1 to Server Room")) {
            try f.db.undo(by: Self.alice, at: Triage.at(3))
        }
        #expect(try f.db.itemExists(f.acme01, 7))
    }

    @Test func redoIsPerUserAndAnotherUsersNewStepKeepsItOnOtherItems() throws {
        // Given alice's step on #1, undone
        let f = try PunchFixture()
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1), change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        _ = try f.db.undo(by: Self.alice, at: Triage.at(2))
        // When bob changes another item and presses redo
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 3), change: .advance, by: Self.bob, at: Triage.at(3))
        #expect(try f.db.redo(by: Self.bob, at: Triage.at(4)) == nil)
        // Then alice can still redo hers
        #expect(try f.db.redo(by: Self.alice, at: Triage.at(5))?.label == "assign #1 to sam")
        #expect(try f.db.item(f.acme01, 1).assignee == "sam")
        #expect(try f.db.item(f.acme01, 3).status == .readyForReview)
    }

    @Test func redoingOverAnotherUsersLaterChangeIsRefusedWithWhoAndWhat() throws {
        // Given alice assigned #1 and undid it, then bob assigned it to li
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: id, change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        _ = try f.db.undo(by: Self.alice, at: Triage.at(2))
        _ = try f.db.changePunchItems(ids: id, change: .assign("li"), by: Self.bob, at: Triage.at(3))
        // When alice redoes: refused, bob's change stands
        #expect(throws: AppError.undoBuiltOn(action: "redo", label: "assign #1 to sam", by: Self.bob, later: "assign #1 to li")) {
            try f.db.redo(by: Self.alice, at: Triage.at(4))
        }
        #expect(try f.db.item(f.acme01, 1).assignee == "li")
    }

    @Test func redoingAfterAnotherUserUndidTheStepUnderneathIsRefusedWithWhoAndWhat() throws {
        // Given bob assigned #1 to li, alice then to sam; alice undid hers, then bob undid his
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 1)
        _ = try f.db.changePunchItems(ids: id, change: .assign("li"), by: Self.bob, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: id, change: .assign("sam"), by: Self.alice, at: Triage.at(2))
        _ = try f.db.undo(by: Self.alice, at: Triage.at(3))
        #expect(try f.db.undo(by: Self.bob, at: Triage.at(4))?.label == "assign #1 to li")
        // When alice redoes: the item is no longer as her step found it, and bob's undo says why
        let refusal = AppError.undoneUnder(action: "redo", label: "assign #1 to sam", by: Self.bob, undid: "assign #1 to li")
        #expect(throws: refusal) { try f.db.redo(by: Self.alice, at: Triage.at(5)) }
        #expect(refusal.description == "cannot redo 'assign #1 to sam': bob has since undone 'assign #1 to li' on the "
            + "same items; nothing was redone")
        #expect(try f.db.item(f.acme01, 1).assignee == "alex")
        // Once bob redoes his, alice's redo works
        #expect(try f.db.redo(by: Self.bob, at: Triage.at(6))?.label == "assign #1 to li")
        #expect(try f.db.redo(by: Self.alice, at: Triage.at(7))?.label == "assign #1 to sam")
        #expect(try f.db.item(f.acme01, 1).assignee == "sam")
    }

    @Test func aUsersNewStepDiscardsOnlyTheirOwnRedoTail() throws {
        // Given alice's and bob's steps on different items, both undone
        let f = try PunchFixture()
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1), change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 3), change: .assign("li"), by: Self.bob, at: Triage.at(2))
        _ = try f.db.undo(by: Self.alice, at: Triage.at(3))
        _ = try f.db.undo(by: Self.bob, at: Triage.at(4))
        // When alice does something new
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 6), change: .advance, by: Self.alice, at: Triage.at(5))
        // Then her redo tail is gone, bob's is not
        #expect(try f.db.redo(by: Self.alice, at: Triage.at(6)) == nil)
        #expect(try f.db.redo(by: Self.bob, at: Triage.at(7))?.label == "assign #3 to li")
    }

    @Test func theHintsAskForTheUsersOwnSteps() throws {
        let f = try PunchFixture()
        _ = try f.db.changePunchItems(ids: f.db.ids(f.acme01, 1), change: .assign("sam"), by: Self.alice, at: Triage.at(1))
        #expect(try f.db.undoLabel(by: Self.alice) == "assign #1 to sam")
        #expect(try f.db.undoLabel(by: Self.bob) == nil)
        _ = try f.db.undo(by: Self.alice, at: Triage.at(2))
        #expect(try f.db.redoLabel(by: Self.alice) == "assign #1 to sam")
        #expect(try f.db.redoLabel(by: Self.bob) == nil)
    }
}
