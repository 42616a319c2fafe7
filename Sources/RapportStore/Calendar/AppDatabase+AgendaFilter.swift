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

    /// One grouped query over the expanded occurrences: each local day's overlap bounds are a
    /// row of a JSON table, joined to `meeting_occurrence` through its primary key.
    public func agendaDayCounts(first: LocalDate, days: Int, timeZone: TimeZone, salesOnly: Bool) throws -> [Int] {
        guard days > 0 else { return [] }
        let from = first.startOfDay(in: timeZone), to = first.adding(days: days).startOfDay(in: timeZone)
        return try withOccurrences(from: from, to: to, timeZone: timeZone) { db, whole in
            let longest = whole.from - whole.lowest
            let bounds: [[Double]] = (0..<days).map { i in
                let day = first.adding(days: i)
                let lo = day.startOfDay(in: timeZone).timeIntervalSince1970
                let hi = day.adding(days: 1).startOfDay(in: timeZone).timeIntervalSince1970
                let dayFrom = Double(day.dayNumber) * 86_400
                // Timed: starts in lo - longest ..< hi, ends after lo; all-day: on the date.
                return [min(lo - longest, dayFrom), max(hi, dayFrom + 86_400), lo, hi, lo - longest, dayFrom, dayFrom + 86_400]
            }
            let json = "[" + bounds.map { "[" + $0.map { String($0) }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
            let sql = """
                WITH d AS MATERIALIZED (
                    SELECT key AS i, value ->> 0 AS scanFrom, value ->> 1 AS scanTo, value ->> 2 AS lo, value ->> 3 AS hi,
                           value ->> 4 AS lowest, value ->> 5 AS dayFrom, value ->> 6 AS dayTo
                    FROM json_each(?))
                SELECT d.i, COUNT(*) FROM d CROSS JOIN meeting_occurrence o
                WHERE \(salesOnly ? "o.sales_welcome AND" : "") o.starts_at >= d.scanFrom AND o.starts_at < d.scanTo
                  AND CASE WHEN o.all_day THEN o.starts_at < d.dayTo AND o.ends_at > d.dayFrom
                           ELSE o.starts_at >= d.lowest AND o.starts_at < d.hi AND o.ends_at > d.lo END
                GROUP BY d.i
                """
            var counts = [Int](repeating: 0, count: days)
            for row in try Row.fetchAll(db, sql: sql, arguments: [json]) {
                let i: Int = row[0]
                counts[i] = row[1]
            }
            return counts
        }
    }
}
