import Foundation
import GRDB
import RapportModel

// MARK: - The punch list read as it is written out

extension AppDatabase {
    /// Every matching item in the list's order, handed to `body` one at a time as SQLite steps
    /// through them, so a 100,000-item listing holds one row in memory, not all of them.
    ///
    /// One read transaction: the listing is one consistent view even while others write.
    public func forEachPunchItem(_ query: PunchQuery, today: LocalDate, _ body: (PunchRow) throws -> Void) throws {
        try read { db in
            // LIMIT -1 is SQLite's "no limit".
            let all = try PunchSQL(query, today: today, useSearchIndex: Self.isLarge(db, query.projectId))
                .page(offset: 0, limit: -1)
            let rows = try Row.fetchCursor(db, sql: all.sql, arguments: all.arguments)
            while let row = try rows.next() { try body(Self.punchRow(row)) }
        }
    }
}
