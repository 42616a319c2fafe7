import GRDB

extension AppDatabase {
    /// `v14-occurrence-sales`: each expanded occurrence carries its meeting's sales-welcome mark,
    /// so the sales-only month and counts read `meeting_occurrence` alone instead of joining
    /// `meeting` for every occurrence in the range.
    ///
    /// A change of the mark only copies it over (no re-expansion): the times did not move. The
    /// all-day occurrences get a partial index, so a day's count of them reads only them.
    static func addOccurrenceSales(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE meeting_occurrence ADD COLUMN sales_welcome BOOLEAN NOT NULL DEFAULT 0;
            UPDATE meeting_occurrence SET sales_welcome = 1
            WHERE meeting_id IN (SELECT id FROM meeting WHERE sales_welcome);
            -- The few all-day occurrences, for the grid's counts by date.
            CREATE INDEX meeting_occurrence_all_day ON meeting_occurrence(starts_at) WHERE all_day;
            CREATE TRIGGER meeting_occurrence_sales_on_update AFTER UPDATE OF sales_welcome ON meeting BEGIN
                UPDATE meeting_occurrence SET sales_welcome = NEW.sales_welcome WHERE meeting_id = NEW.id;
            END;
            """)
    }
}
