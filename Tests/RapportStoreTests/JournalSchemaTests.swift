import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

@Suite struct JournalSchemaTests {
    @Test func theJournalTablesHoldEntriesAndTheirRowImages() throws {
        let db = try AppDatabase.inMemory()
        #expect(try db.columnNames(of: "journal_entry") == ["id", "at", "who", "label", "undone"])
        #expect(try db.columnNames(of: "journal_change") == ["id", "entry_id", "table_name", "row_id", "before_json", "after_json"])
        #expect(try db.foreignKeys(of: "journal_change") == ["entry_id → journal_entry"])
        #expect(try db.indexes(on: "journal_change").values.contains(["entry_id"]))
    }

    @Test func aFileMadeBeforeTheJournalIsMigratedWithItsData() throws {
        // Given a file written by the first release (v1 only) with a punch item in it
        let dir = try TemporaryDirectory()
        let path = dir.path("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(queue, upTo: "v1-first-model")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO customer (name) VALUES ('Acme Corp');
                    INSERT INTO project (customer_id, code, name, stage) VALUES (1, 'ACME-01', 'Refit', 'punch');
                    INSERT INTO punch_item (project_id, number, title, created_at, updated_at)
                    VALUES (1, 1, 'HDMI handshake fails', '2026-03-10 14:00:00.000', '2026-03-10 14:00:00.000');
                    """)
            }
            try queue.close()
        }
        // When this build opens it
        let db = try AppDatabase.open(path: path)
        // Then the journal is added, the item is still there and can be triaged and undone
        #expect(try db.tableNames().isSuperset(of: ["journal_entry", "journal_change"]))
        let id = try db.projectId(code: "ACME-01")
        let item = try #require(try db.exportPunchItems(projectId: id).first?.item)
        _ = try db.changePunchItems(ids: [item.id!], change: .advance, by: Triage.pm, at: Triage.at(1))
        #expect(try db.undo(by: Triage.pm, at: Triage.at(2))?.label == "advance #1")
        #expect(try db.exportPunchItems(projectId: id).first?.item == item)
    }
}
