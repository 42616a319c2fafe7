import GRDB

extension AppDatabase {
    /// `v10-mail-threads`: a mail import finds a thread's messages to work out who answered
    /// what, and a reply's parents by Message-ID (already unique, so indexed).
    ///
    /// No column changes, so the undo journal's row images stay valid.
    static func indexMailThreads(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX interaction_on_thread ON interaction(thread, at) WHERE thread IS NOT NULL")
    }
}
