import Foundation
import GRDB
import RapportModel

// MARK: - Entries as the model's `JournalStep`

extension Journal {
    /// The entry as undo and redo report it: label, who and when, and the projects and kinds
    /// of record its rows belong to (read from the row images, so deleted rows count too).
    static func step(_ db: Database, entryId: Int64) throws -> JournalStep {
        guard let entry = try Row.fetchOne(db, sql: "SELECT id, label, who, at FROM journal_entry WHERE id = ?",
                                           arguments: [entryId])
        else { throw AppError.writeFailed(reason: "undo step \(entryId) is gone") }
        var projectIds = Set<Int64>()
        var customerIds = Set<Int64>()
        var records = Set<RecordKind>()
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT table_name,
                   CASE table_name WHEN 'project' THEN row_id
                        WHEN 'location_fact' THEN (SELECT project_id FROM location
                                                   WHERE id = json_extract(COALESCE(after_json, before_json), '$.location_id'))
                        ELSE json_extract(COALESCE(after_json, before_json), '$.project_id') END AS project_id,
                   CASE table_name WHEN 'customer' THEN row_id
                        WHEN 'contact' THEN json_extract(COALESCE(after_json, before_json), '$.customer_id')
                        WHEN 'opportunity' THEN json_extract(COALESCE(after_json, before_json), '$.customer_id')
                        WHEN 'interaction' THEN json_extract(COALESCE(after_json, before_json), '$.customer_id')
                        WHEN 'intel' THEN json_extract(COALESCE(after_json, before_json), '$.customer_id')
                        ELSE NULL END AS customer_id
            FROM journal_change WHERE entry_id = ?
            """, arguments: [entryId]) {
            if let kind = RecordKind(rawValue: row["table_name"]) { records.insert(kind) }
            if let projectId: Int64 = row["project_id"] { projectIds.insert(projectId) }
            if let customerId: Int64 = row["customer_id"] { customerIds.insert(customerId) }
        }
        return JournalStep(id: entry["id"], label: entry["label"], who: entry["who"], at: entry["at"],
                           projectIds: projectIds, records: records, customerIds: customerIds)
    }
}
