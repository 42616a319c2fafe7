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

extension AppDatabase {
    /// `v15-awaiting-mail-index`: the watch list reads every customer's inbound mail still
    /// unanswered; a partial index holds just those rows (a few thousand of the `l` set's
    /// 200,000 interactions) in time order, instead of a scan of the whole table and a sort.
    static func indexAwaitingMail(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX interaction_awaiting_on_at ON interaction(at, customer_id, urgency)
            WHERE kind = 'email-in' AND answered_at IS NULL
            """)
    }
}
