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

// MARK: - The listing's full rows, for CSV and Markdown

extension AppDatabase {
    /// One location's part of a listing (nil: the items without one), with its counts.
    public struct PunchListingGroup: Hashable, Sendable {
        public var location: String?
        public var total: Int
        public var open: Int
        /// Open and blocking acceptance.
        public var blocking: Int
        /// Open and due before the day.
        public var overdue: Int
    }

    /// The matching items' locations with their counts, in no particular order: one grouped
    /// read, so a report can print its totals and headings before its rows.
    public func punchListingGroups(_ query: PunchQuery, today: LocalDate) throws -> [PunchListingGroup] {
        try read { db in
            let sql = PunchSQL(query, today: today, useSearchIndex: try Self.isLarge(db, query.projectId))
            let open = "i.status IN (\(PunchSQL.openStatuses))"
            return try Row.fetchAll(db, sql: """
                SELECT NULLIF(l.path, ''), COUNT(*), TOTAL(\(open)), TOTAL(\(open) AND i.blocks_acceptance),
                       TOTAL(\(open) AND i.due_on < ?)
                FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
                WHERE \(sql.whereClause) GROUP BY NULLIF(l.path, '')
                """, arguments: StatementArguments([today.iso] + sql.allArguments)).map {
                PunchListingGroup(location: $0[0], total: $0[1], open: Int($0[2] as Double), blocking: Int($0[3] as Double),
                                  overdue: Int($0[4] as Double))
            }
        }
    }

    /// Every matching item with all its fields, handed to `body` as SQLite steps through them:
    /// in the list's order, or with `location`, only that location's (`.some(nil)`: those
    /// without one), open ones first, each part by number, as a report reads them.
    public func forEachPunchExport(_ query: PunchQuery, today: LocalDate, location: String?? = nil,
                                   _ body: (PunchItemExport) throws -> Void) throws {
        try read { db in
            let sql = PunchSQL(query, today: today, useSearchIndex: try Self.isLarge(db, query.projectId))
            var condition = sql.whereClause, arguments = sql.allArguments, order = sql.order, items = "punch_item i"
            if let location {
                if let path = location {
                    // Through the location's index, so each group reads only its own items: left
                    // to itself SQLite walks the whole project's (by project and status) per group.
                    items = "punch_item i INDEXED BY punch_item_on_location_id"
                    condition += " AND i.location_id = (SELECT id FROM location WHERE project_id = ? AND path = ?)"
                    arguments += [query.projectId, path]
                } else {
                    condition += " AND (i.location_id IS NULL OR i.location_id IN (SELECT id FROM location WHERE project_id = ? AND path = ''))"
                    arguments.append(query.projectId)
                }
                order = "i.status IN (\(PunchSQL.openStatuses)) DESC, i.number"
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(PunchItem.punchColumns), \(PunchExternalFields.columns), l.path AS location_path
                FROM \(items) LEFT JOIN location l ON l.id = i.location_id
                WHERE \(condition) ORDER BY \(order)
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                try body(PunchItemExport(item: PunchItem(punchRow: row), locationPath: row["location_path"],
                                         external: PunchExternalFields(row: row, at: PunchItem.punchColumnCount)))
            }
        }
    }
}
