import Foundation
import GRDB
import RapportModel

/// One import's writes inside its transaction: items added through `PunchWriter`, items with a
/// known number updated field by field, and every row's other-system fields written at the end.
///
/// Work that would repeat per row is done once: the images of the items to update are captured
/// in one statement (one per row made the journal's "already captured" check quadratic: a
/// minute for 10,000 updates), each distinct location text is resolved once, and the external
/// fields go in with one statement.
final class PunchImport {
    let writer: PunchWriter
    let projectId: Int64
    let fields: Set<PunchImportField>
    let note: String
    private var locations: [String: Int64?] = [:]

    init(writer: PunchWriter, projectId: Int64, fields: Set<PunchImportField>, note: String) {
        self.writer = writer
        self.projectId = projectId
        self.fields = fields
        self.note = note
    }

    func run(_ rows: [AppDatabase.PunchImportInput], file: String) throws -> PunchImportResult {
        let db = writer.db
        var existing: [Int: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT number, id FROM punch_item WHERE project_id = ?", arguments: [projectId]) {
            existing[row[0]] = row[1]
        }
        let updating = rows.compactMap { $0.draft.number.flatMap { existing[$0] } }
        try writer.journal.willUpdate("punch_item", ids: updating)
        var stored: [Int64: (item: PunchItem, external: PunchExternalFields)] = [:]
        if !updating.isEmpty {
            for row in try Row.fetchAll(db, sql: """
                SELECT \(PunchItem.punchColumns), \(PunchExternalFields.columns) FROM punch_item i
                WHERE i.id IN (SELECT value FROM json_each(?))
                """, arguments: [Journal.jsonArray(updating)]) {
                let item = PunchItem(punchRow: row)
                stored[item.id!] = (item, PunchExternalFields(row: row, at: PunchItem.punchColumnCount))
            }
        }
        var result = PunchImportResult(added: [], updated: [])
        var externals: [(id: Int64, fields: PunchExternalFields)] = []
        let search = try SearchDeferral(db, adding: rows.count - updating.count)
        for (line, draft, external) in rows {
            do {
                if let number = draft.number, let id = existing[number], let old = stored[id] {
                    try update(old.item, with: draft)
                    externals.append((id, merged(old.external, external)))
                    result.updated.append(number)
                } else {
                    let item = try writer.insert(draft, into: projectId, note: note)
                    if !external.isEmpty { externals.append((item.id!, external)) }
                    result.added.append(item.number)
                }
            } catch AppError.invalidPunchItem(let reason) {
                throw AppError.importFailed(file: file, line: line, reason: reason)
            } catch let error as AppError {
                throw AppError.importFailed(file: file, line: line, reason: error.description)
            } catch let error as DatabaseError {
                throw AppError.importFailed(file: file, line: line, reason: AppDatabase.reason(error))
            }
        }
        try write(externals)
        try search.finish()
        return result
    }

    // MARK: - Rows

    /// Overlays the fields the file has on the stored item; a closing records who accepted it.
    private func update(_ old: PunchItem, with raw: PunchDraft) throws {
        let draft = try raw.cleaned()
        var new = old
        if fields.contains(.title) { new.title = draft.title }
        if fields.contains(.detail) { new.detail = draft.detail }
        if fields.contains(.location) { new.locationId = try location(draft.location) ?? nil }
        if fields.contains(.category) { new.category = draft.category }
        if fields.contains(.priority) { new.priority = draft.priority }
        if fields.contains(.status) { new.status = draft.status }
        if fields.contains(.assignee) { new.assignee = draft.assignee }
        if fields.contains(.due) { new.dueOn = draft.dueOn }
        if fields.contains(.blocksAcceptance) { new.blocksAcceptance = draft.blocksAcceptance }
        if fields.contains(.ballInCourt) { new.ballInCourt = draft.ballInCourt }
        if fields.contains(.source) { new.source = draft.source }
        if new.status != old.status { new.acceptedBy = new.status == .closed ? writer.who : nil }
        guard new != old else { return }
        try writer.update(new)
        let paths = try PunchHistory.paths(writer.db, of: [old.locationId, new.locationId].compactMap { $0 })
        try PunchHistory.record(writer.db, from: old, to: new, paths: paths, who: writer.who, at: writer.stamp, note: note)
    }

    /// The location a text names, resolved (or made) once per distinct text of the file.
    private func location(_ text: String?) throws -> Int64?? {
        guard let text else { return .some(nil) }
        if let known = locations[text] { return known }
        let id = try writer.locationId(for: text, in: projectId)
        locations[text] = id
        return id
    }

    /// The stored external fields with the ones the file has columns for replaced.
    private func merged(_ old: PunchExternalFields, _ new: PunchExternalFields) -> PunchExternalFields {
        var merged = old
        if fields.contains(.reference) { merged.reference = new.reference }
        if fields.contains(.costCode) { merged.costCode = new.costCode }
        if fields.contains(.costImpact) { merged.costImpact = new.costImpact }
        if fields.contains(.scheduleImpact) { merged.scheduleImpact = new.scheduleImpact }
        if fields.contains(.createdBy) { merged.createdBy = new.createdBy }
        return merged
    }

    /// Every row's external fields in one statement, from a JSON array of `[id, five fields]`.
    private func write(_ externals: [(id: Int64, fields: PunchExternalFields)]) throws {
        guard !externals.isEmpty else { return }
        let array = externals.map { id, f in [String(id), f.reference, f.costCode, f.costImpact, f.scheduleImpact, f.createdBy] }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: array), as: UTF8.self)
        try writer.db.execute(sql: """
            UPDATE punch_item SET reference = json_extract(j.value, '$[1]'), cost_code = json_extract(j.value, '$[2]'),
                cost_impact = json_extract(j.value, '$[3]'), schedule_impact = json_extract(j.value, '$[4]'),
                created_by = json_extract(j.value, '$[5]')
            FROM json_each(?) j WHERE punch_item.id = CAST(json_extract(j.value, '$[0]') AS INTEGER)
            """, arguments: [json])
    }
}
