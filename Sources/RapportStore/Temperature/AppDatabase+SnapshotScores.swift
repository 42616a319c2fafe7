import GRDB

extension AppDatabase {
    /// Migration "v17-snapshot-scores-index": a day's scores, caps and trends readable from an
    /// index alone, in the pane's order. The first frame reads the coldest page of them; through
    /// the day index each snapshot row was read, and its caps and trend lie past the components'
    /// reasons, on overflow pages (1.7 → 0.2 ms for the l set's page, timed in Python's sqlite3).
    /// It leads with the day, so it also stands in for the day index it replaces.
    static func indexSnapshotScores(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX temperature_snapshot_scores ON temperature_snapshot(day, score, customer_id, caps, trend_base);
            DROP INDEX temperature_snapshot_on_day;
            """)
    }
}
