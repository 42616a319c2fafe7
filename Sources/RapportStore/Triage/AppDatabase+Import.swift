import Foundation
import GRDB
import RapportModel

// MARK: - Import: all rows or none

extension AppDatabase {
    /// Adds the drafts to the project in one transaction and one undo step (`import 12 items`)
    /// and returns the new items' ids.
    ///
    /// A row that cannot be stored stops the import with `AppError.importFailed` naming the
    /// file, the row's line and the reason, and the database is left as it was. Each draft keeps
    /// its number when that is free in the project, else takes the next one.
    public func importPunchItems(projectId: Int64, drafts: [(line: Int, draft: PunchDraft)], file: String,
                                 by who: String, at: Date) throws -> ImportResult {
        guard !drafts.isEmpty else { return ImportResult(projectId: projectId, ids: []) }
        return try writing { db in
            _ = try Self.projectCode(db, projectId)
            let journal = try Journal.begin(db, who: who, at: at)
            let writer = PunchWriter(db: db, journal: journal, who: who, at: at)
            let note = "imported from \((file as NSString).lastPathComponent)"
            var ids: [Int64] = []
            ids.reserveCapacity(drafts.count)
            for (line, draft) in drafts {
                do {
                    ids.append(try writer.insert(draft, into: projectId, note: note).id!)
                } catch AppError.invalidPunchItem(let reason) {
                    throw AppError.importFailed(file: file, line: line, reason: reason)
                } catch let error as AppError {
                    throw AppError.importFailed(file: file, line: line, reason: error.description)
                } catch let error as DatabaseError {
                    throw AppError.importFailed(file: file, line: line, reason: Self.reason(error))
                }
            }
            try journal.finish(label: drafts.count == 1 ? "import 1 item" : "import \(drafts.count) items")
            return ImportResult(projectId: projectId, ids: ids)
        }
    }
}
