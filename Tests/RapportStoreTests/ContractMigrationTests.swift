import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// v8 adds columns to journaled tables: steps made before it must still undo afterwards.
@Suite struct ContractMigrationTests {
    @Test func aStepJournaledBeforeV8UndoesAfterIt() throws {
        // Given a v7 file whose journal holds a stage move and a milestone change
        let dir = try TemporaryDirectory()
        let path = dir.path("v7.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(queue, upTo: "v7-punch-disputed-status")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO customer (name) VALUES ('Acme Corp');
                    INSERT INTO project (customer_id, code, name, stage) VALUES (1, 'ACME-01', 'Refit', 'install');
                    INSERT INTO milestone (project_id, name, kind, amount_cents) VALUES (1, 'Final', 'final', 100);
                    """)
                let journal = try Journal.begin(db, who: "pat", at: utc("2026-03-10T14:00:00Z"))
                try journal.willUpdate("project", ids: [1])
                try journal.willUpdate("milestone", ids: [1])
                try db.execute(sql: "UPDATE project SET stage = 'punch' WHERE id = 1")
                try db.execute(sql: "UPDATE milestone SET amount_cents = 200 WHERE id = 1")
                try journal.finish(label: "move ACME-01 to punch")
            }
            try queue.close()
        }
        // When this build opens (migrates) it and the step is undone
        let db = try AppDatabase.open(path: path)
        let step = try db.undo(by: "pat", at: utc("2026-03-10T15:00:00Z"))
        // Then the rows are back as they were, the new columns at their defaults
        #expect(step?.label == "move ACME-01 to punch")
        let record = try db.projectRecord(projectId: 1, today: LocalDate(year: 2026, month: 3, day: 10))
        #expect(record.project.stage == .install)
        #expect(record.project.scope == "")
        #expect(record.milestones.first?.milestone.amountCents == 100)
        #expect(record.milestones.first?.milestone.invoiceNumber == "")
        #expect(record.history.first?.note == "undo: move ACME-01 to punch")
    }
}
