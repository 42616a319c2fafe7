import Foundation
import GRDB
import RapportModel

extension AppDatabase: DashboardSource {
    static let openStatusesSQL = "('open', 'in-progress', 'ready', 'disputed')"

    /// A project row's customer's newest stored score, on the (customer, day) key.
    static let storedScoreSQL = """
        (SELECT score FROM temperature_snapshot WHERE customer_id = p.customer_id ORDER BY day DESC LIMIT 1)
        """

    /// Arguments: limit, offset.
    static let projectsPageSQL = """
        SELECT p.id, p.code, p.name, p.customer_id, c.name AS customer_name, p.stage,
               IFNULL((SELECT open FROM project_punch_count WHERE project_id = p.id), 0) AS open_punch,
               \(storedScoreSQL) AS stored_score
        FROM project p JOIN customer c ON c.id = p.customer_id
        WHERE p.id IN (SELECT id FROM project ORDER BY code LIMIT ? OFFSET ?)
        ORDER BY p.code
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
                           stage: ProjectStage(rawValue: row[5]) ?? .sold, openPunch: row[6], storedScore: row[7])
            }
        }
    }

}
