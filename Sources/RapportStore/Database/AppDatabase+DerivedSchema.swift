import GRDB

// Tables the store derives from the others so the dashboard answers from indexes: expanded
// meeting occurrences.
extension AppDatabase {
    /// Migration "v3-occurrences-and-snapshot-validity".
    ///
    /// Uses string names only, as every migration does, so later model changes cannot alter it.
    static func createDerivedTables(_ db: Database) throws {
        try createMeetingOccurrences(db)
    }

    /// Occurrences of every series, expanded for a window of instants, so the agenda is an
    /// indexed range read instead of an expansion of every series on each call.
    private static func createMeetingOccurrences(_ db: Database) throws {
        // Instants are seconds since 1970 (REAL): they are compared and returned, never shown,
        // and numbers are cheaper to compare and read back than text. The primary key is the
        // agenda's order, so the table itself is the index the range read walks.
        try db.execute(sql: """
            CREATE TABLE meeting_occurrence (
                meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                starts_at REAL NOT NULL,
                ends_at REAL NOT NULL,
                PRIMARY KEY (starts_at, meeting_id)
            ) WITHOUT ROWID;
            CREATE INDEX meeting_occurrence_on_meeting_id ON meeting_occurrence(meeting_id);

            -- One row: every occurrence starting in [starts_at, ends_at) is in meeting_occurrence;
            -- no occurrence lasts longer than `longest` seconds (so an overlap read knows how far
            -- back to start).
            CREATE TABLE meeting_occurrence_window (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                starts_at REAL NOT NULL,
                ends_at REAL NOT NULL,
                longest REAL NOT NULL DEFAULT 0
            );

            -- Series written since their occurrences were expanded, by whatever code path: the
            -- next agenda read re-expands them first.
            CREATE TABLE meeting_occurrence_stale (
                meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE
            );
            CREATE TRIGGER meeting_occurrence_stale_on_insert AFTER INSERT ON meeting BEGIN
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id) VALUES (NEW.id);
            END;
            CREATE TRIGGER meeting_occurrence_stale_on_update
            AFTER UPDATE OF id, starts_at, ends_at, tzid, rrule, exdates ON meeting BEGIN
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id) VALUES (NEW.id);
            END;
            """)
    }
}
