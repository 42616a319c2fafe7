import Foundation
import GRDB
import RapportModel

extension AppDatabase: DashboardSource {
    static let openStatusesSQL = "('open', 'in-progress', 'ready')"

    /// Arguments: limit, offset.
    static let projectsPageSQL = """
        SELECT p.id, p.code, p.name, p.customer_id, c.name AS customer_name, p.stage,
               IFNULL((SELECT open FROM project_punch_count WHERE project_id = p.id), 0) AS open_punch
        FROM project p JOIN customer c ON c.id = p.customer_id
        WHERE p.id IN (SELECT id FROM project ORDER BY code LIMIT ? OFFSET ?)
        ORDER BY p.code
        """

    /// Arguments: project id, limit, offset.
    static let punchPageSQL = """
        SELECT i.id, i.number, i.status, i.priority, l.path, i.title, i.assignee, i.due_on
        FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
        WHERE i.id IN (SELECT id FROM punch_item WHERE project_id = ?
                       ORDER BY status NOT IN \(AppDatabase.openStatusesSQL), number LIMIT ? OFFSET ?)
        ORDER BY i.status NOT IN \(AppDatabase.openStatusesSQL), i.number
        """

    public func projectCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM project")! }
    }

    /// A page of projects by code, each with its open punch count.
    ///
    /// The page is chosen on the code index alone (the skipped rows are index entries, never
    /// table rows or counts), so the last page costs what the first does; open items are
    /// read from the counts the triggers keep (v3), for the page's rows only.
    public func projects(offset: Int, limit: Int) throws -> [ProjectRow] {
        try read { db in
            try Row.fetchAll(db, sql: Self.projectsPageSQL, arguments: [limit, offset]).map { row in
                ProjectRow(id: row[0], code: row[1], name: row[2], customerId: row[3], customerName: row[4],
                           stage: ProjectStage(rawValue: row[5]) ?? .sold, openPunch: row[6])
            }
        }
    }

    public func punchCount(projectId: Int64) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM punch_item WHERE project_id = ?", arguments: [projectId])!
        }
    }

    /// A page of a project's punch list: items still open first, then by number.
    ///
    /// The page is chosen on the covering (project_id, status, number) index: ordering the
    /// project's items sorts index entries, skipped rows are never read, and only the page's
    /// rows are fetched with their location.
    public func punchItems(projectId: Int64, offset: Int, limit: Int) throws -> [PunchRow] {
        try read { db in
            try Row.fetchAll(db, sql: Self.punchPageSQL, arguments: [projectId, limit, offset]).map { row in
                let path: String? = row[4]
                let due: String? = row[7]
                return PunchRow(id: row[0], number: row[1],
                                status: PunchStatus(rawValue: row[2]) ?? .open,
                                priority: Priority(rawValue: row[3]) ?? .p2,
                                location: path.map { Location(projectId: projectId, path: $0).room } ?? "",
                                title: row[5], assignee: row[6], dueOn: due.flatMap { LocalDate(iso: $0) })
            }
        }
    }
}
