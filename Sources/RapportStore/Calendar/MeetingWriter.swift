import Foundation
import GRDB
import RapportModel

/// Writes meetings, their attendees, notes and action items inside one journaled transaction,
/// so each calendar write is one undo step whatever rows it touches.
///
/// Rows are removed one table at a time, children first, each image captured: a cascade would
/// delete rows the journal never saw, and undo could not bring them back.
final class MeetingWriter {
    let db: Database
    let journal: Journal
    let at: Date
    /// Contacts by lower-cased e-mail, read once per transaction.
    private var contactsByEmail: [String: Int64]?

    init(db: Database, journal: Journal, at: Date) {
        self.db = db
        self.journal = journal
        self.at = at
    }

    // MARK: - Reading

    func meeting(_ id: Int64) throws -> Meeting {
        guard let meeting = try Meeting.fetchOne(db, key: id) else { throw AppError.missingMeeting(id: id) }
        return meeting
    }

    func series(uid: String) throws -> Meeting? {
        try Meeting.fetchOne(db, sql: "SELECT * FROM meeting WHERE uid = ? AND series_id IS NULL", arguments: [uid])
    }

    func overrides(of seriesId: Int64) throws -> [Meeting] {
        try Meeting.fetchAll(db, sql: "SELECT * FROM meeting WHERE series_id = ? ORDER BY recurrence_id", arguments: [seriesId])
    }

    func attendees(_ meetingId: Int64) throws -> [Attendee] {
        try Attendee.fetchAll(db, sql: "SELECT * FROM attendee WHERE meeting_id = ? ORDER BY id", arguments: [meetingId])
    }

    // MARK: - Meetings

