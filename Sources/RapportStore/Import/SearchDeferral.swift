import GRDB

/// For a large import, the search index is filled with one statement after the rows are in,
/// not by its per-row trigger: the trigger's one-row inserts into the FTS table were about
/// 40% of a 10,000-row import.
///
/// The trigger is dropped and made again (from its own stored SQL) inside the import's
/// transaction, so no other connection ever sees the schema without it. The text indexed is
/// the trigger's (`title`, char(1), the location path); `ImportSearchIndexTests` compares the
/// two, so a change to one is caught.
struct SearchDeferral {
    static let trigger = "punch_search_after_insert"
    /// Below this many new rows the trigger is left alone: the schema change costs more.
    static let threshold = 500

    let db: Database
    private let triggerSQL: String?
    private let lastId: Int64

    init(_ db: Database, adding count: Int) throws {
        self.db = db
        guard count >= Self.threshold,
              let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                            arguments: [Self.trigger])
        else {
            triggerSQL = nil
            lastId = 0
            return
        }
        triggerSQL = sql
        lastId = try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM punch_item") ?? 0
        try db.execute(sql: "DROP TRIGGER \(Self.trigger)")
    }

    /// Indexes the rows inserted since `init` and puts the trigger back.
    func finish() throws {
        guard let triggerSQL else { return }
        try db.execute(sql: """
            INSERT INTO punch_search(rowid, text)
            SELECT (i.project_id << 32) + i.number, i.title || char(1) || IFNULL(l.path, '')
            FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
            WHERE i.id > ?
            """, arguments: [lastId])
        try db.execute(sql: triggerSQL)
    }
}
