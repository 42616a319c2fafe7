import Foundation
import GRDB
import RapportModel

/// Keeps `meeting_occurrence` equal to the expansion of every series over a window of instants.
///
/// The window only grows while the user moves around it; a jump far away starts a new one, so
/// the table stays a few weeks of occurrences. Series written by any code path are marked stale
/// by triggers and re-expanded before the next read, so the table never disagrees with `meeting`.
enum OccurrenceTable {
    /// What `meeting_occurrence` holds: every occurrence that starts in `start..<end`, none
    /// lasting more than `longest` seconds. Instants are seconds since 1970.
    struct Window: Equatable {
        var start: Double
        var end: Double
        var longest: Double

        /// The starts an overlap read of `from..<to` needs expanded.
        func needed(from: Double, to: Double) -> Range<Double> { (from - longest)..<to }

        func covers(_ range: Range<Double>) -> Bool { start <= range.lowerBound && range.upperBound <= end }
    }

    static let day = 86_400.0
    /// Expanded beyond a request, so moving by a day or a week reads without writing.
    static let marginBefore = 7 * day
    static let marginAfter = 28 * day
    /// A request further than this from the window starts a new window instead of widening it.
    static let maximumGap = 60 * day

    static func window(_ db: Database) throws -> Window? {
        try Row.fetchOne(db, cached: "SELECT starts_at, ends_at, longest FROM meeting_occurrence_window WHERE id = 1")
            .map { Window(start: $0[0], end: $0[1], longest: $0[2]) }
    }

    /// The window when the table answers an overlap read of `from..<to` as it stands, else nil.
    static func readyWindow(_ db: Database, from: Double, to: Double) throws -> Window? {
        guard let window = try window(db), window.covers(window.needed(from: from, to: to)),
              try !Bool.fetchOne(db, cached: "SELECT EXISTS (SELECT 1 FROM meeting_occurrence_stale)")!
        else { return nil }
        return window
    }

    /// Re-expands stale series, then widens (or moves) the window so an overlap read of
    /// `from..<to` is answered. Must run inside a write transaction.
    static func prepare(_ db: Database, from: Double, to: Double) throws {
        var current = try window(db)
        try refreshStale(db, window: &current)
        let longest = max(current?.longest ?? 0, try longestMeeting(db))
        let needed = (from - longest)..<to
        // Whole UTC days plus margins, so neighbouring requests find the window ready.
        let lo = (needed.lowerBound / day).rounded(.down) * day - marginBefore
        let hi = (needed.upperBound / day).rounded(.up) * day + marginAfter
        var next: Window
        if let window = current, window.covers(needed) {
            next = window
        } else if let window = current, needed.lowerBound <= window.end + maximumGap,
                  needed.upperBound >= window.start - maximumGap {
            if lo < window.start { try expand(db, starts: lo..<window.start, series: .all) }
            if hi > window.end { try expand(db, starts: window.end..<hi, series: .all) }
            next = Window(start: min(lo, window.start), end: max(hi, window.end), longest: longest)
        } else {
            // Nothing yet, or far away: start over rather than expand every series across the gap.
            if current != nil { try db.execute(sql: "DELETE FROM meeting_occurrence") }
            try expand(db, starts: lo..<hi, series: .all)
            next = Window(start: lo, end: hi, longest: longest)
        }
        next.longest = longest
        if next != current { try save(db, next) }
    }

    /// Replaces the occurrences of some series inside the current window.
    static func replace(_ db: Database, meetingIds: [Int64]) throws {
        guard !meetingIds.isEmpty else { return }
        let ids = meetingIds.map(String.init).joined(separator: ",")
        try db.execute(sql: "DELETE FROM meeting_occurrence WHERE meeting_id IN (\(ids))")
        try db.execute(sql: "DELETE FROM meeting_occurrence_stale WHERE meeting_id IN (\(ids))")
        guard var window = try window(db) else { return }
        let longest = try expand(db, starts: window.start..<window.end, series: .ids(ids))
        if longest > window.longest {
            window.longest = longest
            try save(db, window)
        }
    }

    // MARK: - Inside

