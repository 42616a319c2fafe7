import Foundation
import GRDB
import RapportModel

// MARK: - Per user: whose step comes next, and who built on it

extension Journal {
    /// The id of `who`'s step that undo (their newest not undone) or redo (their most recently
    /// undone, which is their oldest undone) would replay; nil when there is none.
    static func next(_ db: Database, _ direction: Direction, by who: String) throws -> Int64? {
        let sql = direction == .undo
            ? "SELECT id FROM journal_entry WHERE who = ? AND NOT undone ORDER BY id DESC LIMIT 1"
            : "SELECT id FROM journal_entry WHERE who = ? AND undone ORDER BY id LIMIT 1"
        return try Int64.fetchOne(db, sql: sql, arguments: [who])
    }

    /// The first step another user made after the entry, still in force, that changed one of
    /// its rows, or changed an item that is now in a location the entry created (undo would
    /// delete the location from under it); nil when nobody built on it.
    static func builtOn(_ db: Database, entryId: Int64, by who: String) throws -> (who: String, label: String)? {
        let first = try [builtOnSameRowsSQL, builtOnNewPlacesSQL]
            .compactMap { try Row.fetchOne(db, sql: $0, arguments: [entryId, who]) }
            .min { ($0["id"] as Int64) < ($1["id"] as Int64) }
        return first.map { (who: $0["who"], label: $0["label"]) }
    }

    /// Later steps of others, still in force, on the entry's rows (`?1` the entry, `?2` its user).
    /// Driven from the entry's own rows through `journal_change_on_row` (v5), so a long journal
    /// is not read whole.
    static let builtOnSameRowsSQL = """
        SELECT e.id, e.who, e.label FROM journal_change mine
        JOIN journal_change c ON c.table_name = mine.table_name AND c.row_id = mine.row_id
                             AND c.entry_id > mine.entry_id
        JOIN journal_entry e ON e.id = c.entry_id
        WHERE mine.entry_id = ?1 AND NOT e.undone AND e.who <> ?2
        ORDER BY e.id LIMIT 1
        """

    /// Later steps of others, still in force, on an item that is now in a location the entry
    /// created: found from the location's items (indexed), not by reading every later image.
    /// CROSS JOIN keeps that order: without statistics the planner would start from `c`.
    static let builtOnNewPlacesSQL = """
        SELECT e.id, e.who, e.label FROM journal_change mine
        CROSS JOIN punch_item i ON i.location_id = mine.row_id
        CROSS JOIN journal_change c ON c.table_name = 'punch_item' AND c.row_id = i.id AND c.entry_id > mine.entry_id
        JOIN journal_entry e ON e.id = c.entry_id
        WHERE mine.entry_id = ?1 AND mine.table_name = 'location' AND mine.before_json IS NULL
          AND NOT e.undone AND e.who <> ?2
        ORDER BY e.id LIMIT 1
        """

    /// Another user's undone step on the entry's rows, newest first: why the rows drifted from
    /// the entry's images when no step in force explains it (e.g. they undid the step this
    /// entry built on); nil when nobody's undo explains it.
    static func undoneUnder(_ db: Database, entryId: Int64, by who: String) throws -> (who: String, label: String)? {
        try Row.fetchOne(db, sql: undoneUnderSQL, arguments: [entryId, who]).map { (who: $0["who"], label: $0["label"]) }
    }

    static let undoneUnderSQL = """
        SELECT e.id, e.who, e.label FROM journal_change mine
        JOIN journal_change c ON c.table_name = mine.table_name AND c.row_id = mine.row_id
                             AND c.entry_id <> mine.entry_id
        JOIN journal_entry e ON e.id = c.entry_id
        WHERE mine.entry_id = ?1 AND e.undone AND e.who <> ?2
        ORDER BY e.id DESC LIMIT 1
        """
}
