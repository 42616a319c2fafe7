import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// Those of `ids` that `query` shows, in the order given: a bulk change acts on these only,
    /// so an item marked before a change moved it out of the filter is left alone.
    public func punchIds(_ ids: [Int64], matching query: PunchQuery, today: LocalDate) throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let sql = try PunchSQL(query, today: today, useSearchIndex: Self.isLarge(db, query.projectId))
            var shown = Set<Int64>()
            // Chunks stay well under SQLite's limit on host parameters.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                let found = try Int64.fetchAll(db, sql: """
                    SELECT i.id FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
                    WHERE \(sql.whereClause) AND i.id IN (\(marks))
                    """, arguments: StatementArguments(sql.allArguments + chunk))
                shown.formUnion(found)
            }
            return ids.filter(shown.contains)
        }
    }
}
