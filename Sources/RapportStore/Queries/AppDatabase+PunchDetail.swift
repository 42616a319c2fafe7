import Foundation
import GRDB
import RapportModel

// MARK: - One item in full, and whole punch lists for export

extension AppDatabase {
    /// The item, where it is, its history newest first, and the milestones it holds up.
    public func punchDetail(id: Int64) throws -> PunchDetail {
        try read { db in
            guard let row = try Row.fetchOne(db, cached: """
                SELECT \(PunchItem.punchColumns), \(PunchExternalFields.columns), l.path AS location_path,
                       p.code AS project_code
                FROM punch_item i JOIN project p ON p.id = i.project_id LEFT JOIN location l ON l.id = i.location_id
                WHERE i.id = ?
                """, arguments: [id])
            else { throw AppError.missingPunchItems(ids: [id]) }
            let item = PunchItem(punchRow: row)
            let history = try PunchEvent.fetchAll(db, cached: """
                SELECT * FROM punch_event WHERE punch_item_id = ? ORDER BY at DESC, id DESC
                """, arguments: [id])
            let blocks = item.status.isOpen && item.blocksAcceptance
                ? try Self.waitingMilestones(db, projectId: item.projectId) : []
            return PunchDetail(item: item, locationPath: row["location_path"], projectCode: row["project_code"],
                               history: history, blocks: blocks,
                               external: PunchExternalFields(row: row, at: PunchItem.punchColumnCount))
        }
    }

    /// The id of item `number` of the project, as people name it (`ACME-01#14`).
    public func punchItemId(projectId: Int64, number: Int) throws -> Int64 {
        try read { db in
            let code = try Self.projectCode(db, projectId)
            guard let id = try Int64.fetchOne(db, cached: "SELECT id FROM punch_item WHERE project_id = ? AND number = ?",
                                              arguments: [projectId, number])
            else { throw AppError.unknownPunchNumber(project: code, number: number) }
            return id
        }
    }

    /// Every item of the project by number, with its location path: what an export writes.
    public func exportPunchItems(projectId: Int64) throws -> [PunchItemExport] {
        try read { db in
            _ = try Self.projectCode(db, projectId)
            return try Row.fetchAll(db, cached: """
                SELECT \(PunchItem.punchColumns), \(PunchExternalFields.columns), l.path AS location_path
                FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
                WHERE i.project_id = ? ORDER BY i.number
                """, arguments: [projectId]).map {
                    PunchItemExport(item: PunchItem(punchRow: $0), locationPath: $0["location_path"],
                                    external: PunchExternalFields(row: $0, at: PunchItem.punchColumnCount))
                }
        }
    }

    /// Milestones of the project that wait for acceptance and have not had it, by due date.
    static func waitingMilestones(_ db: Database, projectId: Int64) throws -> [Milestone] {
        try Milestone.fetchAll(db, cached: """
            SELECT * FROM milestone WHERE project_id = ? AND requires_acceptance AND accepted_on IS NULL
            ORDER BY due_on IS NULL, due_on, id
            """, arguments: [projectId])
    }
}
