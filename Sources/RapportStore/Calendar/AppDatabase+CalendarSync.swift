import Foundation
import GRDB
import RapportModel

// MARK: - The store's half of a vdir sync

extension AppDatabase: CalendarSyncStore {
    public func calendarSyncState(folder: String) throws -> CalendarSyncState {
        try read { db in
            let files = try Row.fetchAll(db, sql: """
                SELECT file_name, uid, mtime, size, etag FROM calendar_file WHERE folder = ?
                """, arguments: [folder]).map {
                SyncedFile(fileName: $0[0], uid: $0[1], mtime: $0[2], size: $0[3], etag: $0[4])
            }
            let latest = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM calendar_change")!
            guard let seen = try Int64.fetchOne(db, sql: "SELECT change_id FROM calendar_folder WHERE folder = ?",
                                                arguments: [folder]) else {
                let all = try String.fetchSet(db, sql: "SELECT uid FROM meeting WHERE series_id IS NULL")
                return CalendarSyncState(files: files, changedUIDs: all, changeId: latest, isNew: true)
            }
            let changed = try String.fetchSet(db, sql: "SELECT DISTINCT uid FROM calendar_change WHERE id > ?", arguments: [seen])
            return CalendarSyncState(files: files, changedUIDs: changed, changeId: latest, isNew: false)
        }
    }

    public func calendarChanges(since: Int64) throws -> (uids: Set<String>, changeId: Int64) {
        try read { db in
            let changed = try String.fetchSet(db, sql: "SELECT DISTINCT uid FROM calendar_change WHERE id > ?", arguments: [since])
            let latest = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM calendar_change")!
            return (changed, latest)
        }
    }

    public func calendarEvents(uids: [String]) throws -> [CalendarEvent] {
        guard !uids.isEmpty else { return [] }
        return try read { db in
            let series = try Meeting.fetchAll(db, sql: """
                SELECT * FROM meeting WHERE series_id IS NULL AND uid IN (SELECT value FROM json_each(?)) ORDER BY uid
                """, arguments: [Self.jsonStrings(uids)])
            return try Self.events(db, series: series)
        }
    }

    public func deleteMeetings(uids: [String], label: String, by who: String, at: Date) throws -> Int {
        guard !uids.isEmpty else { return 0 }
        return try writing { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM meeting WHERE series_id IS NULL AND uid IN (SELECT value FROM json_each(?))
                """, arguments: [Self.jsonStrings(uids)])
            guard !ids.isEmpty else { return 0 }
            let journal = try Journal.begin(db, who: who, at: at)
            let writer = MeetingWriter(db: db, journal: journal, at: at)
            for id in ids { try writer.delete(id) }
            try journal.finish(label: label)
            return ids.count
        }
    }

    public func saveCalendarSync(folder: String, files: [SyncedFile], removed: [String], changeId: Int64) throws {
        try writing { db in
            try db.execute(sql: """
                INSERT INTO calendar_folder (folder, change_id) VALUES (?, ?)
                ON CONFLICT (folder) DO UPDATE SET change_id = excluded.change_id
                """, arguments: [folder, changeId])
            let delete = try db.cachedStatement(sql: "DELETE FROM calendar_file WHERE folder = ? AND file_name = ?")
            for name in removed { try delete.execute(arguments: [folder, name]) }
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO calendar_file (folder, file_name, uid, mtime, size, etag) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (folder, file_name) DO UPDATE
                SET uid = excluded.uid, mtime = excluded.mtime, size = excluded.size, etag = excluded.etag
                """)
            for file in files {
                try upsert.execute(arguments: [folder, file.fileName, file.uid, file.mtime, file.size, file.etag])
            }
            // Every folder has seen the changes up to the oldest of theirs: those can go.
            try db.execute(sql: "DELETE FROM calendar_change WHERE id <= (SELECT MIN(change_id) FROM calendar_folder)")
        }
    }

    /// `["a","b"]`: strings as one statement argument, read back with `json_each`.
    static func jsonStrings(_ values: [String]) -> String {
        String(decoding: try! JSONEncoder().encode(values), as: UTF8.self)
    }
}
