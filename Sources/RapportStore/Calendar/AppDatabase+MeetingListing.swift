import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// A series (or one-off) as `meeting list` shows it: whose it is and how many of its
    /// occurrences were changed on their own. `meeting` holds the listed fields only (id,
    /// uid, title, times, zone, rule, status, place, sales welcome; no agenda, minutes or dates
    /// cancelled), read without decoding the whole record.
    public struct MeetingListing: Sendable {
        public var meeting: Meeting
        public var projectCode: String?
        public var customerName: String?
        public var changedOccurrences: Int
    }

    /// Every series and one-off by UID, a project's or a customer's (its projects' included)
    /// when asked, handed to `body` as SQLite steps through them: one read, one row in memory.
    public func forEachMeetingListing(projectId: Int64? = nil, customerId: Int64? = nil,
                                      _ body: (MeetingListing) throws -> Void) throws {
        try read { db in
            let (filter, arguments) = Self.seriesFilter(projectId: projectId, customerId: customerId)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.id, m.project_id, m.customer_id, m.uid, m.title, julianday(m.starts_at), julianday(m.ends_at),
                       m.tzid, m.rrule, m.location, m.sales_welcome, m.all_day, m.status, p.code, c.name,
                       (SELECT COUNT(*) FROM meeting o WHERE o.series_id = m.id)
                FROM meeting m LEFT JOIN project p ON p.id = m.project_id LEFT JOIN customer c ON c.id = m.customer_id
                WHERE m.series_id IS NULL AND \(filter) ORDER BY m.uid
                """, arguments: arguments)
            while let row = try rows.next() {
                // Codable decoding of the whole record was most of the listing's time.
                let meeting = Meeting(id: row[0], projectId: row[1], customerId: row[2], uid: row[3], title: row[4],
                                      startsAt: StoredInstant.date(julianDay: row[5]), endsAt: StoredInstant.date(julianDay: row[6]),
                                      tzid: row[7], rrule: row[8], location: row[9], salesWelcome: row[10], allDay: row[11],
                                      status: Meeting.Status(rawValue: row[12]) ?? .confirmed)
                try body(MeetingListing(meeting: meeting, projectCode: row[13], customerName: row[14], changedOccurrences: row[15]))
            }
        }
    }
}
