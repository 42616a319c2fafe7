import Foundation
import GRDB
import RapportModel

// MARK: - Triage: adding items and changing them, one undo step each

extension AppDatabase {
    /// Adds an item to the project: the next number (or the draft's, when free), its location
    /// found or created, a `created` event; one undo step (`add #7`).
    public func addPunchItem(projectId: Int64, draft: PunchDraft, by who: String, at: Date) throws -> PunchItem {
        try writing { db in
            _ = try Self.projectCode(db, projectId)
            let journal = try Journal.begin(db, who: who, at: at)
            let item = try PunchWriter(db: db, journal: journal, who: who, at: at).insert(draft, into: projectId)
            try journal.finish(label: "add \(item.ref)")
            return item
        }
    }

    /// Applies one triage step to every given item of one project, as one transaction and one
    /// undo step (`advance 3 items`).
    ///
    /// Items the workflow refuses are skipped with a reason; items already as asked are left
    /// alone. Unknown ids, or ids of more than one project, are refused and nothing is written.
    /// `edit` writes the same draft over every given item, so it is meant for one item; its
    /// number, when set and different, must be free in the project.
    public func changePunchItems(ids: [Int64], change: PunchChange, by who: String, at: Date) throws -> ChangeResult {
        var seen = Set<Int64>()
        let ids = ids.filter { seen.insert($0).inserted }
        let change = try change.storable()
        // No items, no project: a result that changed nothing, without opening a transaction.
        guard !ids.isEmpty else { return ChangeResult(change: change, projectId: 0, label: change.label("0 items")) }
        return try writing { db in
            let items = try PunchHistory.items(db, ids: ids).sorted { $0.number < $1.number }
            let found = Set(items.compactMap(\.id))
            let missing = ids.filter { !found.contains($0) }
            if !missing.isEmpty { throw AppError.missingPunchItems(ids: missing) }
            let projects = Set(items.map(\.projectId))
            if projects.count > 1 {
                throw AppError.punchItemsSpanProjects(codes: try projects.map { try Self.projectCode(db, $0) }.sorted())
            }
            let projectId = items[0].projectId
            let journal = try Journal.begin(db, who: who, at: at)
            let writer = PunchWriter(db: db, journal: journal, who: who, at: at)

            var locationId: Int64?
            switch change {
            case .setLocation(let path): locationId = try writer.locationId(for: path, in: projectId)
            case .edit(let draft): locationId = try writer.locationId(for: draft.location, in: projectId)
            default: break
            }

            var changed: [(old: PunchItem, new: PunchItem, statusNote: String)] = []
            var skipped: [SkippedItem] = []
            for item in items {
                switch change.apply(to: item, by: who, at: at, locationId: locationId) {
                case .changed(let new, let statusNote): changed.append((item, new, statusNote))
                case .unchanged: break
                case .skipped(let reason):
                    skipped.append(SkippedItem(id: item.id!, number: item.number, status: item.status, reason: reason))
                }
            }
            for (old, new, _) in changed where new.number != old.number {
                guard try writer.isFree(new.number, in: projectId, except: new.id) else {
                    let code = try Self.projectCode(db, projectId)
                    throw AppError.invalidPunchItem(reason: "number \(new.number) is already used in \(code)")
                }
            }

            try journal.willUpdate("punch_item", ids: changed.map { $0.old.id! })
            let locationIds = changed.flatMap { [$0.old.locationId, $0.new.locationId] }.compactMap { $0 }
            let paths = try PunchHistory.paths(db, of: Set(locationIds))
            for (old, new, statusNote) in changed {
                try writer.update(new)
                try PunchHistory.record(db, from: old, to: new, paths: paths, who: who, at: writer.stamp,
                                        statusNote: statusNote)
            }
            let named = changed.isEmpty ? items : changed.map(\.new)
            let subject = named.count == 1 ? named[0].ref : "\(named.count) items"
            let label = change.label(subject)
            try journal.finish(label: label)
            return ChangeResult(change: change, projectId: projectId, label: label,
                                changed: changed.map(\.new).sorted { $0.number < $1.number }, skipped: skipped)
        }
    }

    /// The project's code, or `missingProject`.
    static func projectCode(_ db: Database, _ projectId: Int64) throws -> String {
        guard let code = try String.fetchOne(db, sql: "SELECT code FROM project WHERE id = ?", arguments: [projectId])
        else { throw AppError.missingProject(id: projectId) }
        return code
    }
}
