import GRDB

// Migration "v9-calendar-records": meetings as iCalendar records (overrides, RDATEs, SEQUENCE,
// stamps, all-day, status), each occurrence's notes and action items, and the files of a vdir
// with the change log that lets a sync with nothing to do skip every meeting.
extension AppDatabase {
    /// Rebuilds `meeting` (an override shares its series' UID, so `uid` is unique among series
    /// only, which SQLite cannot change in place) and adds the tables around it.
    ///
    /// Uses string names only, as every migration does.
    static func addCalendarRecords(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meeting_v9 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_id INTEGER REFERENCES project(id) ON DELETE CASCADE,
                customer_id INTEGER REFERENCES customer(id) ON DELETE CASCADE,
                uid TEXT NOT NULL,
                title TEXT NOT NULL,
                starts_at DATETIME NOT NULL,
                ends_at DATETIME NOT NULL,
                tzid TEXT NOT NULL,
                rrule TEXT,
                exdates TEXT NOT NULL DEFAULT '[]',
                location TEXT NOT NULL DEFAULT '',
                organizer TEXT NOT NULL DEFAULT '',
                sales_welcome BOOLEAN NOT NULL DEFAULT 0,
                agenda TEXT NOT NULL DEFAULT '',
                minutes TEXT NOT NULL DEFAULT '',
                last_ends_at DATETIME,
                series_id INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
                recurrence_id DATETIME,
                rdates TEXT NOT NULL DEFAULT '[]',
                sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
                dtstamp DATETIME,
                last_modified DATETIME,
                all_day BOOLEAN NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('tentative', 'confirmed', 'cancelled')),
                details TEXT NOT NULL DEFAULT '',
                CHECK (ends_at >= starts_at),
                CHECK ((series_id IS NULL) = (recurrence_id IS NULL)),
                CHECK (series_id IS NULL OR rrule IS NULL)
            );
            INSERT INTO meeting_v9 (id, project_id, customer_id, uid, title, starts_at, ends_at, tzid, rrule, exdates,
                                    location, organizer, sales_welcome, agenda, minutes, last_ends_at)
            SELECT id, project_id, customer_id, uid, title, starts_at, ends_at, tzid, rrule, exdates,
                   location, organizer, sales_welcome, agenda, minutes, last_ends_at FROM meeting;
            DROP TABLE meeting;
            ALTER TABLE meeting_v9 RENAME TO meeting;
            CREATE INDEX meeting_on_project_id ON meeting(project_id);
            CREATE INDEX meeting_on_customer_id ON meeting(customer_id);
            CREATE INDEX meeting_on_last_ends_at ON meeting(last_ends_at);
            CREATE UNIQUE INDEX meeting_series_uid ON meeting(uid) WHERE series_id IS NULL;
            CREATE UNIQUE INDEX meeting_override_of_series ON meeting(series_id, recurrence_id) WHERE series_id IS NOT NULL;

            -- As in v4, and more: an override written re-expands its series too (which skips it).
            CREATE TRIGGER meeting_occurrence_stale_on_insert AFTER INSERT ON meeting BEGIN
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id) VALUES (NEW.id);
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id)
                SELECT NEW.series_id WHERE NEW.series_id IS NOT NULL;
            END;
            CREATE TRIGGER meeting_occurrence_stale_on_update
            AFTER UPDATE OF id, starts_at, ends_at, tzid, rrule, exdates, series_id, recurrence_id, rdates, all_day, status
            ON meeting BEGIN
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id) VALUES (NEW.id);
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id)
                SELECT NEW.series_id WHERE NEW.series_id IS NOT NULL;
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id)
                SELECT OLD.series_id WHERE OLD.series_id IS NOT NULL AND OLD.series_id IN (SELECT id FROM meeting);
            END;
            CREATE TRIGGER meeting_occurrence_stale_on_delete AFTER DELETE ON meeting
            WHEN OLD.series_id IS NOT NULL BEGIN
                INSERT OR IGNORE INTO meeting_occurrence_stale(meeting_id)
                SELECT OLD.series_id WHERE OLD.series_id IN (SELECT id FROM meeting);
            END;

            -- All-day occurrences are read by date, not by instant.
            ALTER TABLE meeting_occurrence ADD COLUMN all_day BOOLEAN NOT NULL DEFAULT 0;

            -- Each occurrence's own agenda, minutes and attendance (attendee ids), keyed by the
            -- series and the occurrence's original start, so a moved occurrence keeps its notes.
            CREATE TABLE meeting_note (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                occurs_at DATETIME NOT NULL,
                agenda TEXT NOT NULL DEFAULT '',
                minutes TEXT NOT NULL DEFAULT '',
                attended TEXT NOT NULL DEFAULT '[]',
                updated_at DATETIME NOT NULL,
                UNIQUE (meeting_id, occurs_at)
            );
            CREATE TABLE action_item (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                occurs_at DATETIME NOT NULL,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                owner TEXT NOT NULL DEFAULT '',
                due_on TEXT,
                done BOOLEAN NOT NULL DEFAULT 0,
                punch_item_id INTEGER REFERENCES punch_item(id) ON DELETE SET NULL,
                created_at DATETIME NOT NULL
            );
            CREATE INDEX action_item_on_meeting ON action_item(meeting_id, occurs_at);
            CREATE INDEX action_item_on_punch_item ON action_item(punch_item_id);

            -- The .ics files of a vdir as last synced: a file whose size and mtime are unchanged
            -- is not read again; etag is a digest of what Rapport last wrote or read.
            CREATE TABLE calendar_file (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                folder TEXT NOT NULL,
                file_name TEXT NOT NULL,
                uid TEXT NOT NULL,
                mtime REAL NOT NULL,
                size INTEGER NOT NULL,
                etag TEXT NOT NULL,
                UNIQUE (folder, file_name)
            );
            CREATE INDEX calendar_file_on_uid ON calendar_file(folder, uid);

            -- Folders kept in sync, each with the last change it has seen.
            CREATE TABLE calendar_folder (
                folder TEXT PRIMARY KEY,
                change_id INTEGER NOT NULL DEFAULT 0
            );
            -- The UIDs whose meetings or attendees changed, by any code path, while a folder is
            -- kept in sync: a sync with nothing changed reads this, not every meeting.
            CREATE TABLE calendar_change (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                uid TEXT NOT NULL
            );
            CREATE TRIGGER calendar_change_on_meeting_insert AFTER INSERT ON meeting
            WHEN EXISTS (SELECT 1 FROM calendar_folder) BEGIN
                INSERT INTO calendar_change (uid) VALUES (NEW.uid);
            END;
            CREATE TRIGGER calendar_change_on_meeting_update AFTER UPDATE ON meeting
            WHEN EXISTS (SELECT 1 FROM calendar_folder) BEGIN
                INSERT INTO calendar_change (uid) VALUES (NEW.uid);
                INSERT INTO calendar_change (uid) SELECT OLD.uid WHERE OLD.uid <> NEW.uid;
            END;
            CREATE TRIGGER calendar_change_on_meeting_delete AFTER DELETE ON meeting
            WHEN EXISTS (SELECT 1 FROM calendar_folder) BEGIN
                INSERT INTO calendar_change (uid) VALUES (OLD.uid);
            END;
            CREATE TRIGGER calendar_change_on_attendee_insert AFTER INSERT ON attendee
            WHEN EXISTS (SELECT 1 FROM calendar_folder) BEGIN
                INSERT INTO calendar_change (uid) SELECT uid FROM meeting WHERE id = NEW.meeting_id;
            END;
            CREATE TRIGGER calendar_change_on_attendee_update AFTER UPDATE ON attendee
            WHEN EXISTS (SELECT 1 FROM calendar_folder) BEGIN
                INSERT INTO calendar_change (uid) SELECT uid FROM meeting WHERE id IN (NEW.meeting_id, OLD.meeting_id);
            END;
            CREATE TRIGGER calendar_change_on_attendee_delete AFTER DELETE ON attendee
            WHEN EXISTS (SELECT 1 FROM calendar_folder) BEGIN
                INSERT INTO calendar_change (uid) SELECT uid FROM meeting WHERE id = OLD.meeting_id;
            END;
            """)
    }
}
