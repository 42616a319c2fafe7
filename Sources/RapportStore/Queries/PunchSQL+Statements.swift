import GRDB
import RapportModel

/// A statement and its arguments, as the store runs it; tests explain the same value.
struct SQLStatement {
    var sql: String
    var arguments: StatementArguments
}

// MARK: - The punch pane's statements, built once for the store and its query-plan tests

extension PunchSQL {
    /// How many items match: `punchCount` with a filter.
    var count: SQLStatement {
        let count = counting()
        return SQLStatement(sql: "SELECT COUNT(*) FROM \(count.from) WHERE \(count.where)",
                         arguments: StatementArguments(count.arguments))
    }

    /// One page of matching rows in the list's order: `punchItems`.
    func page(offset: Int, limit: Int) -> SQLStatement {
        SQLStatement(sql: """
            SELECT \(AppDatabase.punchRowColumns)
            FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
            WHERE \(whereClause)
            ORDER BY \(order)
            LIMIT ? OFFSET ?
            """, arguments: StatementArguments(allArguments + [limit, offset]))
    }

    /// The group headings with their counts: `punchGroups`; nil when the list is not grouped.
    var groups: SQLStatement? {
        guard let groupKey else { return nil }
        let count = counting(readsItems: true)
        return SQLStatement(sql: """
            SELECT IFNULL(\(groupKey), '') AS key, COUNT(*) AS n
            FROM \(count.from) WHERE \(count.where)
            GROUP BY \(groupKey) ORDER BY \(groupOrder.joined(separator: ", "))
            """, arguments: StatementArguments(count.arguments))
    }
}
