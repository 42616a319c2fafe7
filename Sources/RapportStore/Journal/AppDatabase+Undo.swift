import Foundation
import GRDB
import RapportModel

// MARK: - Undo and redo

extension AppDatabase {
    /// Undoes the newest mutation not yet undone and returns its label (nil when there is none).
    ///
    /// The journal lives in the file, so this works after a restart too. Status and other field
    /// changes it reverts are written to the items' history with the note `undo: LABEL`. The
    /// journal is the file's, not a user's: undo takes back the newest step whoever made it.
    /// A step whose rows were changed since by something outside the journal is refused
    /// (`AppError.journalConflict`) rather than overwriting that change.
    public func undo(by who: String, at: Date) throws -> JournalStep? {
        try replay(.undo, by: who, at: at)
    }

    /// Re-applies the oldest undone mutation and returns its label (nil when there is none).
    /// Any new mutation discards what could be redone.
    public func redo(by who: String, at: Date) throws -> JournalStep? {
        try replay(.redo, by: who, at: at)
    }

    /// The label `undo` would undo now, for hints; nil when there is nothing to undo.
    public func undoLabel() throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT label FROM journal_entry WHERE NOT undone ORDER BY id DESC LIMIT 1")
        }
    }

    /// The label `redo` would redo now; nil when there is nothing to redo.
    public func redoLabel() throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT label FROM journal_entry WHERE undone ORDER BY id LIMIT 1")
        }
    }

    private func replay(_ direction: Journal.Direction, by who: String, at: Date) throws -> JournalStep? {
        try writing { db in
            let next = direction == .undo
                ? "SELECT id FROM journal_entry WHERE NOT undone ORDER BY id DESC LIMIT 1"
                : "SELECT id FROM journal_entry WHERE undone ORDER BY id LIMIT 1"
            guard let entryId = try Int64.fetchOne(db, sql: next) else { return nil }
            let step = try Journal.step(db, entryId: entryId)
            let label = step.label
            let changes = try Journal.changes(db, entryId: entryId)

            // Items that exist on both sides get history events; inserted ones are deleted by
            // undo (their events go with them) and re-created by redo.
            let kept = changes.filter { $0.table == "punch_item" && $0.before != nil && $0.after != nil }.map(\.rowId)
            let before = try PunchHistory.items(db, ids: kept)
            var paths = try PunchHistory.paths(db, of: Set(before.compactMap(\.locationId)))
            try Journal.replay(db, entryId: entryId, changes: changes, label: label, direction: direction)
            let after = Dictionary(uniqueKeysWithValues: try PunchHistory.items(db, ids: kept).map { ($0.id!, $0) })
            paths.merge(try PunchHistory.paths(db, of: Set(after.values.compactMap(\.locationId)))) { a, _ in a }

            let note = "\(direction.name): \(label)"
            let stamp = at.databaseValue
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
