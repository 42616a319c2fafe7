import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// The first `limit` occurrences of one customer's meetings (its own and its projects')
    /// that are not over by `from` and start before `to`, soonest first; with
    /// `salesWelcomeOnly`, only those sales may join.
    ///
    /// Reads only that customer's meetings: the occurrences in the window are walked in order
    /// and tested against the set of its meeting ids, rather than paging the whole agenda.
    public func customerMeetings(customerId: Int64, from: Date, to: Date, timeZone: TimeZone,
                                 salesWelcomeOnly: Bool = false, limit: Int) throws -> [AgendaEntry] {
        try withOccurrences(from: from, to: to, timeZone: timeZone) { db, bounds in
            var arguments = bounds.arguments
            _ = arguments.append(contentsOf: ["customer": customerId, "limit": limit])
            let rows = try Row.fetchCursor(db, cached: """
                SELECT o.meeting_id, o.starts_at, o.ends_at, m.title, m.location, m.sales_welcome,
                       p.code, c.name, o.all_day, m.series_id, julianday(m.recurrence_id)
                FROM meeting_occurrence o
                JOIN meeting m ON m.id = o.meeting_id
                LEFT JOIN project p ON p.id = m.project_id
                LEFT JOIN customer c ON c.id = COALESCE(m.customer_id, p.customer_id)
                WHERE \(Self.agendaCondition)
                  AND o.meeting_id IN (SELECT id FROM meeting WHERE customer_id = :customer
                                       OR project_id IN (SELECT id FROM project WHERE customer_id = :customer))
                  \(salesWelcomeOnly ? "AND m.sales_welcome" : "")
                ORDER BY o.starts_at, o.meeting_id LIMIT :limit
                """, arguments: arguments)
            var entries: [AgendaEntry] = []
            while let row = try rows.next() {
                let allDay: Bool = row[8]
                var start = Date(timeIntervalSince1970: row[1]), end = Date(timeIntervalSince1970: row[2])
                if allDay {
                    start = Self.localMidnight(of: start, in: timeZone)
                    end = Self.localMidnight(of: end, in: timeZone)
                }
                let originalStart: Double? = row[10]
                entries.append(AgendaEntry(
                    meetingId: row[0], title: row[3], start: start, end: end, projectCode: row[6], customerName: row[7],
                    location: row[4], salesWelcome: row[5], seriesId: row[9],
                    occurrence: originalStart.map(StoredInstant.date(julianDay:)) ?? Date(timeIntervalSince1970: row[1]),
                    allDay: allDay, problem: nil))
            }
            return entries
        }
    }
}
