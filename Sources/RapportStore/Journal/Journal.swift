import Foundation
import GRDB

/// Records one mutation's row images inside its write transaction, so undo can put them back.
///
/// A mutation begins an entry, tells the journal which rows it is about to update (their
/// images are captured at once, in SQL) and which rows it inserted, and finishes: the journal
/// then captures every touched row as it now is, drops rows that ended as they began, and
/// discards its user's redo tail. An entry with no change left is removed, so a no-op is not an undo
/// step and does not cost the user their redo tail.
final class Journal {
    let db: Database
    let entryId: Int64
    let who: String
    private var tables: [String] = []

    /// How many entries the journal keeps; older ones are dropped as new ones come.
    static let depth: Int64 = 500

    private init(db: Database, entryId: Int64, who: String) {
        self.db = db
        self.entryId = entryId
        self.who = who
    }

    /// Starts an entry; its label is set by `finish`, once the mutation knows what it did.
    static func begin(_ db: Database, who: String, at: Date) throws -> Journal {
        try db.execute(sql: "INSERT INTO journal_entry (at, who, label) VALUES (?, ?, '')", arguments: [at, who])
        return Journal(db: db, entryId: db.lastInsertedRowID, who: who)
    }

    /// Captures the rows' images before they change; rows already captured in this entry keep
    /// their first image.
    func willUpdate(_ table: String, ids: some Collection<Int64>) throws {
        guard !ids.isEmpty else { return }
        note(table)
        try db.execute(sql: try Self.captureBeforeSQL(db, table), arguments: [entryId, table, Self.jsonArray(ids)])
    }

    /// Notes a row the mutation inserted: undo deletes it.
    func didInsert(_ table: String, id: Int64) throws {
        note(table)
        try db.cachedStatement(sql: "INSERT INTO journal_change (entry_id, table_name, row_id) VALUES (?, ?, ?)")
            .execute(arguments: [entryId, table, id])
    }

    /// Captures the after images and names the entry; returns false (and removes the entry)
    /// when nothing actually changed.
    @discardableResult
    func finish(label: String) throws -> Bool {
        for table in tables {
            try db.execute(sql: try Self.captureAfterSQL(db, table), arguments: [entryId, table])
        }
        try db.execute(sql: "DELETE FROM journal_change WHERE entry_id = ? AND before_json IS after_json",
                       arguments: [entryId])
        let kept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_change WHERE entry_id = ?",
                                    arguments: [entryId])!
        guard kept > 0 else {
            try db.execute(sql: "DELETE FROM journal_entry WHERE id = ?", arguments: [entryId])
            return false
        }
        // A new mutation makes its user's undone entries unreachable: their redo tail goes.
        // Other users keep theirs (redo is per user); redoing over this step is refused then.
        try db.execute(sql: "DELETE FROM journal_entry WHERE undone AND who = ?", arguments: [who])
        try db.execute(sql: "DELETE FROM journal_entry WHERE id <= ?", arguments: [entryId - Self.depth])
        try db.execute(sql: "UPDATE journal_entry SET label = ? WHERE id = ?", arguments: [label, entryId])
        return true
    }

    private func note(_ table: String) {
        if !tables.contains(table) { tables.append(table) }
    }

    // MARK: - Statements

    /// Captures the before images of the rows in `?3` (a JSON array of ids) of table `?2` for
    /// entry `?1`, skipping rows the entry already holds.
    static func captureBeforeSQL(_ db: Database, _ table: String) throws -> String {
        """
        INSERT INTO journal_change (entry_id, table_name, row_id, before_json)
        SELECT ?1, ?2, t.id, \(try image(db, table, alias: "t")) FROM \(table) t
        WHERE t.id IN (SELECT value FROM json_each(?3))
          AND t.id NOT IN (SELECT row_id FROM journal_change WHERE entry_id = ?1 AND table_name = ?2)
        """
    }

    /// Captures the after images of entry `?1`'s rows of table `?2`.
    static func captureAfterSQL(_ db: Database, _ table: String) throws -> String {
        """
        UPDATE journal_change
        SET after_json = (SELECT \(try image(db, table, alias: "t")) FROM \(table) t WHERE t.id = journal_change.row_id)
        WHERE entry_id = ?1 AND table_name = ?2
        """
    }

    // MARK: - Row images

    /// A JSON object of every column of `alias`'s row, made by SQLite so values keep their types.
    static func image(_ db: Database, _ table: String, alias: String) throws -> String {
        let pairs = try db.columns(in: table).map { "'\($0.name)', \(alias).\($0.name)" }
        return "json_object(\(pairs.joined(separator: ", ")))"
    }

    /// `[1,2,3]`: a set of ids as one statement argument, read back with `json_each`.
    static func jsonArray(_ ids: some Collection<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
