import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// A large import fills the search index in one statement instead of its per-row trigger; the
/// index must end as the trigger would have left it, with the trigger back in place.
@Suite struct ImportSearchIndexTests {
    static func rows(_ count: Int, from line: Int = 2) -> [AppDatabase.PunchImportInput] {
        (0..<count).map { n in
            (line + n, PunchDraft(title: "Speaker \(n) rattles", location: n % 3 == 0 ? nil : "Level \(n % 4) / Room \(n % 7)"),
             PunchExternalFields())
        }
    }

    /// The project's search rows, and the rows its items would give through the trigger.
    static func index(_ db: AppDatabase, _ projectId: Int64) throws -> (stored: [String], expected: [String]) {
        try db.read { db in
            let stored = try String.fetchAll(db, sql: """
                SELECT rowid || ':' || text FROM punch_search WHERE rowid >> 32 = ? ORDER BY rowid
                """, arguments: [projectId])
            let expected = try String.fetchAll(db, sql: """
                SELECT ((i.project_id << 32) + i.number) || ':' || i.title || char(1) || IFNULL(l.path, '')
                FROM punch_item i LEFT JOIN location l ON l.id = i.location_id WHERE i.project_id = ? ORDER BY i.number
                """, arguments: [projectId])
            return (stored, expected)
        }
    }

    static func triggerExists(_ db: AppDatabase) throws -> Bool {
        try db.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                             arguments: [SearchDeferral.trigger]) == 1
        }
    }

    @Test func aLargeImportIndexesEveryRowAsTheTriggerWould() throws {
        // Given a project, and more rows than the trigger is kept for
        let f = try PunchFixture()
        let count = SearchDeferral.threshold + 100
        // When they are imported
        let result = try f.db.importPunchRows(projectId: f.acme01, rows: Self.rows(count), fields: [.title, .location],
                                              file: "big.csv", by: Triage.pm, at: Triage.at(1))
        // Then the index holds each item as the trigger writes it, and the trigger is back
        #expect(result.added.count == count)
        let (stored, expected) = try Self.index(f.db, f.acme01)
        #expect(stored.count == count + 6)
        #expect(stored == expected)
        #expect(try Self.triggerExists(f.db))
        // And an item added after is indexed by the trigger again
        _ = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Lectern mic"), by: Triage.pm, at: Triage.at(2))
        #expect(try Self.index(f.db, f.acme01).stored.last?.hasSuffix(":Lectern mic\u{1}") == true)
    }

    @Test func aLargeImportThatFailsLeavesTheTriggerAndTheIndex() throws {
        // Given a large file whose last row cannot be stored
        let f = try PunchFixture()
        let before = try Self.index(f.db, f.acme01)
        var rows = Self.rows(SearchDeferral.threshold + 10)
        rows.append((9999, PunchDraft(title: "   "), PunchExternalFields()))
        // When it is imported, then it is refused and the schema and the index are as they were
        #expect(throws: AppError.importFailed(file: "big.csv", line: 9999, reason: "the title is empty")) {
            try f.db.importPunchRows(projectId: f.acme01, rows: rows, fields: [.title], file: "big.csv", by: Triage.pm,
                                     at: Triage.at(1))
        }
        #expect(try Self.triggerExists(f.db))
        #expect(try Self.index(f.db, f.acme01) == before)
    }
}
