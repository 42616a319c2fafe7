import Foundation
import GRDB
import RapportModel

// MARK: - Undo and redo: putting row images back

extension Journal {
    enum Direction {
        case undo, redo

        var name: String { self == .undo ? "undo" : "redo" }
    }

    /// One row an entry touched: its image before and after (nil = not there).
    struct Change {
        var table: String
        var rowId: Int64
        var before: String?
        var after: String?

        /// The image the row should have once the entry is replayed in `direction`.
        func target(_ direction: Direction) -> String? { direction == .undo ? before : after }
    }

    /// The entry's changes in the order the mutation made them.
    static func changes(_ db: Database, entryId: Int64) throws -> [Change] {
        try Row.fetchAll(db, sql: """
            SELECT table_name, row_id, before_json, after_json FROM journal_change WHERE entry_id = ? ORDER BY id
            """, arguments: [entryId]).map {
            Change(table: $0["table_name"], rowId: $0["row_id"], before: $0["before_json"], after: $0["after_json"])
        }
    }

    /// Puts the entry's rows back as they were before it (undo) or as it left them (redo).
    ///
    /// Refuses, changing nothing, when a row no longer looks as the entry expects: something
    /// outside the journal changed it, and restoring the image would silently lose that change.
    static func replay(_ db: Database, entryId: Int64, changes: [Change], label: String,
                       direction: Direction) throws {
        let expected = direction == .undo ? "after_json" : "before_json"
        var tables: [String] = []
        for change in changes where !tables.contains(change.table) { tables.append(change.table) }
        for table in tables {
            let drifted = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM journal_change c
                WHERE c.entry_id = ? AND c.table_name = ?
                  AND c.\(expected) IS NOT (SELECT \(try image(db, table, alias: "t")) FROM \(table) t WHERE t.id = c.row_id)
                """, arguments: [entryId, table])!
            if drifted > 0 { throw AppError.journalConflict(action: direction.name, label: label) }
        }
        // Undo walks backwards so a row inserted first (a new location) is deleted last, after
        // the rows that point at it; redo walks forwards for the same reason.
        let ordered = direction == .undo ? Array(changes.reversed()) : changes
        var keys: [String: [String]] = [:]
        for change in ordered {
            guard let image = change.target(direction) else {
                try db.execute(sql: "DELETE FROM \(change.table) WHERE id = ?", arguments: [change.rowId])
                continue
            }
            if keys[change.table] == nil {
                // One entry's images of a table share their columns: read them from the first.
                let columns = Set(try db.columns(in: change.table).map(\.name))
                keys[change.table] = try String.fetchAll(db, sql: "SELECT key FROM json_each(?)", arguments: [image])
                    .filter(columns.contains)
            }
            try restore(db, table: change.table, id: change.rowId, image: image, keys: keys[change.table]!)
        }
    }

    /// Makes the row equal to `image`: updated where it exists, inserted where it does not.
    private static func restore(_ db: Database, table: String, id: Int64, image: String, keys: [String]) throws {
        let values = keys.map { "json_extract(?1, '$.\($0)')" }
        let assignments = zip(keys, values).map { "\($0) = \($1)" }.joined(separator: ", ")
        try db.cachedStatement(sql: "UPDATE \(table) SET \(assignments) WHERE id = ?2").execute(arguments: [image, id])
        if db.changesCount == 0 {
            try db.cachedStatement(sql: """
                INSERT INTO \(table) (\(keys.joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))
                """).execute(arguments: [image])
        }
    }
}
