import Foundation

/// What a vdir sync asks of the store: which files it saw last time, which meetings changed
/// since, the meetings as events, and the writes. Implemented by the store; the sync itself
/// (files, iCalendar) lives with the other file formats.
public protocol CalendarSyncStore {
    /// The folder as last synced; a folder never synced has no files and every meeting changed.
    func calendarSyncState(folder: String) throws -> CalendarSyncState
    /// The series and overrides of these UIDs, series first, as events to write.
    func calendarEvents(uids: [String]) throws -> [CalendarEvent]
    /// UIDs changed (meetings or attendees written by any path) after the change `since`, and
    /// the newest change now.
    func calendarChanges(since: Int64) throws -> (uids: Set<String>, changeId: Int64)
    func importCalendar(_ events: [CalendarEvent], projectId: Int64?, customerId: Int64?, label: String,
                        by: String, at: Date) throws -> CalendarImportResult
    /// Deletes the meetings (series with their overrides) of these UIDs as one undo step; how many went.
    func deleteMeetings(uids: [String], label: String, by: String, at: Date) throws -> Int
    /// Records the folder's files as now synced, up to change `changeId`.
    func saveCalendarSync(folder: String, files: [SyncedFile], removed: [String], changeId: Int64) throws
}

/// A folder's files as the last sync left them.
public struct CalendarSyncState: Sendable {
    public var files: [SyncedFile]
    /// UIDs to write: changed since the last sync (every series for a new folder).
    public var changedUIDs: Set<String>
    public var changeId: Int64
    public var isNew: Bool

    public init(files: [SyncedFile], changedUIDs: Set<String>, changeId: Int64, isNew: Bool) {
        self.files = files
        self.changedUIDs = changedUIDs
        self.changeId = changeId
        self.isNew = isNew
    }
}

/// One .ics file of a vdir as last read or written.
public struct SyncedFile: Hashable, Sendable {
    public var fileName: String
    public var uid: String
    /// Modification time, seconds since 1970, and size in bytes, as stat(2) gave them.
    public var mtime: Double
    public var size: Int
    /// A digest of the content Rapport would write for the UID at that sync.
    public var etag: String

    public init(fileName: String, uid: String, mtime: Double, size: Int, etag: String) {
        self.fileName = fileName
        self.uid = uid
        self.mtime = mtime
        self.size = size
        self.etag = etag
    }
}
