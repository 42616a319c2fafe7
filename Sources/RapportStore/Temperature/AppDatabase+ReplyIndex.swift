import GRDB

extension AppDatabase {
    /// `v11-reply-index`: responsiveness reads every customer's recent outbound mail (when it
    /// went, when the customer answered) at two instants; a partial index on the `email-out`
    /// rows holds all it reads, in time order (kind too, so SQLite reads it as covering), so the
    /// read is one range with no table row.
    ///
    /// The stored temperatures also record the settings they were scored with, so a change to
    /// `[temperature]` in config.toml scores again instead of showing the old weights' scores.
    /// No journaled table changes shape, so the undo journal's row images stay valid.
    static func indexReplies(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX interaction_reply_on_at ON interaction(at, customer_id, answered_at, kind)
            WHERE kind = 'email-out';
            ALTER TABLE temperature_cache ADD COLUMN settings TEXT NOT NULL DEFAULT '';
            """)
    }
}
