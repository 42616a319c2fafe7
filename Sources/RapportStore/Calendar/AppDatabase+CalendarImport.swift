import Foundation
import GRDB
import RapportModel

// MARK: - iCalendar events in and out, matched by UID

extension AppDatabase {
    /// Imports events as one transaction and one undo step: a series (or one-off) is matched
    /// by UID, an override by UID and original start, so importing again never duplicates.
    ///
    /// A stored meeting is only replaced by an event at least as new: a lower SEQUENCE is older
    /// and left alone; an equal one replaces it when anything differs. A series in the file
    /// brings its overrides: stored overrides the file no longer has go. An override whose
    /// series is neither in the file nor stored is imported as a one-off of that UID.
    /// Events link to the project and customer they name (X-RAPPORT-…), else to `projectId`
    /// and `customerId`; a known meeting keeps its links when the file names none.
    public func importCalendar(_ events: [CalendarEvent], projectId: Int64? = nil, customerId: Int64? = nil,
                               label: String = "import calendar", by who: String, at: Date) throws -> CalendarImportResult {
        try writing { db in
            let journal = try Journal.begin(db, who: who, at: at)
            var importer = CalendarImporter(writer: MeetingWriter(db: db, journal: journal, at: at),
                                            projectId: projectId, customerId: customerId)
            let result = try importer.run(events)
            try journal.finish(label: label)
            return result
        }
    }

    /// Every meeting (series with their overrides) of the project, of the customer (its own and
    /// its projects'), or of everyone, as events to write to a file.
    public func calendarEvents(projectId: Int64? = nil, customerId: Int64? = nil) throws -> [CalendarEvent] {
        try read { db in
            let (filter, arguments) = Self.seriesFilter(projectId: projectId, customerId: customerId)
            let series = try Meeting.fetchAll(db, sql: """
                SELECT m.* FROM meeting m LEFT JOIN project p ON p.id = m.project_id
                WHERE m.series_id IS NULL AND \(filter) ORDER BY m.uid
                """, arguments: arguments)
            return try Self.events(db, series: series)
        }
    }

    /// The condition on `meeting m` (with `project p` joined) for a project's series, or a
    /// customer's with its projects', or all; and its arguments.
    static func seriesFilter(projectId: Int64?, customerId: Int64?) -> (String, StatementArguments) {
        if let projectId { return ("m.project_id = ?", [projectId]) }
        if let customerId { return ("(m.customer_id = ? OR p.customer_id = ?)", [customerId, customerId]) }
        return ("1", [])
    }

    /// The events of these series and their overrides, in that order.
    static func events(_ db: Database, series: [Meeting]) throws -> [CalendarEvent] {
        let codes = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, code FROM project")
            .map { ($0[0] as Int64, $0[1] as String) })
        let customers = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM customer")
            .map { ($0[0] as Int64, $0[1] as String) })
        var result: [CalendarEvent] = []
        let attendeeStatement = try db.cachedStatement(sql: "SELECT * FROM attendee WHERE meeting_id = ? ORDER BY id")
        let overrideStatement = try db.cachedStatement(sql: "SELECT * FROM meeting WHERE series_id = ? ORDER BY recurrence_id")
        func event(_ m: Meeting) throws -> CalendarEvent {
            let people = try Attendee.fetchAll(attendeeStatement, arguments: [m.id!])
            let organizerEmail = people.first { $0.name == m.organizer && !$0.email.isEmpty }?.email ?? ""
            return CalendarEvent(
                meeting: m,
                attendees: people.map { Invitee(name: $0.name, email: $0.email, role: $0.role, status: $0.status) },
                projectCode: m.projectId.flatMap { codes[$0] }, customerName: m.customerId.flatMap { customers[$0] },
                organizerEmail: organizerEmail)
        }
        for m in series {
            var seriesEvent = try event(m)
            seriesEvent.occurrences = try occurrenceRecords(db, seriesId: m.id!)
            result.append(seriesEvent)
            for override in try Meeting.fetchAll(overrideStatement, arguments: [m.id!]) {
                var copy = try event(override)
                copy.meeting.seriesId = nil
                result.append(copy)
            }
        }
        return result
    }
}

/// One import's walk over the events, grouped by UID.
struct CalendarImporter {
    let writer: MeetingWriter
    let projectId: Int64?
    let customerId: Int64?
    private var result = CalendarImportResult()
    private var projects: [String: Int64]?
    private var customers: [String: Int64]?

    init(writer: MeetingWriter, projectId: Int64?, customerId: Int64?) {
        self.writer = writer
        self.projectId = projectId
        self.customerId = customerId
    }

    mutating func run(_ events: [CalendarEvent]) throws -> CalendarImportResult {
        var order: [String] = []
        var groups: [String: [CalendarEvent]] = [:]
        for event in events {
            if groups[event.meeting.uid] == nil { order.append(event.meeting.uid) }
            groups[event.meeting.uid, default: []].append(event)
        }
        for uid in order {
            let group = groups[uid]!
            let series = group.first { $0.meeting.recurrenceId == nil }
            let overrides = group.filter { $0.meeting.recurrenceId != nil }
            try importGroup(uid: uid, series: series, overrides: overrides)
        }
        return result
    }

