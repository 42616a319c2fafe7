import Foundation
import GRDB
import RapportModel

// MARK: - Dispute: an item contested by the customer or by us

extension AppDatabase {
    /// Marks open items disputed by `side`, in one transaction and one undo step: the ball goes
    /// to the other side, and the status event carries `disputed by customer: NOTE`.
    ///
    /// A closed or void item cannot be disputed (it is off the list); one already disputed is
    /// left as it is. Returns how many items changed.
    @discardableResult
    public func disputePunchItems(ids: [Int64], side: DisputeSide, note: String, by who: String, at: Date) throws -> Int {
        try writing { db in
            let items = try PunchHistory.items(db, ids: ids)
            guard items.count == Set(ids).count else {
                throw AppError.missingPunchItems(ids: ids.filter { id in !items.contains { $0.id == id } })
            }
            if let shut = items.first(where: { !$0.status.isOpen }) {
                throw AppError.invalidPunchItem(reason: "#\(shut.number) is \(shut.status.rawValue); only an open item can be disputed")
            }
            let changing = items.filter { $0.status != .disputed }.sorted { $0.number < $1.number }
            guard !changing.isEmpty else { return 0 }
            let journal = try Journal.begin(db, who: who, at: at)
            let writer = PunchWriter(db: db, journal: journal, who: who, at: at)
            try journal.willUpdate("punch_item", ids: changing.map { $0.id! })
            let words = note.trimmed.isEmpty ? "disputed by \(side.rawValue)" : "disputed by \(side.rawValue): \(note.trimmed)"
            for old in changing {
                var new = old
                new.status = .disputed
                new.ballInCourt = side.ballInCourt
                try writer.update(new)
                try PunchHistory.record(db, from: old, to: new, paths: [:], who: who, at: writer.stamp, statusNote: words)
            }
            try journal.finish(label: changing.count == 1 ? "dispute #\(changing[0].number)" : "dispute \(changing.count) items")
            return changing.count
        }
    }
}
