import Foundation
import GRDB
import RapportModel

/// Writes `punch_event` rows: one per changed field, as the detail view's history shows them.
///
/// History is append-only. An undo does not delete the events of the change it undoes; it adds
/// events of its own (note `undo: …`), so the history tells what happened, in order.
enum PunchHistory {
    /// One field that differs between two versions of an item, spelled for people.
    struct FieldChange: Equatable {
        var field: String
        var from: String?
        var to: String?
    }

    /// The fields that differ from `old` to `new`. Counters and stamps that follow from other
    /// fields (rejections, accepted by, updated at) are not listed; the status change carries them.
    static func changes(from old: PunchItem, to new: PunchItem, paths: [Int64: String]) -> [FieldChange] {
        var result: [FieldChange] = []
        func add(_ field: String, _ a: String?, _ b: String?) {
            if a != b { result.append(FieldChange(field: field, from: a, to: b)) }
        }
        func text(_ value: String) -> String? { value.isEmpty ? nil : value }
        add("status", old.status.rawValue, new.status.rawValue)
        add("number", String(old.number), String(new.number))
        add("title", old.title, new.title)
        add("detail", text(old.detail), text(new.detail))
        // A location whose path is unknown (deleted since) still shows that the item moved.
        func place(_ id: Int64?) -> String? { id.map { paths[$0] ?? "location #\($0)" } }
        add("location", place(old.locationId), place(new.locationId))
        add("category", old.category.rawValue, new.category.rawValue)
        add("priority", old.priority.label, new.priority.label)
        add("assignee", text(old.assignee), text(new.assignee))
        add("due_on", old.dueOn?.iso, new.dueOn?.iso)
        add("blocks_acceptance", old.blocksAcceptance ? "yes" : "no", new.blocksAcceptance ? "yes" : "no")
        add("ball_in_court", old.ballInCourt, new.ballInCourt)
        add("source", old.source.rawValue, new.source.rawValue)
        return result
    }

    /// `at` is the instant as stored, made once per transaction: formatting a `Date` for SQLite
    /// goes through a DateFormatter, which a per-row call would repeat a thousand times.
    static func write(_ db: Database, itemId: Int64, _ change: FieldChange, who: String, at: DatabaseValue,
                      note: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO punch_event (punch_item_id, at, who, field, from_value, to_value, note)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [itemId, at, who, change.field, change.from, change.to, note])
    }

    /// Writes one event per changed field; `statusNote` goes on the status event (e.g. `rejected`),
    /// `note` on every event.
    static func record(_ db: Database, from old: PunchItem, to new: PunchItem, paths: [Int64: String],
                       who: String, at: DatabaseValue, note: String = "", statusNote: String = "") throws {
        for change in changes(from: old, to: new, paths: paths) {
            let parts = [change.field == "status" ? statusNote : "", note].filter { !$0.isEmpty }
            try write(db, itemId: new.id!, change, who: who, at: at, note: parts.joined(separator: "; "))
        }
    }

    /// Full paths of the given locations.
    static func paths(_ db: Database, of ids: some Collection<Int64>) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path FROM location WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: [Journal.jsonArray(ids)]) {
            result[row["id"]] = row["path"]
        }
        return result
    }

    /// Items by id, in no particular order.
    static func items(_ db: Database, ids: some Collection<Int64>) throws -> [PunchItem] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT \(PunchItem.punchColumns) FROM punch_item i WHERE i.id IN (SELECT value FROM json_each(?))
            """,
                                arguments: [Journal.jsonArray(ids)]).map(PunchItem.init(punchRow:))
    }
}