    private static func refreshStale(_ db: Database, window: inout Window?) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM meeting_occurrence_stale)")! else { return }
        if let current = window {
            try db.execute(sql: """
                DELETE FROM meeting_occurrence WHERE meeting_id IN (SELECT meeting_id FROM meeting_occurrence_stale)
                """)
            let longest = try expand(db, starts: current.start..<current.end, series: .stale)
            window?.longest = max(current.longest, longest)
        }
        try db.execute(sql: "DELETE FROM meeting_occurrence_stale")
    }

    private static func save(_ db: Database, _ window: Window) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO meeting_occurrence_window (id, starts_at, ends_at, longest) VALUES (1, ?, ?, ?)
            """, arguments: [window.start, window.end, window.longest])
    }

    /// The longest meeting, in seconds.
    private static func longestMeeting(_ db: Database) throws -> Double {
        let days = try Double.fetchOne(db, sql: "SELECT MAX(julianday(ends_at) - julianday(starts_at)) FROM meeting")
        return ((days ?? 0) * day).rounded(.up)
    }

    enum Series {
        case all, stale
        /// A comma-separated list of ids.
        case ids(String)
    }

    /// Inserts the occurrences of `series` that start in `starts`; returns the longest duration seen.
    ///
    /// A cancelled meeting has none; a series skips the occurrences its overrides replace (each
    /// override is a meeting of its own, expanded as a one-off). A meeting whose rule or zone
    /// cannot be fully read is expanded as far as it can be (`MeetingSchedule`), never dropped.
    @discardableResult
    private static func expand(_ db: Database, starts: Range<Double>, series: Series) throws -> Double {
        guard !starts.isEmpty else { return 0 }
        let which: String
        switch series {
        case .all: which = "1"
        case .stale: which = "id IN (SELECT meeting_id FROM meeting_occurrence_stale)"
        case .ids(let ids): which = "id IN (\(ids))"
        }
        let replaced = try overridden(db)
        // Dates come back as Julian days computed by SQLite, not as text parsed in Swift; the
        // bounds skip series that start after the range or ended before it. RDATEs may fall
        // before the start, so a series with any is read whatever its start.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, julianday(starts_at), julianday(ends_at), tzid, rrule, exdates, rdates, all_day, sales_welcome FROM meeting
            WHERE \(which) AND status <> 'cancelled' AND (starts_at < ?1 OR rdates <> '[]')
              AND (last_ends_at IS NULL OR last_ends_at > ?2)
            """, arguments: [Date(timeIntervalSince1970: starts.upperBound), Date(timeIntervalSince1970: starts.lowerBound)])
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO meeting_occurrence (meeting_id, starts_at, ends_at, all_day, sales_welcome) VALUES (?, ?, ?, ?, ?)
            """)
        let window = Date(timeIntervalSince1970: starts.lowerBound)..<Date(timeIntervalSince1970: starts.upperBound)
        var parser = SeriesParser()
        var longest = 0.0
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let start = StoredInstant.date(julianDay: row[1]), end = StoredInstant.date(julianDay: row[2])
            let allDay: Bool = row[7], sales: Bool = row[8]
            guard let schedule = parser.schedule(start: start, end: end, tzid: allDay ? "UTC" : row[3], rrule: row[4],
                                                 exdates: row[5], rdates: row[6])
            else { continue }
            let duration = schedule.recurrence.duration
            longest = max(longest, duration)
            let skipped = replaced[id] ?? []
            for instant in schedule.occurrences(overlapping: window) where instant >= window.lowerBound {
                if skipped.contains(instant) { continue }
                let t = instant.timeIntervalSince1970
                try insert.execute(arguments: [id, t, t + duration, allDay, sales])
            }
        }
        return longest
    }

    /// The original starts each series' overrides replace, by series.
    private static func overridden(_ db: Database) throws -> [Int64: Set<Date>] {
        var result: [Int64: Set<Date>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT series_id, julianday(recurrence_id) FROM meeting WHERE series_id IS NOT NULL
            """)
        while let row = try rows.next() {
            result[row[0], default: []].insert(StoredInstant.date(julianDay: row[1]))
        }
        return result
    }
}

/// Reads series as `Meeting.schedule` does, remembering zones and rules already parsed:
/// thousands of series share a handful of each.
struct SeriesParser {
    private var zones: [String: (zone: TimeZone, problem: ScheduleProblem?)] = [:]
    private var rules: [String: (rule: RecurrenceRule?, problem: ScheduleProblem?)] = [:]
    private let datesDecoder = Meeting.databaseJSONDecoder(for: "exdates")

    /// The schedule as far as it reads; nil only when the stored dates are not JSON dates.
    mutating func schedule(start: Date, end: Date, tzid: String, rrule: String?, exdates: String,
                           rdates: String = "[]") -> MeetingSchedule? {
        let zone = zones[tzid] ?? MeetingSchedule.zone(tzid)
        zones[tzid] = zone
        var rule: (rule: RecurrenceRule?, problem: ScheduleProblem?)?
        if let rrule {
            rule = rules[rrule] ?? MeetingSchedule.rule(rrule)
            rules[rrule] = rule
        }
        guard let skipped = dates(exdates), let extra = dates(rdates) else { return nil }
        return MeetingSchedule(
            recurrence: Recurrence(start: start, duration: end.timeIntervalSince(start), timeZone: zone.zone,
                                   rule: rule?.rule, exdates: Set(skipped)),
            rdates: extra, problem: rule?.problem ?? zone.problem)
    }

    /// What could not be read of a series, as the agenda marks it.
    mutating func problem(tzid: String, rrule: String?, allDay: Bool) -> ScheduleProblem? {
        let tzid = allDay ? "UTC" : tzid
        let zone = zones[tzid] ?? MeetingSchedule.zone(tzid)
        zones[tzid] = zone
        guard let rrule else { return zone.problem }
        let rule = rules[rrule] ?? MeetingSchedule.rule(rrule)
        rules[rrule] = rule
        return rule.problem ?? zone.problem
    }

    private func dates(_ json: String) -> [Date]? {
        if json == "[]" { return [] }
        return try? datesDecoder.decode([Date].self, from: Data(json.utf8))
    }
}
