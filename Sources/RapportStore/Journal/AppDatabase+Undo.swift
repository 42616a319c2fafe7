import Foundation
import GRDB
import RapportModel

// MARK: - Undo and redo

extension AppDatabase {
    /// Undoes `who`'s newest step not yet undone and returns it (nil when they have none).
    ///
    /// Undo is per user: steps others made, before or after, are left as they are. The journal
    /// lives in the file, so this works after a restart too. Status and other field changes it
    /// reverts are written to the items' history with the note `undo: LABEL`. Refused, changing
    /// nothing, when another user's later step changed the same rows (`AppError.undoBuiltOn`,
    /// naming them and their step), when another user's undo moved the same rows
    /// (`AppError.undoneUnder`), or when they were changed outside the journal
    /// (`AppError.journalConflict`).
    public func undo(by who: String, at: Date) throws -> JournalStep? {
        try replay(.undo, by: who, at: at)
    }

    /// Re-applies `who`'s most recently undone step and returns it (nil when they have none).
    /// A new step of theirs discards what they could redo; other users' steps do not, but one
    /// that changed the same rows since makes the redo refused (`AppError.undoBuiltOn`).
    public func redo(by who: String, at: Date) throws -> JournalStep? {
        try replay(.redo, by: who, at: at)
    }

    /// The label `undo` would undo for `who` now, for hints; nil when there is nothing to undo.
    public func undoLabel(by who: String) throws -> String? {
        try read { db in try Journal.next(db, .undo, by: who).map { try Journal.step(db, entryId: $0).label } }
    }

    /// The label `redo` would redo for `who` now; nil when there is nothing to redo.
    public func redoLabel(by who: String) throws -> String? {
        try read { db in try Journal.next(db, .redo, by: who).map { try Journal.step(db, entryId: $0).label } }
    }

    private func replay(_ direction: Journal.Direction, by who: String, at: Date) throws -> JournalStep? {
        try writing { db in
            guard let entryId = try Journal.next(db, direction, by: who) else { return nil }
            let step = try Journal.step(db, entryId: entryId)
            let label = step.label
            if let later = try Journal.builtOn(db, entryId: entryId, by: who) {
                throw AppError.undoBuiltOn(action: direction.name, label: label, by: later.who, later: later.label)
            }
            let changes = try Journal.changes(db, entryId: entryId)

            // Items that exist on both sides get history events; inserted ones are deleted by
            // undo (their events go with them) and re-created by redo.
            let kept = changes.filter { $0.table == "punch_item" && $0.before != nil && $0.after != nil }.map(\.rowId)
            let before = try PunchHistory.items(db, ids: kept)
            var paths = try PunchHistory.paths(db, of: Set(before.compactMap(\.locationId)))
            var stages: [Int64: String] = [:]
            for change in changes where change.table == "project" && change.before != nil && change.after != nil {
                stages[change.rowId] = try String.fetchOne(db, sql: "SELECT stage FROM project WHERE id = ?",
                                                           arguments: [change.rowId])
            }
            do {
                try Journal.replay(db, entryId: entryId, changes: changes, label: label, direction: direction)
            } catch AppError.journalConflict {
                // Name the user whose undo moved the rows, when one did; else it was outside the journal.
                guard let other = try Journal.undoneUnder(db, entryId: entryId, by: who) else {
                    throw AppError.journalConflict(action: direction.name, label: label)
                }
                throw AppError.undoneUnder(action: direction.name, label: label, by: other.who, undid: other.label)
            }
            let after = Dictionary(uniqueKeysWithValues: try PunchHistory.items(db, ids: kept).map { ($0.id!, $0) })
            paths.merge(try PunchHistory.paths(db, of: Set(after.values.compactMap(\.locationId)))) { a, _ in a }

            let note = "\(direction.name): \(label)"
            let stamp = at.databaseValue
            try Self.recordReplayedStages(db, before: stages, who: who, at: at, note: note)
            for old in before {
                guard let new = after[old.id!] else { continue }
                try PunchHistory.record(db, from: old, to: new, paths: paths, who: who, at: stamp, note: note)
            }
            if direction == .redo {
                for change in changes where change.table == "punch_item" && change.before == nil && change.after != nil {
                    guard let status = try String.fetchOne(db, sql: "SELECT status FROM punch_item WHERE id = ?",
                                                           arguments: [change.rowId]) else { continue }
                    try PunchHistory.write(db, itemId: change.rowId, .init(field: "created", from: nil, to: status),
                                           who: who, at: stamp, note: note)
                }
            }
            try db.execute(sql: "UPDATE journal_entry SET undone = ? WHERE id = ?",
                           arguments: [direction == .undo, entryId])
            return step
        }
    }
}
