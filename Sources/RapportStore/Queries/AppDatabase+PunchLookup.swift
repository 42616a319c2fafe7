import GRDB
import RapportModel

extension AppDatabase {
    /// The id of item `number` of a project, as people name it: `ACME-0012#14`.
    public func punchItemId(projectId: Int64, number: Int) throws -> Int64 {
        guard let id = try read({ db in
            try Int64.fetchOne(db, sql: "SELECT id FROM punch_item WHERE project_id = ? AND number = ?",
                               arguments: [projectId, number])
        }) else { throw AppError.unknownPunchItem(number: number) }
        return id
    }
}
