import Foundation
import GRDB
import RapportModel

// MARK: - Locations: the site tree and the facts about its places

extension AppDatabase {
    public func locationTree(projectId: Int64) throws -> [LocationNode] {
        try read { db in
            _ = try Self.projectCode(db, projectId)
            return try Self.locationTree(db, projectId: projectId)
        }
    }

    /// Every location of the project and the parents its paths imply, parents before children,
    /// siblings by name (without case).
    static func locationTree(_ db: Database, projectId: Int64) throws -> [LocationNode] {
        let locations = try Location.fetchAll(db, sql: "SELECT * FROM location WHERE project_id = ?", arguments: [projectId])
        var facts: [Int64: [LocationFact]] = [:]
        for fact in try LocationFact.fetchAll(db, sql: """
            SELECT f.* FROM location_fact f JOIN location l ON l.id = f.location_id WHERE l.project_id = ?
            ORDER BY f.key COLLATE NOCASE, f.id
            """, arguments: [projectId]) {
            facts[fact.locationId, default: []].append(fact)
        }
        let open = try countsByProject(db, sql: """
            SELECT location_id, COUNT(*) FROM punch_item
            WHERE project_id = ?1 AND location_id IS NOT NULL AND status IN (\(PunchSQL.openStatuses)) GROUP BY location_id
            """, projectId)
        var nodes: [[String]: LocationNode] = [:]
        for location in locations {
            let parts = location.path.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for depth in parts.indices.dropLast() {
                let key = parts[...depth].map { $0.lowercased() }
                if nodes[key] == nil {
                    nodes[key] = LocationNode(id: nil, path: parts[...depth].joined(separator: " / "), name: parts[depth],
                                              depth: depth, facts: [], openPunch: 0)
                }
            }
            let key = parts.map { $0.lowercased() }
            nodes[key] = LocationNode(id: location.id, path: location.path, name: parts.last ?? location.path,
                                      depth: max(0, parts.count - 1), facts: facts[location.id!] ?? [],
                                      openPunch: open[location.id!] ?? 0)
        }
        return nodes.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.value)
    }

    public func classifyLocation(projectId: Int64, text: String) throws -> LocationMatch {
        try read { db in
            _ = try Self.projectCode(db, projectId)
            let known = try Row.fetchAll(db, sql: "SELECT id, path FROM location WHERE project_id = ?", arguments: [projectId])
                .map { (id: $0["id"] as Int64, path: $0["path"] as String) }
            return LocationPath.classify(text, among: known)
        }
    }

    // MARK: - Writes

    public func addLocation(projectId: Int64, path: String, by who: String, at: Date) throws -> Saved<SavedLocation> {
        let path = try Self.cleanPath(path)
        return try locationWrite(projectId: projectId, by: who, at: at) { db, journal, code in
            try Self.refuseTakenPath(db, projectId: projectId, path: path, except: [])
            var location = Location(projectId: projectId, path: path)
            try location.insert(db)
            try journal.didInsert("location", id: location.id!)
            return (SavedLocation(location: location, facts: []), "add location \(path) (\(code))")
        }
    }

    /// Renames the location and moves the locations under it along (`HQ / Floor 3` to
    /// `HQ / Level 3` renames `HQ / Floor 3 / Board Room` too); refused when a new path is taken.
    public func renameLocation(locationId: Int64, to newPath: String, by who: String, at: Date) throws -> Saved<SavedLocation> {
        let newPath = try Self.cleanPath(newPath)
        let location = try read { db in try Self.location(db, locationId) }
        return try locationWrite(projectId: location.projectId, by: who, at: at) { db, journal, code in
            let all = try Location.fetchAll(db, sql: "SELECT * FROM location WHERE project_id = ? AND id <> ?",
                                            arguments: [location.projectId, locationId])
            let moved = all.compactMap { other in
                LocationPath.renamed(other.path, from: location.path, to: newPath).map { (other, $0) }
            }
            let movedIds = Set(moved.map { $0.0.id! })
            try Self.refuseTakenPath(db, projectId: location.projectId, path: newPath, except: movedIds.union([locationId]))
            for (_, path) in moved {
                try Self.refuseTakenPath(db, projectId: location.projectId, path: path, except: movedIds.union([locationId]))
            }
            try journal.willUpdate("location", ids: [locationId] + moved.map { $0.0.id! })
            // Through a temporary path first, so swapping two names never trips the unique key midway.
            for (other, _) in moved {
                try db.execute(sql: "UPDATE location SET path = ? WHERE id = ?", arguments: ["\u{1}\(other.id!)", other.id])
            }
            try db.execute(sql: "UPDATE location SET path = ? WHERE id = ?", arguments: [newPath, locationId])
            for (other, path) in moved {
                try db.execute(sql: "UPDATE location SET path = ? WHERE id = ?", arguments: [path, other.id])
            }
            var renamed = location
            renamed.path = newPath
            return (SavedLocation(location: renamed, facts: try Self.facts(db, locationId), moved: moved.map { $0.0.id! }),
                    "rename location \(location.path) to \(newPath) (\(code))")
        }
    }

    /// Sets the fact `key` (compared without case) of the location, or removes it when `value` is nil.
    public func setLocationFact(locationId: Int64, key: String, value: String?, verified: Bool, by who: String,
                                at: Date) throws -> Saved<SavedLocation> {
        let key = key.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { throw AppError.invalidRecord(record: "location", field: "fact", reason: "the fact has no name") }
        let value = value?.trimmingCharacters(in: .whitespacesAndNewlines)
        let location = try read { db in try Self.location(db, locationId) }
        return try locationWrite(projectId: location.projectId, by: who, at: at) { db, journal, code in
            let existing = try LocationFact.fetchOne(db, sql: """
                SELECT * FROM location_fact WHERE location_id = ? AND key = ? COLLATE NOCASE
                """, arguments: [locationId, key])
            let label: String
            switch (existing, value) {
            case (nil, nil):
                throw AppError.locationRefused(path: location.path, reason: "it has no fact '\(key)'")
            case (let fact?, nil):
                try journal.willUpdate("location_fact", ids: [fact.id!])
                try db.execute(sql: "DELETE FROM location_fact WHERE id = ?", arguments: [fact.id])
                label = "remove \(fact.key) from \(location.path) (\(code))"
            case (var fact?, let value?):
                try journal.willUpdate("location_fact", ids: [fact.id!])
                fact.value = value
                fact.verified = verified
                try fact.update(db)
                label = "set \(fact.key) of \(location.path) (\(code))"
            case (nil, let value?):
                var fact = LocationFact(locationId: locationId, key: key, value: value, verified: verified)
                try fact.insert(db)
                try journal.didInsert("location_fact", id: fact.id!)
                label = "set \(key) of \(location.path) (\(code))"
            }
            return (SavedLocation(location: location, facts: try Self.facts(db, locationId)), label)
        }
    }

    // MARK: - Plumbing

    static func facts(_ db: Database, _ locationId: Int64) throws -> [LocationFact] {
        try LocationFact.fetchAll(db, sql: "SELECT * FROM location_fact WHERE location_id = ? ORDER BY key COLLATE NOCASE, id",
                                  arguments: [locationId])
    }

    private static func cleanPath(_ path: String) throws -> String {
        let clean = LocationPath.normalized(path)
        guard !clean.isEmpty else { throw AppError.invalidRecord(record: "location", field: "path", reason: "the path is empty") }
        guard clean.count <= 300 else {
            throw AppError.invalidRecord(record: "location", field: "path", reason: "the path is longer than 300 characters")
        }
        return clean
    }

    /// Refused when another location of the project (not in `except`) has the same path, compared as `LocationPath.key`;
    /// the refusal names the path as saved.
    private static func refuseTakenPath(_ db: Database, projectId: Int64, path: String, except: Set<Int64>) throws {
        let wanted = LocationPath.key(path)
        for row in try Row.fetchAll(db, sql: "SELECT id, path FROM location WHERE project_id = ?", arguments: [projectId]) {
            let id: Int64 = row["id"]
            let existing: String = row["path"]
            if !except.contains(id), LocationPath.key(existing) == wanted { throw AppError.duplicateLocation(path: existing) }
        }
    }

    private func locationWrite(projectId: Int64, by who: String, at: Date,
                               _ body: (Database, Journal, String) throws -> (SavedLocation, String)) throws -> Saved<SavedLocation> {
        var customerId: Int64 = 0
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            let project = try Self.project(db, projectId)
            customerId = project.customerId
            return try body(db, journal, project.code)
        }
        return Saved(saved, record: .location, customerId: customerId, projectId: projectId, label: label)
    }
}
