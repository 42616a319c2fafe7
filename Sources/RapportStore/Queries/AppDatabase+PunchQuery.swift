import Foundation
import GRDB
import RapportModel

// MARK: - The punch pane: filtered, sorted, grouped and paged in SQL

extension AppDatabase {
    /// How many of the project's items match the query's filter.
    public func punchCount(_ query: PunchQuery, today: LocalDate) throws -> Int {
        if query.filter.isEmpty { return try punchTotal(projectId: query.projectId) }
        return try read { db in
            let count = try PunchSQL(query, today: today, useSearchIndex: Self.isLarge(db, query.projectId)).count
            return try Int.fetchOne(db, sql: count.sql, arguments: count.arguments)!
        }
    }

    /// The count when the kept counts or the search index give it without reading the items;
    /// nil for a large project whose filter reads rows (words of one or two letters, an
    /// assignee, a place, a status): counting those reads all of its items (45–85 ms for 100,000).
    public func quickPunchCount(_ query: PunchQuery, today: LocalDate) throws -> Int? {
        if query.filter.isEmpty { return try punchTotal(projectId: query.projectId) }
        return try read { db in
            let large = try Self.isLarge(db, query.projectId)
            let sql = PunchSQL(query, today: today, useSearchIndex: large)
            guard !large || sql.countsInTheIndex else { return nil }
            let count = sql.count
            return try Int.fetchOne(db, sql: count.sql, arguments: count.arguments)!
        }
    }

    /// Projects with more items than this filter their words through the search index.
    static let largeProject = 2_000

    /// True when the project has more than `largeProject` items: one row of the kept counts
    /// (skipping 2,000 index entries to find out cost every page of a large project that much).
    static func isLarge(_ db: Database, _ projectId: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT IFNULL((SELECT total FROM project_punch_count WHERE project_id = ?), 0) > ?",
                          arguments: [projectId, largeProject])!
    }

    /// One page of the matching items, groups first (so each group's items are together), then
    /// the sort, then the number.
    public func punchItems(_ query: PunchQuery, today: LocalDate, offset: Int, limit: Int) throws -> [PunchRow] {
        try read { db in
            let page = try PunchSQL(query, today: today, useSearchIndex: Self.isLarge(db, query.projectId))
                .page(offset: offset, limit: limit)
            return try Row.fetchAll(db, sql: page.sql, arguments: page.arguments).map(Self.punchRow)
        }
    }

    /// The headings of a grouped list, in the list's order, each with its count of matching
    /// items; empty when the query is not grouped. Items without a location have the key "".
    public func punchGroups(_ query: PunchQuery, today: LocalDate) throws -> [PunchGroupCount] {
        guard query.grouping != .none else { return [] }
        return try read { db in
            guard let groups = try PunchSQL(query, today: today, useSearchIndex: Self.isLarge(db, query.projectId)).groups
            else { return [] }
            return try Row.fetchAll(db, sql: groups.sql, arguments: groups.arguments).map {
                PunchGroupCount(key: $0["key"], count: $0["n"])
            }
        }
    }

    /// Every item of the project, whatever the filter: the "of 40" in "12 of 40 match".
    public func punchTotal(projectId: Int64) throws -> Int {
        try read { db in
            // Kept by triggers (v3), so a 100,000-item project is not counted on every keystroke.
            try Int.fetchOne(db, sql: "SELECT total FROM project_punch_count WHERE project_id = ?", arguments: [projectId]) ?? 0
        }
    }

    // MARK: - Rows

    /// The columns `punchRow` reads, from `punch_item i` left joined to `location l`.
    static let punchRowColumns = """
        i.id, i.number, i.status, i.priority, l.path, i.title, i.assignee, i.due_on, i.category,
        i.blocks_acceptance, i.rejections
        """

    /// Read by position, in `punchRowColumns`' order (every key that moves to another project
    /// reads a page; in a perf profile of that, this function was two thirds of `punchItems`,
    /// looking each column up by name much of it).
    static func punchRow(_ row: Row) -> PunchRow {
        let path: String? = row[4]
        let due: String? = row[7]
        return PunchRow(id: row[0], number: row[1], status: PunchStatus(rawValue: row[2]) ?? .open,
                        priority: Priority(rawValue: row[3]) ?? .p2,
                        location: path.map { Location(projectId: 0, path: $0).room } ?? "",
                        title: row[5], assignee: row[6], dueOn: due.flatMap { LocalDate(iso: $0) },
                        category: PunchCategory(rawValue: row[8]) ?? .other,
                        blocksAcceptance: row[9], rejections: row[10],
                        locationPath: path ?? "")
    }
}
