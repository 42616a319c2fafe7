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
    public func importPunchRows(projectId: Int64, rows: [PunchImportInput], fields: Set<PunchField>, file: String,
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
            let writer = PunchWriter(db: db, journal: journal, who: who, at: at)
            let note = "imported from \((file as NSString).lastPathComponent)"
            var existing: [Int: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT number, id FROM punch_item WHERE project_id = ?",
                                        arguments: [projectId]) {
                existing[row[0]] = row[1]
            }
            var result = PunchImportResult(added: [], updated: [])
            for (line, draft, external) in rows {
                do {
                    if let number = draft.number, let id = existing[number] {
                        try Self.update(id, projectId: projectId, with: draft, external: external, fields: fields,
                                        writer: writer, note: note)
                        result.updated.append(number)
                    } else {
                        let item = try writer.insert(draft, into: projectId, note: note)
                        if !external.isEmpty { try Self.write(external, itemId: item.id!, db: db) }
                        result.added.append(item.number)
                    }
                } catch AppError.invalidPunchItem(let reason) {
                    throw AppError.importFailed(file: file, line: line, reason: reason)
                } catch let error as AppError {
                    throw AppError.importFailed(file: file, line: line, reason: error.description)
                } catch let error as DatabaseError {
                    throw AppError.importFailed(file: file, line: line, reason: Self.reason(error))
                }
            }
            let count = rows.count
            try journal.finish(label: count == 1 ? "import 1 item" : "import \(count) items")
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

    // MARK: - Rows

    /// Overlays the fields the file has on the stored item; a closing records who accepted it.
    private static func update(_ id: Int64, projectId: Int64, with raw: PunchDraft, external: PunchExternalFields,
                               fields: Set<PunchField>, writer: PunchWriter, note: String) throws {
        let db = writer.db
        guard let old = try PunchHistory.items(db, ids: [id]).first else { throw AppError.missingPunchItems(ids: [id]) }
        let draft = try raw.cleaned()
        try writer.journal.willUpdate("punch_item", ids: [id])
        var new = old
        if fields.contains(.title) { new.title = draft.title }
        if fields.contains(.detail) { new.detail = draft.detail }
        if fields.contains(.location) { new.locationId = try writer.locationId(for: draft.location, in: projectId) }
        if fields.contains(.category) { new.category = draft.category }
        if fields.contains(.priority) { new.priority = draft.priority }
        if fields.contains(.status) { new.status = draft.status }
        if fields.contains(.assignee) { new.assignee = draft.assignee }
        if fields.contains(.due) { new.dueOn = draft.dueOn }
        if fields.contains(.blocksAcceptance) { new.blocksAcceptance = draft.blocksAcceptance }
        if fields.contains(.ballInCourt) { new.ballInCourt = draft.ballInCourt }
        if fields.contains(.source) { new.source = draft.source }
        if new.status != old.status { new.acceptedBy = new.status == .closed ? writer.who : nil }
        if new != old {
            try writer.update(new)
            let paths = try PunchHistory.paths(db, of: [old.locationId, new.locationId].compactMap { $0 })
            try PunchHistory.record(db, from: old, to: new, paths: paths, who: writer.who, at: writer.stamp, note: note)
        }
        var merged = try stored(id, db: db)
        if fields.contains(.reference) { merged.reference = external.reference }
        if fields.contains(.costCode) { merged.costCode = external.costCode }
        if fields.contains(.costImpact) { merged.costImpact = external.costImpact }
        if fields.contains(.scheduleImpact) { merged.scheduleImpact = external.scheduleImpact }
        if fields.contains(.createdBy) { merged.createdBy = external.createdBy }
        try write(merged, itemId: id, db: db)
    }

    private static func stored(_ id: Int64, db: Database) throws -> PunchExternalFields {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(PunchExternalFields.columns) FROM punch_item i WHERE i.id = ?",
                                         arguments: [id])
        else { throw AppError.missingPunchItems(ids: [id]) }
        return PunchExternalFields(row: row, at: 0)
    }

    private static func write(_ external: PunchExternalFields, itemId: Int64, db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE punch_item SET reference = ?, cost_code = ?, cost_impact = ?, schedule_impact = ?, created_by = ?
            WHERE id = ?
            """).execute(arguments: [external.reference, external.costCode, external.costImpact,
                                     external.scheduleImpact, external.createdBy, itemId])
    }
}
