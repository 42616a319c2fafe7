import Foundation
import GRDB
import RapportModel

/// Writes punch items inside one journaled transaction: numbers, locations, rows and history.
///
/// Keeps what it learns (the next number, a project's locations) for the transaction, so an
/// import of many rows asks each question once.
final class PunchWriter {
    let db: Database
    let journal: Journal
    let who: String
    let at: Date
    /// `at` as stored, formatted once for every row of the transaction.
    let stamp: DatabaseValue
    private var nextNumber: [Int64: Int] = [:]
    /// A project's locations with their paths split into lower-cased parts, for matching.
    private var locations: [Int64: [(id: Int64, path: String, key: [String])]] = [:]

    init(db: Database, journal: Journal, who: String, at: Date) {
        self.db = db
        self.journal = journal
        self.who = who
        self.at = at
        stamp = at.databaseValue
    }

    // MARK: - Numbers

    /// True when no item of the project (other than `except`) has `number`.
    func isFree(_ number: Int, in projectId: Int64, except itemId: Int64? = nil) throws -> Bool {
        return try Int64.fetchOne(db, sql: "SELECT id FROM punch_item WHERE project_id = ? AND number = ?",
                                  arguments: [projectId, number]).map { $0 == itemId } ?? true
    }

    /// The draft's number when it is free, else one past the project's highest.
    private func number(for wanted: Int?, in projectId: Int64) throws -> Int {
        if nextNumber[projectId] == nil {
            nextNumber[projectId] = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM punch_item WHERE project_id = ?",
                                                     arguments: [projectId]).map { $0 + 1 } ?? 1
        }
        let number: Int
        if let wanted, try isFree(wanted, in: projectId) {
            number = wanted
        } else {
            number = nextNumber[projectId]!
        }
        nextNumber[projectId] = max(nextNumber[projectId]!, number + 1)
        return number
    }

    // MARK: - Locations

    /// The location `text` names in the project, created when there is none.
    ///
    /// `Board Room` finds `HQ / Floor 3 / Board Room`: the text matches a whole path, or else
    /// the end of exactly one path (parts compared without case or spacing around `/`). Text
    /// that ends several paths is refused rather than guessed. A new location keeps the text as
    /// given (trimmed), so an exported list imports elsewhere with the same paths.
    func locationId(for text: String?, in projectId: Int64) throws -> Int64? {
        guard let text else { return nil }
        let wanted = Self.key(text)
        guard !wanted.isEmpty else { return nil }
        if locations[projectId] == nil {
            locations[projectId] = try Row.fetchAll(db, sql: "SELECT id, path FROM location WHERE project_id = ?",
                                                    arguments: [projectId]).map { ($0["id"], $0["path"], Self.key($0["path"])) }
        }
        let known = locations[projectId]!
        if let exact = known.first(where: { $0.key == wanted }) { return exact.id }
        let ends = known.filter { $0.key.count > wanted.count && $0.key.suffix(wanted.count).elementsEqual(wanted) }
        if ends.count == 1 { return ends[0].id }
        if ends.count > 1 {
            throw AppError.ambiguousLocation(text: text, matches: ends.map(\.path).sorted())
        }
        let path = text.trimmed
        try db.execute(sql: "INSERT INTO location (project_id, path) VALUES (?, ?)", arguments: [projectId, path])
        let id = db.lastInsertedRowID
        try journal.didInsert("location", id: id)
        locations[projectId]!.append((id, path, wanted))
        return id
    }

    /// `HQ/ Floor 3 /Board Room` → `["hq", "floor 3", "board room"]`.
    private static func key(_ path: String) -> [String] {
        path.split(separator: "/").map { $0.trimmed.lowercased() }.filter { !$0.isEmpty }
    }

    // MARK: - Rows

    /// Inserts a cleaned draft as a new item with its `created` event; `note` goes on the event.
    func insert(_ draft: PunchDraft, into projectId: Int64, note: String = "") throws -> PunchItem {
        let draft = try draft.storable()
        var item = PunchItem(
            projectId: projectId, number: try number(for: draft.number, in: projectId), title: draft.title,
            detail: draft.detail, locationId: try locationId(for: draft.location, in: projectId),
            category: draft.category, priority: draft.priority, status: draft.status,
            ballInCourt: draft.ballInCourt, assignee: draft.assignee, dueOn: draft.dueOn,
            blocksAcceptance: draft.blocksAcceptance, source: draft.source,
            acceptedBy: draft.status == .closed ? who : nil, createdAt: at, updatedAt: at)
        try db.cachedStatement(sql: """
            INSERT INTO punch_item (project_id, number, title, detail, location_id, category, priority, status,
                                    ball_in_court, assignee, due_on, blocks_acceptance, source, rejections,
                                    accepted_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                item.projectId, item.number, item.title, item.detail, item.locationId, item.category.rawValue,
                item.priority.rawValue, item.status.rawValue, item.ballInCourt, item.assignee, item.dueOn?.iso,
                item.blocksAcceptance, item.source.rawValue, item.rejections, item.acceptedBy, stamp, stamp,
            ])
        item.id = db.lastInsertedRowID
        try journal.didInsert("punch_item", id: item.id!)
        try PunchHistory.write(db, itemId: item.id!, .init(field: "created", from: nil, to: item.status.rawValue),
                               who: who, at: stamp, note: note)
        return item
    }

    /// Writes every field of `new` over its row, stamped `at`; the journal must already hold
    /// the row's image.
    func update(_ new: PunchItem) throws {
        try db.cachedStatement(sql: """
            UPDATE punch_item SET number = ?, title = ?, detail = ?, location_id = ?, category = ?, priority = ?,
                status = ?, ball_in_court = ?, assignee = ?, due_on = ?, blocks_acceptance = ?, source = ?,
                rejections = ?, accepted_by = ?, updated_at = ?
            WHERE id = ?
            """).execute(arguments: [
                new.number, new.title, new.detail, new.locationId, new.category.rawValue, new.priority.rawValue,
                new.status.rawValue, new.ballInCourt, new.assignee, new.dueOn?.iso, new.blocksAcceptance,
                new.source.rawValue, new.rejections, new.acceptedBy, stamp, new.id,
            ])
    }
}