    /// Inserts the meeting (its `lastEndsAt` recomputed); returns it with its id.
    @discardableResult
    func insert(_ meeting: Meeting) throws -> Meeting {
        var row = meeting
        row.id = nil
        row.refreshLastEndsAt()
        try Self.check(row)
        // One prepared statement and the seed's date formatting: an import writes thousands.
        let json = Meeting.databaseJSONEncoder(for: "exdates")
        let exdates = String(decoding: try json.encode(row.exdates), as: UTF8.self)
        let rdates = String(decoding: try json.encode(row.rdates), as: UTF8.self)
        func t(_ date: Date) -> DatabaseValue { BulkInserter.text(date) }
        try db.cachedStatement(sql: """
            INSERT INTO meeting (project_id, customer_id, uid, title, starts_at, ends_at, tzid, rrule, exdates, location,
                                 organizer, sales_welcome, agenda, minutes, last_ends_at, series_id, recurrence_id, rdates,
                                 sequence, dtstamp, last_modified, all_day, status, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                row.projectId, row.customerId, row.uid, row.title, t(row.startsAt), t(row.endsAt), row.tzid, row.rrule,
                exdates, row.location, row.organizer, row.salesWelcome, row.agenda, row.minutes, row.lastEndsAt.map(t),
                row.seriesId, row.recurrenceId.map(t), rdates, row.sequence, row.dtstamp.map(t), row.lastModified.map(t),
                row.allDay, row.status.rawValue, row.details,
            ])
        row.id = db.lastInsertedRowID
        try journal.didInsert("meeting", id: row.id!)
        return row
    }

    /// Writes every field of `meeting` over its row (its `lastEndsAt` recomputed).
    func update(_ meeting: Meeting) throws {
        var row = meeting
        row.refreshLastEndsAt()
        try Self.check(row)
        try journal.willUpdate("meeting", ids: [row.id!])
        try row.update(db)
    }

    /// Deletes the meeting with its overrides, attendees, notes and action items, all journaled.
    func delete(_ meetingId: Int64) throws {
        for override in try overrides(of: meetingId) { try delete(override.id!) }
        for table in ["attendee", "meeting_note", "action_item"] {
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE meeting_id = ?", arguments: [meetingId])
            guard !ids.isEmpty else { continue }
            try journal.willUpdate(table, ids: ids)
            try db.execute(sql: "DELETE FROM \(table) WHERE meeting_id = ?", arguments: [meetingId])
        }
        try journal.willUpdate("meeting", ids: [meetingId])
        try db.execute(sql: "DELETE FROM meeting WHERE id = ?", arguments: [meetingId])
    }

    /// The rules a meeting must keep before it is stored, worded for the user.
    static func check(_ m: Meeting) throws {
        if m.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw AppError.invalidMeeting(reason: "the title is empty")
        }
        if m.endsAt < m.startsAt { throw AppError.invalidMeeting(reason: "it ends before it starts") }
    }

    // MARK: - Attendees

    /// Replaces the meeting's attendees with `people`; each is linked to the contact of their
    /// e-mail when `contactId` is not given.
    func replaceAttendees(of meetingId: Int64, with people: [AttendeeDraft]) throws {
        let old = try attendees(meetingId)
        let wanted = try people.map { person -> Attendee in
            Attendee(meetingId: meetingId, contactId: try person.contactId ?? contact(email: person.invitee.email),
                     name: person.invitee.name, email: person.invitee.email, role: person.invitee.role,
                     status: person.invitee.status)
        }
        func same(_ a: Attendee, _ b: Attendee) -> Bool {
            a.contactId == b.contactId && a.name == b.name && a.email == b.email && a.role == b.role && a.status == b.status
        }
        if old.count == wanted.count, zip(old, wanted).allSatisfy(same) { return }
        // Keep the rows of people still invited (attendance notes name their ids), in order.
        var kept = Set<Int64>()
        for var person in wanted {
            if let match = old.first(where: { !kept.contains($0.id!) && ($0.email.isEmpty ? $0.name == person.name : $0.email.lowercased() == person.email.lowercased()) }) {
                kept.insert(match.id!)
                person.id = match.id
                person.attended = match.attended
                if !same(match, person) {
                    try journal.willUpdate("attendee", ids: [match.id!])
                    try person.update(db)
                }
            } else {
                try insertAttendee(&person)
            }
        }
        let gone = old.compactMap(\.id).filter { !kept.contains($0) }
        if !gone.isEmpty {
            try journal.willUpdate("attendee", ids: gone)
            try db.execute(sql: "DELETE FROM attendee WHERE id IN (SELECT value FROM json_each(?))",
                           arguments: [Journal.jsonArray(gone)])
        }
    }

    /// Copies one meeting's attendees to another (a new override or series starts with the same people).
    func copyAttendees(from source: Int64, to target: Int64) throws {
        for var person in try attendees(source) {
            person.id = nil
            person.meetingId = target
            try insertAttendee(&person)
        }
    }

    private func insertAttendee(_ person: inout Attendee) throws {
        try db.cachedStatement(sql: """
            INSERT INTO attendee (meeting_id, contact_id, name, email, role, status, attended) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [person.meetingId, person.contactId, person.name, person.email, person.role,
                                     person.status.rawValue, person.attended])
        person.id = db.lastInsertedRowID
        try journal.didInsert("attendee", id: person.id!)
    }

    /// The contact whose e-mails include `email`, if exactly known.
    func contact(email: String) throws -> Int64? {
        let key = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return nil }
        if contactsByEmail == nil {
            var map: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, emails FROM contact WHERE emails <> ''") {
                let emails: String = row[1]
                for address in emails.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
                    map[address.lowercased(), default: row[0]] = map[address.lowercased()] ?? row[0]
                }
            }
            contactsByEmail = map
        }
        return contactsByEmail?[key]
    }

    // MARK: - Notes and action items, re-keyed when a series splits or moves

    /// Moves the notes and action items of occurrences `from` on (original starts) from one
    /// series to another, shifting their keys by `shift` seconds.
    func moveOccurrenceRecords(from source: Int64, to target: Int64, startingAt from: Date, shift: TimeInterval) throws {
        for table in ["meeting_note", "action_item"] {
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE meeting_id = ? AND occurs_at >= ?",
                                         arguments: [source, from])
            guard !ids.isEmpty else { continue }
            try journal.willUpdate(table, ids: ids)
            // Through Swift, so the shifted instants are stored in GRDB's own text form.
            for id in ids {
                let old = try Date.fetchOne(db, sql: "SELECT occurs_at FROM \(table) WHERE id = ?", arguments: [id])!
                try db.execute(sql: "UPDATE \(table) SET meeting_id = ?, occurs_at = ? WHERE id = ?",
                               arguments: [target, old + shift, id])
            }
        }
    }
}
