import Foundation
import GRDB
import RapportModel

// MARK: - The calendar's sales filter, and a grid's counts in one query

extension AppDatabase {
    public func agendaCount(from: Date, to: Date, timeZone: TimeZone, salesOnly: Bool) throws -> Int {
        guard salesOnly else { return try agendaCount(from: from, to: to, timeZone: timeZone) }
        return try withOccurrences(from: from, to: to, timeZone: timeZone) { db, bounds in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM meeting_occurrence o WHERE \(Self.agendaCondition) AND o.sales_welcome
                """, arguments: bounds.arguments)!
        }
    }

    public func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int,
                       salesOnly: Bool) throws -> [AgendaEntry] {
        // The sales-welcome mark is on the meeting row (an override has its own), so a filtered
        // page is read whole and cut here: a sales agenda is a small part of the calendar.
        guard salesOnly else { return try agenda(from: from, to: to, timeZone: timeZone, offset: offset, limit: limit) }
        let all = try agenda(from: from, to: to, timeZone: timeZone).filter(\.salesWelcome)
        let page = all.dropFirst(offset)
        return Array(limit < 0 ? page : page.prefix(limit))
    }

    /// One pass over the expanded occurrences in the span: each one's first and last local day
    /// is computed in SQL (the zone's offset as a CASE over its transitions in the span), and
    /// it is counted on every day from the one to the other, as the day-by-day counts do: a
    /// timed occurrence on the days it overlaps, an all-day one on its dates.
    ///
    /// A join with each day's bounds compared every occurrence 42 times over (12–18 ms on the
    /// l set's month); this reads each once (about 3 ms).
    public func agendaDayCounts(first: LocalDate, days: Int, timeZone: TimeZone, salesOnly: Bool) throws -> [Int] {
        guard days > 0 else { return [] }
        let from = first.startOfDay(in: timeZone), to = first.adding(days: days).startOfDay(in: timeZone)
        return try withOccurrences(from: from, to: to, timeZone: timeZone) { db, bounds in
            let longest = bounds.from - bounds.lowest
            // The offset from UTC at an instant `x`, for every instant the span's occurrences have.
            let offsets = Self.offsets(timeZone, from: bounds.lowest - 86_400, to: bounds.to + longest + 86_400)
            func local(_ x: String) -> String {
                offsets.dropFirst().reversed().reduce("\(offsets[0].offset)") { rest, change in
                    "CASE WHEN \(x) >= \(change.at) THEN \(change.offset) ELSE \(rest) END"
                }
            }
            // Days an occurrence may run over, beyond its first: 0 for all shorter than a day.
            let extra = Int((longest / 86_400).rounded(.up)) + 1
            let sql = """
                WITH o AS MATERIALIZED (
                    SELECT CASE WHEN all_day THEN CAST(starts_at / 86400 AS INTEGER)
                                ELSE CAST(floor((starts_at + \(local("starts_at"))) / 86400.0) AS INTEGER) END AS d1,
                           CASE WHEN all_day THEN CAST(ends_at / 86400 AS INTEGER) - 1
                                ELSE CAST(floor((ends_at - 0.001 + \(local("ends_at - 0.001"))) / 86400.0) AS INTEGER) END AS d2
                    FROM meeting_occurrence
                    WHERE \(salesOnly ? "sales_welcome AND" : "") starts_at >= :scanFrom AND starts_at < :scanTo),
                k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < :extra)
                SELECT o.d1 + k.n - :firstDay AS i, COUNT(*) FROM o JOIN k ON o.d1 + k.n <= o.d2
                WHERE i >= 0 AND i < :days
                GROUP BY i
                """
            var arguments = bounds.arguments
            arguments += ["extra": extra, "firstDay": first.dayNumber, "days": days]
            var counts = [Int](repeating: 0, count: days)
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let i: Int = row[0]
                counts[i] = row[1]
            }
            return counts
        }
    }

    /// The zone's offset from UTC in seconds from `from` to `to`: the first, then each change
    /// with the instant it takes effect (seconds since 1970).
    static func offsets(_ zone: TimeZone, from: Double, to: Double) -> [(at: Double, offset: Int)] {
        var result = [(at: from, offset: zone.secondsFromGMT(for: Date(timeIntervalSince1970: from)))]
        var instant = Date(timeIntervalSince1970: from)
        while let next = zone.nextDaylightSavingTimeTransition(after: instant), next.timeIntervalSince1970 < to {
            result.append((next.timeIntervalSince1970, zone.secondsFromGMT(for: next)))
            instant = next
        }
        return result
    }
}
