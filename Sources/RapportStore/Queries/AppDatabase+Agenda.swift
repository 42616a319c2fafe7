import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// How many meeting occurrences overlap the window: the calendar pane's total.
    public func agendaCount(from: Date, to: Date, timeZone: TimeZone) throws -> Int {
        try withOccurrences(from: from, to: to) { db, bounds in
            // Those starting inside the window need no look at their end; only those starting
            // at or before it (by at most the longest meeting) are checked for still running.
            try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM meeting_occurrence WHERE starts_at > ?3 AND starts_at < ?2)
                     + (SELECT COUNT(*) FROM meeting_occurrence WHERE starts_at >= ?1 AND starts_at <= ?3 AND ends_at > ?3)
                """, arguments: [bounds.lowest, bounds.to, bounds.from])!
        }
    }

    /// One page of the occurrences that overlap the window, by start (then meeting).
    ///
    /// Reads the expanded `meeting_occurrence` table through its primary key: the cost is the
    /// page, not the number of series. The window is expanded first when it is not yet.
    public func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int) throws -> [AgendaEntry] {
        try withOccurrences(from: from, to: to) { db, bounds in
            // A page is chosen on the occurrence table alone, so only its rows are joined; the
            // whole agenda is one walk of the key in order, joined as it goes (no sort).
            let whole = offset == 0 && limit < 0
            let rows = try Row.fetchCursor(db, sql: Self.agendaSQL(paged: !whole), arguments: whole
                ? [bounds.lowest, bounds.to, bounds.from] : [bounds.lowest, bounds.to, bounds.from, limit, offset])
            var entries: [AgendaEntry] = []
            while let row = try rows.next() {
                entries.append(AgendaEntry(
                    meetingId: row[0], title: row[3],
                    start: Date(timeIntervalSince1970: row[1]), end: Date(timeIntervalSince1970: row[2]),
                    projectCode: row[6], customerName: row[7], location: row[4], salesWelcome: row[5]))
            }
            return entries
        }
    }

    /// The agenda statement: `?1` lowest start, `?2` window end, `?3` window start (in seconds),
    /// and when `paged`, `?4` limit and `?5` offset.
    static func agendaSQL(paged: Bool) -> String {
        let source = paged ? """
            (SELECT meeting_id, starts_at, ends_at FROM meeting_occurrence
             WHERE starts_at >= ?1 AND starts_at < ?2 AND ends_at > ?3
             ORDER BY starts_at, meeting_id LIMIT ?4 OFFSET ?5)
            """ : "meeting_occurrence"
        return """
            SELECT o.meeting_id, o.starts_at, o.ends_at, m.title, m.location, m.sales_welcome,
                   p.code AS project_code, c.name AS customer_name
            FROM \(source) o
            JOIN meeting m ON m.id = o.meeting_id
            LEFT JOIN project p ON p.id = m.project_id
            LEFT JOIN customer c ON c.id = COALESCE(m.customer_id, p.customer_id)
            WHERE o.starts_at >= ?1 AND o.starts_at < ?2 AND o.ends_at > ?3
            ORDER BY o.starts_at, o.meeting_id
            """
    }

    /// Occurrences of every meeting that overlap the window, recurring series expanded, by start.
    ///
    /// Every occurrence at once: the calendar pane pages with `agenda(from:to:timeZone:offset:limit:)`.
    public func agenda(from: Date, to: Date, timeZone: TimeZone) throws -> [AgendaEntry] {
        try agenda(from: from, to: to, timeZone: timeZone, offset: 0, limit: -1)
    }

    /// Re-expands one series' occurrences after it was written (the agenda would otherwise do it
    /// on its next read, since every write to `meeting` marks the series stale).
    public func replaceOccurrences(meetingId: Int64) throws {
        try write { db in try OccurrenceTable.replace(db, meetingIds: [meetingId]) }
    }

    /// Expands every series for the window now, so the first agenda read only reads.
    public func prepareAgenda(from: Date, to: Date) throws {
        try occurrenceWrite { db in
            try OccurrenceTable.prepare(db, from: from.timeIntervalSince1970, to: to.timeIntervalSince1970)
        }
    }

    /// The bounds of an overlap read in seconds: occurrences starting in `lowest..<to` and
    /// ending after `from`, where `lowest` is `from` less the longest meeting.
    struct OccurrenceBounds {
        var from: Double
        var to: Double
        var lowest: Double
    }

    /// Runs `body` in the write transaction that expands occurrences; in a read-only database, on
    /// TEMP tables of the same names instead, which SQLite reads before the file's own, so the
    /// calendar still shows any window and the file is never written.
    private func occurrenceWrite<T>(_ body: (Database) throws -> T) throws -> T {
        guard isReadOnly else { return try write(body) }
        return try writer.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TEMP TABLE IF NOT EXISTS meeting_occurrence (
                    meeting_id INTEGER NOT NULL, starts_at REAL NOT NULL, ends_at REAL NOT NULL,
                    PRIMARY KEY (starts_at, meeting_id)) WITHOUT ROWID;
                CREATE TEMP TABLE IF NOT EXISTS meeting_occurrence_window (
                    id INTEGER PRIMARY KEY CHECK (id = 1), starts_at REAL NOT NULL, ends_at REAL NOT NULL,
                    longest REAL NOT NULL DEFAULT 0);
                CREATE TEMP TABLE IF NOT EXISTS meeting_occurrence_stale (meeting_id INTEGER PRIMARY KEY);
                """)
            var result: T?
            // One transaction: the meetings read and the occurrences expanded from them agree.
            try db.inTransaction {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Runs `body` on a read when the expanded table already answers the window, else in the
    /// write transaction that brings it up to date.
    private func withOccurrences<T>(from: Date, to: Date, _ body: (Database, OccurrenceBounds) throws -> T) throws -> T {
        let lo = from.timeIntervalSince1970, hi = to.timeIntervalSince1970
        func bounds(_ window: OccurrenceTable.Window?) -> OccurrenceBounds {
            OccurrenceBounds(from: lo, to: hi, lowest: lo - (window?.longest ?? 0))
        }
        let answer: T? = try read { db in
            try OccurrenceTable.readyWindow(db, from: lo, to: hi).map { try body(db, bounds($0)) }
        }
        if let answer { return answer }
        return try occurrenceWrite { db in
            try OccurrenceTable.prepare(db, from: lo, to: hi)
            return try body(db, bounds(OccurrenceTable.window(db)))
        }
    }
}
