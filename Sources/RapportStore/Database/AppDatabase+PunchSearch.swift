import GRDB

extension AppDatabase {
    /// Lets a project of 100,000 items be sorted and filtered per keystroke: indexes in the
    /// orders the punch pane sorts by, and a trigram full-text index of title and location
    /// that answers "contains this word" without reading every row.
    static func createPunchOrderAndSearch(_ db: Database) throws {
        // The expressions must match PunchSQL's ORDER BY exactly for SQLite to use them. (A
        // `NOT IN` list is rewritten by the planner before matching, so open-first is written as
        // "closed or void last".)
        try db.execute(sql: """
            CREATE INDEX punch_item_open_first ON punch_item(project_id, status IN ('closed', 'void'), number);
            CREATE INDEX punch_item_by_priority ON punch_item(project_id, priority, number);
            CREATE INDEX punch_item_by_due ON punch_item(project_id, due_on IS NULL, due_on, number);

            -- One row per item: its title and location path, folded by the tokenizer. The rowid is
            -- (project id << 32) + item number, so one project's matches are a rowid range that
            -- the index counts by itself, with no look-up of the items.
            CREATE VIRTUAL TABLE punch_search USING fts5(text, tokenize = 'trigram');
            INSERT INTO punch_search(rowid, text)
                SELECT (i.project_id << 32) + i.number, i.title || char(1) || IFNULL(l.path, '')
                FROM punch_item i LEFT JOIN location l ON l.id = i.location_id;

            CREATE TRIGGER punch_search_after_insert AFTER INSERT ON punch_item BEGIN
                INSERT INTO punch_search(rowid, text)
                VALUES ((new.project_id << 32) + new.number,
                        new.title || char(1) || IFNULL((SELECT path FROM location WHERE id = new.location_id), ''));
            END;
            CREATE TRIGGER punch_search_after_update AFTER UPDATE OF title, location_id, number, project_id ON punch_item BEGIN
                DELETE FROM punch_search WHERE rowid = (old.project_id << 32) + old.number;
                INSERT INTO punch_search(rowid, text)
                VALUES ((new.project_id << 32) + new.number,
                        new.title || char(1) || IFNULL((SELECT path FROM location WHERE id = new.location_id), ''));
            END;
            CREATE TRIGGER punch_search_after_delete AFTER DELETE ON punch_item BEGIN
                DELETE FROM punch_search WHERE rowid = (old.project_id << 32) + old.number;
            END;
            -- Each project's item counts, kept by triggers (not journaled: undo replays rows, and
            -- the triggers follow), so a page of projects or a write does not count 100,000 rows.
            CREATE TABLE project_punch_count (
                project_id INTEGER PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
                total INTEGER NOT NULL DEFAULT 0,
                open INTEGER NOT NULL DEFAULT 0
            );
            INSERT INTO project_punch_count (project_id, total, open)
                SELECT project_id, COUNT(*), SUM(status IN ('open', 'in-progress', 'ready'))
                FROM punch_item GROUP BY project_id;
            CREATE TRIGGER punch_count_after_insert AFTER INSERT ON punch_item BEGIN
                INSERT INTO project_punch_count (project_id, total, open)
                VALUES (new.project_id, 1, new.status IN ('open', 'in-progress', 'ready'))
                ON CONFLICT (project_id) DO UPDATE SET total = total + 1, open = open + excluded.open;
            END;
            CREATE TRIGGER punch_count_after_delete AFTER DELETE ON punch_item BEGIN
                UPDATE project_punch_count
                SET total = total - 1, open = open - (old.status IN ('open', 'in-progress', 'ready'))
                WHERE project_id = old.project_id;
            END;
            CREATE TRIGGER punch_count_after_update AFTER UPDATE OF status, project_id ON punch_item BEGIN
                UPDATE project_punch_count
                SET total = total - 1, open = open - (old.status IN ('open', 'in-progress', 'ready'))
                WHERE project_id = old.project_id;
                INSERT INTO project_punch_count (project_id, total, open)
                VALUES (new.project_id, 1, new.status IN ('open', 'in-progress', 'ready'))
                ON CONFLICT (project_id) DO UPDATE SET total = total + 1, open = open + excluded.open;
            END;

            CREATE TRIGGER punch_search_after_location_rename AFTER UPDATE OF path ON location BEGIN
                UPDATE punch_search
                SET text = (SELECT i.title || char(1) || new.path FROM punch_item i
                            WHERE i.project_id = punch_search.rowid >> 32 AND i.number = punch_search.rowid & 4294967295)
                WHERE rowid IN (SELECT (project_id << 32) + number FROM punch_item WHERE location_id = new.id);
            END;
            """)
    }
}
