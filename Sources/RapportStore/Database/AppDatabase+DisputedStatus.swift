import GRDB

extension AppDatabase {
    /// `v7-punch-disputed-status`: `disputed` joins the statuses the item's CHECK allows, and the
    /// triggers and index that count open items count it as open.
    ///
    /// Allowing one more value changes nothing stored, so the CHECK is widened in place, as
    /// SQLite's ALTER TABLE documentation describes for such changes (writable schema, then a new
    /// schema version), not by rebuilding the table its triggers, search index and journal hang on.
    static func allowDisputedStatus(_ db: Database) throws {
        let before = "'ready', 'closed', 'void')", after = "'ready', 'closed', 'void', 'disputed')"
        guard let table = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'punch_item'"),
              table.contains(before)
        else { throw DatabaseError(message: "v6: punch_item's status check is not the one v1 made") }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        try db.execute(sql: "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'punch_item'",
                       arguments: [table.replacingOccurrences(of: before, with: after)])
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        // Every trigger and index that spells out the open statuses, made again with disputed among them.
        let open = "('open', 'in-progress', 'ready')", withDisputed = "('open', 'in-progress', 'ready', 'disputed')"
        let objects = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql LIKE ?
            """, arguments: ["%" + open + "%"])
        for object in objects {
            let (type, name, sql): (String, String, String) = (object["type"], object["name"], object["sql"])
            try db.execute(sql: "DROP \(type == "index" ? "INDEX" : "TRIGGER") \(name.quotedDatabaseIdentifier)")
            try db.execute(sql: sql.replacingOccurrences(of: open, with: withDisputed))
        }
    }
}
