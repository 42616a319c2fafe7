import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Imports that meet items already there: a row with a known number updates, only the fields
/// the file has change, the other system's fields are kept, and a bad row leaves all as it was.
@Suite struct PunchImportUpdateTests {
    static let external = PunchExternalFields(reference: "RFI-031", costCode: "27-4100", costImpact: "Yes",
                                              scheduleImpact: "TBD", createdBy: "Dana Whitfield")
    /// What Procore's template gives: no status, ball in court or source column.
    static let fields: Set<PunchImportField> = [.title, .detail, .location, .category, .priority, .assignee, .due,
                                          .reference, .costCode, .costImpact, .scheduleImpact, .createdBy]

    @Test func aKnownNumberUpdatesItsItemAndANewOneIsAdded() throws {
        // Given ACME-01, whose #2 "Projector focus" is closed
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        let rows: [AppDatabase.PunchImportInput] = [
            (2, PunchDraft(title: "Projector focus, left edge", location: "HQ / Floor 3 / Board Room", category: .video,
                           priority: .p1, number: 2), Self.external),
            (3, PunchDraft(title: "Rack fan noisy", priority: .p3, number: 40), PunchExternalFields(costCode: "27-1500")),
        ]
        // When a Procore template with #2 and #40 is imported
        let result = try f.db.importPunchRows(projectId: f.acme01, rows: rows, fields: Self.fields, file: "/tmp/procore.csv",
                                              by: Triage.pm, at: Triage.at(1))
        // Then #2 is updated, not duplicated: its title and priority change, its status (no column) stays closed
        #expect(result == PunchImportResult(added: [40], updated: [2]))
        let updated = try f.db.item(f.acme01, 2)
        #expect(updated.title == "Projector focus, left edge")
        #expect(updated.priority == .p1)
        #expect(updated.category == .video)
        #expect(updated.status == .closed)
        #expect(try f.db.history(f.db.ids(f.acme01, 2)[0]).suffix(3) == [
            "title Projector focus→Projector focus, left edge (imported from procore.csv)",
            "category other→video (imported from procore.csv)",
            "priority P2→P1 (imported from procore.csv)",
        ])
        // And the other system's fields are kept on both, for the detail view and the next export
        #expect(try f.db.punchDetail(id: f.db.ids(f.acme01, 2)[0]).external == Self.external)
        #expect(try f.db.exportPunchItems(projectId: f.acme01).first { $0.item.number == 40 }?.external
            == PunchExternalFields(costCode: "27-1500"))
        #expect(try f.db.punchNumbers(projectId: f.acme01).contains(40))
        // And one undo puts #2 back and takes #40 out
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == "import 2 items")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
        #expect(try f.db.punchDetail(id: f.db.ids(f.acme01, 2)[0]).external == PunchExternalFields())
    }

    @Test func aFieldTheFileLacksIsLeftAsItWas() throws {
        // Given #2 with a reference from an earlier import
        let f = try PunchFixture()
        let first: [AppDatabase.PunchImportInput] = [(2, PunchDraft(title: "Projector focus", number: 2), Self.external)]
        _ = try f.db.importPunchRows(projectId: f.acme01, rows: first, fields: [.title, .reference, .costCode, .costImpact,
                                                                              .scheduleImpact, .createdBy],
                                     file: "a.csv", by: Triage.pm, at: Triage.at(1))
        // When a file with only a title and a cost code updates it
        let second: [AppDatabase.PunchImportInput] = [(2, PunchDraft(title: "Projector focus", number: 2),
                                                      PunchExternalFields(costCode: "27-9999"))]
        _ = try f.db.importPunchRows(projectId: f.acme01, rows: second, fields: [.title, .costCode], file: "b.csv",
                                     by: Triage.pm, at: Triage.at(2))
        // Then the cost code changes and the reference, impacts and creator stay
        var expected = Self.external
        expected.costCode = "27-9999"
        #expect(try f.db.punchDetail(id: f.db.ids(f.acme01, 2)[0]).external == expected)
    }

    @Test func aBadRowAfterAnUpdateChangesNothing() throws {
        // Given a file that updates #2, then has a row whose room matches two places
        let f = try PunchFixture()
        _ = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Fan", location: "Annex / Lobby"),
                                  by: Triage.pm, at: Triage.at(0))
        let before = try f.db.punchSnapshot(f.acme01)
        let counts = try f.db.counts()
        let rows: [AppDatabase.PunchImportInput] = [
            (2, PunchDraft(title: "Projector focus again", number: 2), Self.external),
            (3, PunchDraft(title: "Where?", location: "lobby"), PunchExternalFields()),
        ]
        // When it is imported
        #expect(throws: AppError.importFailed(file: "procore.csv", line: 3,
                                              reason: "location 'lobby' matches 2 places (Annex / Lobby; HQ/Lobby); type more of the path")) {
            try f.db.importPunchRows(projectId: f.acme01, rows: rows, fields: Self.fields, file: "procore.csv",
                                     by: Triage.pm, at: Triage.at(1))
        }
        // Then #2 is as it was, nothing was added, and no undo step was made
        #expect(try f.db.punchSnapshot(f.acme01) == before)
        #expect(try f.db.counts() == counts)
        #expect(try f.db.item(f.acme01, 2).title == "Projector focus")
        #expect(try f.db.undoLabel(by: Triage.pm) == "add #7")
    }

    @Test func theExternalFieldsAreColumnsOfTheItem() throws {
        // Given a database migrated to v6-punch-external-fields
        let columns = try AppDatabase.inMemory().columnNames(of: "punch_item")
        // Then the item has the five columns, after the ones earlier migrations made
        #expect(Array(columns.suffix(5)) == ["reference", "cost_code", "cost_impact", "schedule_impact", "created_by"])
    }
}
