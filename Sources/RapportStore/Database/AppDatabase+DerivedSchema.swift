import GRDB

// Tables the store derives from the others so the dashboard answers from indexes: expanded
// meeting occurrences, and the bookkeeping that says when the temperature snapshots still hold.
extension AppDatabase {
    /// Migration "v4-occurrences-and-snapshot-validity".
    ///
    /// Uses string names only, as every migration does, so later model changes cannot alter it.
    static func createDerivedTables(_ db: Database) throws {
        try createMeetingOccurrences(db)
        try createTemperatureValidity(db)
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

    /// A counter that moves whenever a temperature's inputs change, and the day, zone and
    /// counter the stored snapshots were computed for: they hold while all three are unchanged.
    private static func createTemperatureValidity(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE temperature_inputs (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                version INTEGER NOT NULL
            );
            INSERT INTO temperature_inputs (id, version) VALUES (1, 0);
            CREATE TABLE temperature_cache (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                day TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                inputs_version INTEGER NOT NULL
            );
            -- What the stored row is: its caps, and the score its trend compares with.
            ALTER TABLE temperature_snapshot ADD COLUMN caps TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE temperature_snapshot ADD COLUMN trend_base INTEGER;
            -- Today's rows, and those of 14 days ago for the trend, are read by day.
            CREATE INDEX temperature_snapshot_on_day ON temperature_snapshot(day);
            """)
        // Only the columns a temperature reads: renaming an item or editing a body does not
        // throw the snapshots away.
        let watched: [(table: String, columns: String)] = [
            ("customer", "id"),
            ("project", "id, customer_id"),
            ("contact", "customer_id, role, left_on"),
            ("punch_item", "project_id, priority, status, due_on, rejections, blocks_acceptance"),
            ("milestone", "project_id, due_on, payment, requires_acceptance, accepted_on"),
            ("interaction", "customer_id, kind, at, sentiment, urgency, answered_at"),
        ]
        let bump = "UPDATE temperature_inputs SET version = version + 1 WHERE id = 1;"
        for (table, columns) in watched {
            try db.execute(sql: """
                CREATE TRIGGER temperature_inputs_on_\(table)_insert AFTER INSERT ON \(table) BEGIN \(bump) END;
                CREATE TRIGGER temperature_inputs_on_\(table)_delete AFTER DELETE ON \(table) BEGIN \(bump) END;
                CREATE TRIGGER temperature_inputs_on_\(table)_update AFTER UPDATE OF \(columns) ON \(table) BEGIN \(bump) END;
                """)
        }
        // The scorer reads every open item's priority, due date, rejections and blocking flag:
        // a partial index on the open items holds exactly that (status too, so SQLite reads
        // it as covering), a tenth of the table's bytes, in the order the scorer groups by.
        try db.execute(sql: """
            CREATE INDEX punch_item_open_signals
            ON punch_item(project_id, priority, due_on, rejections, blocks_acceptance, status)
            WHERE status IN ('open', 'in-progress', 'ready')
            """)
        // ... and the recent messages with a sentiment: by time, with all it reads of them.
        try db.execute(sql: """
            CREATE INDEX interaction_tone_on_at ON interaction(at, customer_id, sentiment, kind)
            WHERE sentiment IS NOT NULL
            """)
        // The scorer reads the unanswered escalations of every customer: a partial index holds
        // just those few rows.
        try db.execute(sql: """
            CREATE INDEX interaction_escalation_on_customer_at ON interaction(customer_id, at)
            WHERE kind = 'email-in' AND urgency >= 0.7
            """)
    }
}