    private mutating func importGroup(uid: String, series: CalendarEvent?, overrides: [CalendarEvent]) throws {
        var stored = try writer.series(uid: uid)
        // An unchanged series row whose notes the file changed counts as updated.
        var seriesUnchanged = false
        if let series {
            if let old = stored {
                switch try replace(old, with: series) {
                case .older:
                    result.older += 1
                    return  // its overrides are as old as it
                case .unchanged:
                    result.unchanged += 1
                    seriesUnchanged = true
                case .updated: result.updated += 1
                }
            } else {
                stored = try insert(series, seriesId: nil)
                result.added += 1
            }
        } else if stored == nil, let first = overrides.first {
            // No series anywhere: the first override stands alone as a one-off.
            var alone = first
            alone.meeting.recurrenceId = nil
            _ = try insert(alone, seriesId: nil)
            result.added += 1
            for other in overrides.dropFirst() {
                result.skipped.append(.init(uid: uid, line: other.line,
                                            reason: "an override whose series is neither in the file nor stored"))
            }
            return
        }
        guard let seriesRow = stored else { return }
        // Rapport's own file brings each occurrence's notes and action items; another program's knows none.
        if let series, series.carriesRapportFields,
           try writer.importOccurrenceRecords(series.occurrences, seriesId: seriesRow.id!), seriesUnchanged {
            result.unchanged -= 1
            result.updated += 1
        }
        let existing = try writer.overrides(of: seriesRow.id!)
        var seen = Set<Int64>()
        for var override in overrides {
            override.meeting.seriesId = seriesRow.id
            if let old = existing.first(where: { $0.recurrenceId == override.meeting.recurrenceId }) {
                seen.insert(old.id!)
                switch try replace(old, with: override) {
                case .older: result.older += 1
                case .unchanged: result.unchanged += 1
                case .updated: result.updated += 1
                }
            } else {
                _ = try insert(override, seriesId: seriesRow.id)
                result.added += 1
            }
        }
        // A whole series in the file says which overrides it has.
        if series != nil {
            for old in existing where !seen.contains(old.id!) { try writer.delete(old.id!) }
        }
    }

    private enum Outcome { case older, unchanged, updated }

    private mutating func replace(_ old: Meeting, with event: CalendarEvent) throws -> Outcome {
        if event.meeting.sequence < old.sequence { return .older }
        var new = event.meeting
        new.id = old.id
        new.seriesId = old.seriesId
        new.projectId = try project(event) ?? old.projectId
        new.customerId = try customer(event) ?? old.customerId
        if !event.carriesRapportFields {
            new.salesWelcome = old.salesWelcome
            new.agenda = old.agenda
            new.minutes = old.minutes
        }
        new.refreshLastEndsAt()
        let people = event.attendees.map { AttendeeDraft(invitee: $0) }
        let oldPeople = try writer.attendees(old.id!).map { Invitee(name: $0.name, email: $0.email, role: $0.role, status: $0.status) }
        if new == old, oldPeople == event.attendees { return .unchanged }
        if new != old { try writer.update(new) }
        try writer.replaceAttendees(of: old.id!, with: people)
        return .updated
    }

    private mutating func insert(_ event: CalendarEvent, seriesId: Int64?) throws -> Meeting {
        var meeting = event.meeting
        meeting.seriesId = seriesId
        meeting.projectId = try project(event) ?? (seriesId == nil ? projectId : nil)
        meeting.customerId = try customer(event) ?? (seriesId == nil && meeting.projectId == nil ? customerId : nil)
        if seriesId != nil, meeting.projectId == nil, meeting.customerId == nil,
           let series = try Meeting.fetchOne(writer.db, key: seriesId!) {
            meeting.projectId = series.projectId
            meeting.customerId = series.customerId
        }
        let row = try writer.insert(meeting)
        try writer.replaceAttendees(of: row.id!, with: event.attendees.map { AttendeeDraft(invitee: $0) })
        return row
    }

    private mutating func project(_ event: CalendarEvent) throws -> Int64? {
        guard let code = event.projectCode else { return nil }
        if projects == nil {
            projects = Dictionary(try Row.fetchAll(writer.db, sql: "SELECT code, id FROM project")
                .map { ($0[0] as String, $0[1] as Int64) }, uniquingKeysWith: { a, _ in a })
        }
        return projects?[code]
    }

    private mutating func customer(_ event: CalendarEvent) throws -> Int64? {
        guard let name = event.customerName else { return nil }
        if customers == nil {
            customers = Dictionary(try Row.fetchAll(writer.db, sql: "SELECT name, id FROM customer")
                .map { ($0[0] as String, $0[1] as Int64) }, uniquingKeysWith: { a, _ in a })
        }
        return customers?[name]
    }
}
