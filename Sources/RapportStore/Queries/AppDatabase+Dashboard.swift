import Foundation
import GRDB
import RapportModel

extension AppDatabase: DashboardSource {
    static let openStatusesSQL = "('open', 'in-progress', 'ready')"

    public func projectCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM project")! }
    }

    /// A page of projects by code, each with its open punch count (read through the
    /// (project_id, status) index, so a page costs the same on any size of data).
    public func projects(offset: Int, limit: Int) throws -> [ProjectRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.code, p.name, p.customer_id, c.name AS customer_name, p.stage,
                       (SELECT COUNT(*) FROM punch_item i
                         WHERE i.project_id = p.id AND i.status IN \(Self.openStatusesSQL)) AS open_punch
                FROM project p JOIN customer c ON c.id = p.customer_id
                ORDER BY p.code
                LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map { row in
                ProjectRow(id: row["id"], code: row["code"], name: row["name"], customerId: row["customer_id"],
                           customerName: row["customer_name"],
                           stage: ProjectStage(rawValue: row["stage"]) ?? .sold, openPunch: row["open_punch"])
            }
        }
    }

    public func punchCount(projectId: Int64) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM punch_item WHERE project_id = ?", arguments: [projectId])!
        }
    }

    /// A page of a project's punch list: items still open first, then by number.
    public func punchItems(projectId: Int64, offset: Int, limit: Int) throws -> [PunchRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.id, i.number, i.status, i.priority, l.path, i.title, i.assignee, i.due_on
                FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
                WHERE i.project_id = ?
                ORDER BY i.status NOT IN \(Self.openStatusesSQL), i.number
                LIMIT ? OFFSET ?
                """, arguments: [projectId, limit, offset]).map { row in
                let path: String? = row["path"]
                let due: String? = row["due_on"]
                return PunchRow(id: row["id"], number: row["number"],
                                status: PunchStatus(rawValue: row["status"]) ?? .open,
                                priority: Priority(rawValue: row["priority"]) ?? .p2,
                                location: path.map { Location(projectId: projectId, path: $0).room } ?? "",
                                title: row["title"], assignee: row["assignee"], dueOn: due.flatMap { LocalDate(iso: $0) })
            }
        }
    }
}
