import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// How many meeting occurrences overlap the window: the calendar pane's total.
    public func agendaCount(from: Date, to: Date, timeZone: TimeZone) throws -> Int {
        try agendaCount(from: from, to: to, timeZone: timeZone, salesOnly: false)
    }

    /// One page of the occurrences that overlap the window, by start (then meeting).
    ///
    /// Reads the expanded `meeting_occurrence` table through its primary key: the cost is the
    /// page, not the number of series. The window is expanded first when it is not yet.
    /// All-day occurrences are chosen by date in `timeZone` and start at its midnight.
    public func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int) throws -> [AgendaEntry] {
        try agendaPage(from: from, to: to, timeZone: timeZone, offset: offset, limit: limit, salesOnly: false)
    }

    /// The page of the agenda, of every meeting or only those sales may join (`★`): the mark is
    /// on each occurrence, so a sales page is chosen on the key walk like any other.
    func agendaPage(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int, salesOnly: Bool) throws -> [AgendaEntry] {
        try withOccurrences(from: from, to: to, timeZone: timeZone) { db, bounds in
            // A page is chosen on the occurrence table alone, so only its rows are joined; the
            // whole agenda is one walk of the key in order, joined as it goes (no sort).
            let whole = offset == 0 && limit < 0
            var arguments = bounds.arguments
            if !whole { _ = arguments.append(contentsOf: ["limit": limit, "offset": offset]) }
            let rows = try Row.fetchCursor(db, sql: Self.agendaSQL(paged: !whole, salesOnly: salesOnly), arguments: arguments)
            var parser = SeriesParser()
            var entries: [AgendaEntry] = []
            while let row = try rows.next() {
                let allDay: Bool = row[8]
                var start = Date(timeIntervalSince1970: row[1]), end = Date(timeIntervalSince1970: row[2])
                let seriesId: Int64? = row[11]
                let originalStart: Double? = row[12]
                let occurrence = originalStart.map(StoredInstant.date(julianDay:))
                if allDay {
                    start = Self.localMidnight(of: start, in: timeZone)
                    end = Self.localMidnight(of: end, in: timeZone)
                }
                entries.append(AgendaEntry(
                    meetingId: row[0], title: row[3], start: start, end: end,
                    projectCode: row[6], customerName: row[7], location: row[4], salesWelcome: row[5],
                    seriesId: seriesId, occurrence: occurrence ?? Date(timeIntervalSince1970: row[1]), allDay: allDay,
                    problem: parser.problem(tzid: row[9], rrule: row[10], allDay: allDay)))
            }
            return entries
        }
    }

    /// An all-day date, stored as its midnight UTC, as midnight in `timeZone`.
    static func localMidnight(of stored: Date, in timeZone: TimeZone) -> Date {
        let s = Int(stored.timeIntervalSince1970.rounded(.down))
        return LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400).startOfDay(in: timeZone)
    }

    /// Which occurrences overlap the window: timed ones by instant, all-day ones by date; the
    /// first line bounds the walk of the primary key.
    static let agendaCondition = """
        o.starts_at >= :scanFrom AND o.starts_at < :scanTo
        AND CASE WHEN o.all_day THEN o.starts_at < :dayTo AND o.ends_at > :dayFrom
                 ELSE o.starts_at >= :lowest AND o.starts_at < :to AND o.ends_at > :from END
        """

    /// The agenda statement, with the arguments of `OccurrenceBounds` and, when `paged`,
    /// `:limit` and `:offset`.
    static func agendaSQL(paged: Bool, salesOnly: Bool = false) -> String {
        let condition = agendaCondition + (salesOnly ? " AND o.sales_welcome" : "")
        let source = paged ? """
            (SELECT meeting_id, starts_at, ends_at, all_day, sales_welcome FROM meeting_occurrence o
             WHERE \(condition)
             ORDER BY starts_at, meeting_id LIMIT :limit OFFSET :offset)
            """ : "meeting_occurrence"
        return """
            SELECT o.meeting_id, o.starts_at, o.ends_at, m.title, m.location, m.sales_welcome,
                   p.code AS project_code, c.name AS customer_name, o.all_day, m.tzid, m.rrule,
                   m.series_id, julianday(m.recurrence_id)
            FROM \(source) o
            JOIN meeting m ON m.id = o.meeting_id
            LEFT JOIN project p ON p.id = m.project_id
            LEFT JOIN customer c ON c.id = COALESCE(m.customer_id, p.customer_id)
            WHERE \(condition)
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

    /// The bounds of an overlap read in seconds: timed occurrences starting in `lowest..<to`
    /// and ending after `from`, where `lowest` is `from` less the longest meeting; all-day ones
    /// (stored at midnight UTC) starting before `dayTo` and ending after `dayFrom`, the local
    /// dates the window touches.
    struct OccurrenceBounds {
        var from: Double
        var to: Double
        var lowest: Double
        var dayFrom: Double
        var dayTo: Double

        var arguments: StatementArguments {
            ["from": from, "to": to, "lowest": lowest, "dayFrom": dayFrom, "dayTo": dayTo,
             "scanFrom": min(lowest, dayFrom - (from - lowest)), "scanTo": max(to, dayTo)]
        }
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
                    all_day BOOLEAN NOT NULL DEFAULT 0, sales_welcome BOOLEAN NOT NULL DEFAULT 0,
                    PRIMARY KEY (starts_at, meeting_id)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS temp.meeting_occurrence_all_day ON meeting_occurrence(starts_at) WHERE all_day;
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
    func withOccurrences<T>(from: Date, to: Date, timeZone: TimeZone,
                                    _ body: (Database, OccurrenceBounds) throws -> T) throws -> T {
        let lo = from.timeIntervalSince1970, hi = to.timeIntervalSince1970
        let dayFrom = Double(LocalDate(from, in: timeZone).dayNumber) * 86_400
        let dayTo = Double(LocalDate(to - 0.001, in: timeZone).dayNumber + 1) * 86_400
        func bounds(_ window: OccurrenceTable.Window?) -> OccurrenceBounds {
            OccurrenceBounds(from: lo, to: hi, lowest: lo - (window?.longest ?? 0), dayFrom: dayFrom, dayTo: dayTo)
        }
        // The expansion covers the instants and the dates the window touches.
        let expandFrom = min(lo, dayFrom), expandTo = max(hi, dayTo)
        let answer: T? = try read { db in
            try OccurrenceTable.readyWindow(db, from: expandFrom, to: expandTo).map { try body(db, bounds($0)) }
        }
        if let answer { return answer }
        return try occurrenceWrite { db in
            try OccurrenceTable.prepare(db, from: expandFrom, to: expandTo)
            return try body(db, bounds(OccurrenceTable.window(db)))
        }
    }
}
