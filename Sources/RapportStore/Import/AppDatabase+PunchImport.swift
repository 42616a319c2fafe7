import Foundation
import GRDB
import RapportModel

// MARK: - Import: rows added or updated, all or none

extension AppDatabase {
    /// One row of a file to import: its line (for messages), the draft, the other system's fields.
    public typealias PunchImportInput = (line: Int, draft: PunchDraft, external: PunchExternalFields)

    /// Imports the rows in one transaction and one undo step (`import 12 items`).
    ///
    /// A row whose number the project already has updates that item, changing only `fields`
    /// (the ones the file has a column for) and recording each change in its history; any other
    /// row adds an item, keeping its number when it is free. A row that cannot be stored stops the
    /// import with `AppError.importFailed` (file, line, reason) and the database is left as it was.
    public func importPunchRows(projectId: Int64, rows: [PunchImportInput], fields: Set<PunchImportField>, file: String,
                                by who: String, at: Date) throws -> PunchImportResult {
        guard !rows.isEmpty else { return PunchImportResult(added: [], updated: []) }
        return try writing { db in
            _ = try Self.projectCode(db, projectId)
            // A 10,000-row import dirties more pages than the 8 MiB cache holds; spilling them to the
            // log mid-transaction was a good part of its time.
            let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
            let journal = try Journal.begin(db, who: who, at: at)
            let import_ = PunchImport(writer: PunchWriter(db: db, journal: journal, who: who, at: at), projectId: projectId,
                                      fields: fields, note: "imported from \((file as NSString).lastPathComponent)")
            let result = try import_.run(rows, file: file)
            try journal.finish(label: rows.count == 1 ? "import 1 item" : "import \(rows.count) items")
            return result
        }
    }

    /// The numbers the project's items have: which rows of a file would update rather than add.
    public func punchNumbers(projectId: Int64) throws -> Set<Int> {
        try read { db in
            _ = try Self.projectCode(db, projectId)
            return Set(try Int.fetchAll(db, sql: "SELECT number FROM punch_item WHERE project_id = ?",
                                        arguments: [projectId]))
        }
    }
}
