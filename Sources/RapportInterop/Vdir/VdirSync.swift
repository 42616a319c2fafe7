import Foundation
import RapportModel

/// Two-way sync of the store's meetings with a vdir (`rapport calendar sync DIR`).
///
/// Files new or changed since the last sync (by size and modification time) are imported, by
/// UID and SEQUENCE as `rapport import ics` does; a file gone since takes its meeting with it.
/// Meetings changed in Rapport since (the store logs their UIDs) are written, each UID its own
/// file, atomically, keeping the file's name. With nothing changed, a sync stats the files
/// and reads the store's log, and reads or writes nothing else.
public struct VdirSync {
    public struct Report: Equatable, Sendable {
        public var read = 0
        public var imported = CalendarImportResult()
        public var written = 0
        public var removedMeetings = 0
        public var deletedFiles = 0
        /// Files not read, each `name: line N: reason`.
        public var skipped: [String] = []
    }

    let folder: VdirFolder
    let store: any CalendarSyncStore
    let floatingZone: TimeZone
    let who: String
    let now: Date

    public init(folder: String, store: any CalendarSyncStore, floatingZone: TimeZone, by who: String, at now: Date) {
        self.folder = VdirFolder(path: folder)
        self.store = store
        self.floatingZone = floatingZone
        self.who = who
        self.now = now
    }

    /// Written for a meeting with no DTSTAMP (kept from before stamps were), so its file does
    /// not change on every sync.
    static let unknownStamp = Date(timeIntervalSince1970: 0)

    public func run() throws -> Report {
        var report = Report()
        let key = folder.path
        let state = try store.calendarSyncState(folder: key)
        let known = Dictionary(state.files.map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        let entries = try folder.entries()
        let present = Set(entries.map(\.name))

        // 1. Files new or changed elsewhere.
        var fileEvents: [String: [CalendarEvent]] = [:]
        var fileOf: [String: VdirFolder.Entry] = [:]
        let reader = ICalendarReader(floatingZone: floatingZone)
        for entry in entries {
            if let file = known[entry.name], file.mtime == entry.mtime, file.size == entry.size { continue }
            report.read += 1
            do {
                let events = try reader.events(from: try folder.read(entry.name))
                guard let uid = events.first?.meeting.uid else { continue }
                fileEvents[uid] = (fileEvents[uid] ?? []) + events
                fileOf[uid] = entry
            } catch let error as ICalendarError {
                report.skipped.append("\(entry.name): \(error)")
            }
        }
        let label = "sync \((key as NSString).lastPathComponent)"
        if !fileEvents.isEmpty {
            let events = fileEvents.keys.sorted().flatMap { fileEvents[$0]! }
            report.imported = try store.importCalendar(events, projectId: nil, customerId: nil, label: label, by: who, at: now)
        }
        // 2. Files gone elsewhere take their meetings (unless the UID came back in another file).
        let gone = state.files.filter { !present.contains($0.fileName) && fileEvents[$0.uid] == nil }
        if !gone.isEmpty {
            report.removedMeetings = try store.deleteMeetings(uids: gone.map(\.uid), label: label, by: who, at: now)
        }

        // 3. What Rapport changed (this import included), written where the file differs.
        let changes = try store.calendarChanges(since: state.changeId)
        let uids = changes.uids.union(state.changedUIDs).union(fileEvents.keys)
        var saved: [SyncedFile] = []
        var removed = gone.map(\.fileName)
        if !uids.isEmpty {
            let byUID = Dictionary(grouping: try store.calendarEvents(uids: Array(uids)), by: \.meeting.uid)
            let fileByUID = Dictionary(state.files.filter { present.contains($0.fileName) }.map { ($0.uid, $0) },
                                       uniquingKeysWith: { a, _ in a })
            let writer = ICalendarWriter(now: Self.unknownStamp)
            for uid in uids.sorted() {
                guard let events = byUID[uid] else {
                    // Deleted in Rapport: its file goes, unless it changed elsewhere meanwhile.
                    if let file = fileByUID[uid], fileEvents[uid] == nil {
                        try folder.remove(file.fileName)
                        removed.append(file.fileName)
                        report.deletedFiles += 1
                    }
                    continue
                }
                let data = writer.data(events)
                let etag = Self.digest(data)
                if let read = fileEvents[uid], let entry = fileOf[uid] {
                    // Just read: rewritten only when the store kept something else (an older
                    // SEQUENCE, Rapport's own fields).
                    let name = entry.name
                    if Self.sameContent(read, events) {
                        saved.append(SyncedFile(fileName: name, uid: uid, mtime: entry.mtime, size: entry.size, etag: etag))
                        continue
                    }
                    let written = try folder.write(data, to: name)
                    report.written += 1
                    saved.append(SyncedFile(fileName: name, uid: uid, mtime: written.mtime, size: written.size, etag: etag))
                    continue
                }
                if let file = fileByUID[uid], file.etag == etag { continue }
                let name = fileByUID[uid]?.fileName ?? VdirFolder.fileName(uid: uid)
                let written = try folder.write(data, to: name)
                report.written += 1
                saved.append(SyncedFile(fileName: name, uid: uid, mtime: written.mtime, size: written.size, etag: etag))
            }
        }
        try store.saveCalendarSync(folder: key, files: saved, removed: removed, changeId: changes.changeId)
        return report
    }

    /// The same meetings and people, whatever the two files' formatting and Rapport's links.
    static func sameContent(_ a: [CalendarEvent], _ b: [CalendarEvent]) -> Bool {
        func key(_ e: CalendarEvent) -> Meeting {
            var m = e.meeting
            m.id = nil
            m.projectId = nil
            m.customerId = nil
            m.seriesId = nil
            m.lastEndsAt = nil
            m.dtstamp = nil
            return m
        }
        func sorted(_ list: [CalendarEvent]) -> [CalendarEvent] {
            list.sorted { ($0.meeting.recurrenceId ?? .distantPast) < ($1.meeting.recurrenceId ?? .distantPast) }
        }
        let x = sorted(a), y = sorted(b)
        return x.count == y.count && zip(x, y).allSatisfy { key($0) == key($1) && $0.attendees == $1.attendees }
    }

    /// FNV-1a, 64 bits, as hex: enough to tell Rapport's own renderings apart.
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
