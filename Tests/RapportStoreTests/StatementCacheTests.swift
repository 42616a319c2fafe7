import GRDB
import GRDBSQLite
import Testing
@testable import RapportStore

/// A detail view's reads run on every open: a statement prepared by one read is still prepared
/// in the next, so opening a view again does not parse its SQL again.
@Suite struct StatementCacheTests {
    @Test func aStatementReadInOneReadIsNotPreparedAgainByTheNext() throws {
        // Given a read that prepared a cached statement
        let database = try AppDatabase.inMemory()
        let sql = "SELECT COUNT(*) FROM customer WHERE id > ?"
        _ = try database.read { db in try Int.fetchOne(db, cached: sql, arguments: [0]) }
        // When later reads run it again
        for _ in 0..<3 { _ = try database.read { db in try Int.fetchOne(db, cached: sql, arguments: [0]) } }
        // Then SQLite never had to prepare it again (a flag pragma between reads would expire it)
        let reprepared = try database.read { db in
            sqlite3_stmt_status(try db.cachedStatement(sql: sql).sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0)
        }
        #expect(reprepared == 0)
    }
}
