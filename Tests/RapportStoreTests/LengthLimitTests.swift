import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Every way into the store refuses text over `PunchLimits`, naming the field and the limit,
/// and writes nothing.
@Suite struct LengthLimitTests {
    static let longTitle = String(repeating: "t", count: PunchLimits.title + 1)
    static let reason = "the title is 501 characters long; at most 500 are allowed"

    @Test func addingAnItemWithATitleOverTheLimitIsRefused() throws {
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        #expect(throws: AppError.invalidPunchItem(reason: Self.reason)) {
            try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: Self.longTitle), by: Triage.pm,
                                  at: Triage.at(1))
        }
        #expect(AppError.invalidPunchItem(reason: Self.reason).description
            == "cannot save the punch item: the title is 501 characters long; at most 500 are allowed")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
        #expect(try f.db.journalEntries().isEmpty)
    }

    @Test func anImportWithOneRowOverTheLimitImportsNothing() throws {
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        let drafts = [(2, PunchDraft(title: "Fine")), (3, PunchDraft(title: "Also fine", detail: String(repeating: "d", count: 20_001)))]
        #expect(throws: AppError.importFailed(file: "walk.csv", line: 3,
                                              reason: "the detail is 20001 characters long; at most 20000 are allowed")) {
            try f.db.importPunchItems(projectId: f.acme01, drafts: drafts, file: "walk.csv", by: Triage.pm, at: Triage.at(1))
        }
        #expect(try f.db.punchSnapshot(f.acme01) == before)
    }

    @Test func editingAssigningAndMovingOverTheLimitAreRefused() throws {
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 1)
        let before = try f.db.item(f.acme01, 1)
        for (change, reason) in [
            (PunchChange.edit(PunchDraft(title: Self.longTitle)), Self.reason),
            (.assign(String(repeating: "a", count: 201)), "the assignee is 201 characters long; at most 200 are allowed"),
            (.setLocation(String(repeating: "r", count: 501)), "the location is 501 characters long; at most 500 are allowed"),
        ] {
            #expect(throws: AppError.invalidPunchItem(reason: reason)) {
                try f.db.changePunchItems(ids: id, change: change, by: Triage.pm, at: Triage.at(1))
            }
        }
        #expect(try f.db.item(f.acme01, 1) == before)
    }
}
