import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct AddPunchItemTests {
    @Test func anAddedItemTakesTheNextNumberAndFindsItsRoom() throws {
        // Given ACME-01 with items #1 to #6
        let f = try PunchFixture()
        // When the PM quick-adds an item in the Board Room
        let item = try f.db.addPunchItem(projectId: f.acme01,
                                         draft: PunchDraft(title: "HDMI handshake fails", location: "Board Room",
                                                           category: .video, priority: .p1, assignee: "dana"),
                                         by: Triage.pm, at: Triage.at(1))
        // Then it is #7, in the existing Board Room, stamped, with a "created" event, one undo step
        #expect(item.number == 7)
        #expect(item.locationId == (try f.db.item(f.acme01, 1).locationId))
        #expect(item.createdAt == Triage.at(1) && item.updatedAt == Triage.at(1))
        #expect(try f.db.item(f.acme01, 7) == item)
        #expect(try f.db.history(item.id!) == ["created -→open"])
        #expect(try f.db.journalEntries() == ["add #7"])
    }

    @Test(arguments: [(10, 10, 11), (3, 7, 8)])
    func aDraftKeepsItsNumberWhenFree(wanted: Int, got: Int, next: Int) throws {
        // Given ACME-01 with #1…#6
        let f = try PunchFixture()
        // When an item asks for a number
        let item = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Wanted", number: wanted),
                                         by: Triage.pm, at: Triage.at(1))
        // Then it gets it when free, else the next; the item after it goes past both
        #expect(item.number == got)
        #expect(try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Next"), by: Triage.pm,
                                      at: Triage.at(2)).number == next)
    }

    @Test func aClosedDraftRecordsWhoAcceptedIt() throws {
        let f = try PunchFixture()
        let item = try f.db.addPunchItem(projectId: f.acme02, draft: PunchDraft(title: "Found fixed", status: .closed),
                                         by: Triage.reviewer, at: Triage.at(1))
        #expect(item.acceptedBy == Triage.reviewer && item.number == 3)
    }

    @Test func anEmptyTitleOrUnknownProjectIsRefusedAndNothingIsWritten() throws {
        let f = try PunchFixture()
        let before = try f.db.counts()
        #expect(throws: AppError.invalidPunchItem(reason: "the title is empty")) {
            try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: " \n", location: "New Room"),
                                  by: Triage.pm, at: Triage.at(1))
        }
        #expect(throws: AppError.missingProject(id: 999)) {
            try f.db.addPunchItem(projectId: 999, draft: PunchDraft(title: "Orphan"), by: Triage.pm, at: Triage.at(1))
        }
        #expect(try f.db.counts() == before)
        #expect(try f.db.journalEntries().isEmpty)
    }
}
