import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// A series (or one-off) as `meeting list` shows it: whose it is and how many of its
    /// occurrences were changed on their own.
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
            var filter = "1"
            var arguments: StatementArguments = []
            if let projectId {
                filter = "m.project_id = ?"
                arguments = [projectId]
            } else if let customerId {
                filter = "(m.customer_id = ? OR p.customer_id = ?)"
                arguments = [customerId, customerId]
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.*, p.code AS listing_project_code, c.name AS listing_customer_name,
                       (SELECT COUNT(*) FROM meeting o WHERE o.series_id = m.id) AS listing_changed
                FROM meeting m LEFT JOIN project p ON p.id = m.project_id LEFT JOIN customer c ON c.id = m.customer_id
                WHERE m.series_id IS NULL AND \(filter) ORDER BY m.uid
                """, arguments: arguments)
            while let row = try rows.next() {
                try body(MeetingListing(meeting: Meeting(row: row), projectCode: row["listing_project_code"],
                                        customerName: row["listing_customer_name"], changedOccurrences: row["listing_changed"]))
            }
        }
    }
}
