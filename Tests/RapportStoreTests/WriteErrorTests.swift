import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// SQLite's refusals reach the user as AppError in words, never as a GRDB type.
@Suite struct WriteErrorTests {
    @Test func aConstraintRefusedInsideAWriteComesOutAsAppErrorAndRollsBack() throws {
        // Given a project
        let f = try PunchFixture()
        let before = try f.db.counts()
        // When a write inserts a location and then breaks a CHECK constraint
        #expect(throws: AppError.writeFailed(reason: "the title is empty")) {
            try f.db.writing { db in
                try db.execute(sql: "INSERT INTO location (project_id, path) VALUES (?, 'Roof')", arguments: [f.acme01])
                try db.execute(sql: """
                    INSERT INTO punch_item (project_id, number, title, created_at, updated_at) VALUES (?, 99, '  ', 'x', 'x')
                    """, arguments: [f.acme01])
            }
        }
        // Then nothing of it was kept
        #expect(try f.db.counts() == before)
        #expect(AppError.writeFailed(reason: "the title is empty").description
            == "could not save: the title is empty; nothing was changed")
    }

    @Test(arguments: [
        (ResultCode.SQLITE_CONSTRAINT_UNIQUE, "UNIQUE constraint failed: punch_item.project_id, punch_item.number",
         "that item number is already used in the project"),
        (.SQLITE_CONSTRAINT_FOREIGNKEY, "FOREIGN KEY constraint failed",
         "it refers to a project, location or item that no longer exists"),
        (.SQLITE_CONSTRAINT_CHECK, "CHECK constraint failed: priority BETWEEN 1 AND 3", "the priority must be 1, 2 or 3"),
        (.SQLITE_BUSY, "database is locked", "the database is busy (another Rapport is writing); try again"),
        (.SQLITE_READONLY, "attempt to write a readonly database", "the database file is read-only"),
        (.SQLITE_FULL, "database or disk is full", "the disk is full"),
    ])
    func databaseErrorsAreSaidInWords(code: ResultCode, message: String, reason: String) {
        #expect(AppDatabase.reason(DatabaseError(resultCode: code, message: message)) == reason)
    }
}
