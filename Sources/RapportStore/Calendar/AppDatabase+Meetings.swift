import Foundation
import GRDB
import RapportModel

// MARK: - Meetings as records: create, change by scope, cancel, schedule the next

extension AppDatabase {
    public func addMeeting(_ draft: MeetingDraft, by who: String, at: Date) throws -> MeetingChange {
        try meetingWrite(by: who, at: at) { writer in
            var meeting = try Self.meeting(from: draft, uid: Self.newUID(), at: at)
            meeting = try writer.insert(meeting)
            try writer.replaceAttendees(of: meeting.id!, with: draft.attendees ?? [])
            return MeetingChange(meetingId: meeting.id!, meetingIds: [meeting.id!], label: "add meeting \(meeting.title)")
        }
    }

    public func changeMeeting(meetingId: Int64, scope: MeetingScope, draft: MeetingDraft, by who: String,
                              at: Date) throws -> MeetingChange {
        try meetingWrite(by: who, at: at) { writer in
            let target = try writer.meeting(meetingId)
            // An override edited as "this occurrence" is itself; any wider scope is about its series.
            if target.isOverride, case .occurrence = scope {
                return try Self.writeOver(target, draft: draft, writer: writer, at: at, label: "change occurrence")
            }
            let series = try target.seriesId.map(writer.meeting) ?? target
            let recurs = series.recurs
            switch scope {
            case .series:
                return try Self.changeSeries(series, draft: draft, writer: writer, at: at)
            case .occurrence(let start):
                guard recurs else { return try Self.changeSeries(series, draft: draft, writer: writer, at: at) }
                try Self.requireOccurrence(series, start, writer: writer)
                if let override = try writer.overrides(of: series.id!).first(where: { $0.recurrenceId == start }) {
                    return try Self.writeOver(override, draft: draft, writer: writer, at: at, label: "change occurrence")
                }
                var override = try Self.meeting(from: draft, uid: series.uid, at: at)
                override.rrule = nil
                override.seriesId = series.id
                override.recurrenceId = start
                override.sequence = series.sequence
                override.projectId = series.projectId
                override.customerId = series.customerId
                let row = try writer.insert(override)
                if let people = draft.attendees {
                    try writer.replaceAttendees(of: row.id!, with: people)
                } else {
                    try writer.copyAttendees(from: series.id!, to: row.id!)
                }
                return MeetingChange(meetingId: row.id!, meetingIds: [row.id!, series.id!],
                                     label: "change occurrence of \(series.title)")
            case .following(let start):
                guard recurs, start > series.startsAt else {
                    return try Self.changeSeries(series, draft: draft, writer: writer, at: at)
                }
                try Self.requireOccurrence(series, start, writer: writer)
                return try Self.split(series, at: start, draft: draft, writer: writer, now: at)
            }
        }
    }

    public func cancelOccurrence(meetingId: Int64, occurrence: Date, by who: String, at: Date) throws -> MeetingChange {
        try meetingWrite(by: who, at: at) { writer in
            let target = try writer.meeting(meetingId)
            var series = try target.seriesId.map(writer.meeting) ?? target
            let start = target.recurrenceId ?? occurrence
            guard series.recurs else {
                return try Self.cancel(series, writer: writer, at: at)
            }
            try Self.requireOccurrence(series, start, writer: writer)
            for override in try writer.overrides(of: series.id!) where override.recurrenceId == start {
                try writer.delete(override.id!)
            }
            if !series.exdates.contains(start) { series.exdates = (series.exdates + [start]).sorted() }
            series.sequence += 1
            series.lastModified = at
            try writer.update(series)
            return MeetingChange(meetingId: series.id!, meetingIds: [series.id!], label: "cancel occurrence of \(series.title)")
        }
    }

    public func cancelMeeting(meetingId: Int64, by who: String, at: Date) throws -> MeetingChange {
        try meetingWrite(by: who, at: at) { writer in try Self.cancel(try writer.meeting(meetingId), writer: writer, at: at) }
    }

    public func scheduleNextMeeting(after meetingId: Int64, startsAt: Date, by who: String, at: Date) throws -> MeetingChange {
        try meetingWrite(by: who, at: at) { writer in
            let source = try writer.meeting(meetingId)
            var next = source
            next.id = nil
            next.uid = Self.newUID()
            next.seriesId = nil
            next.recurrenceId = nil
            next.rrule = nil
            next.exdates = []
            next.rdates = []
            next.startsAt = startsAt
            next.endsAt = startsAt + source.endsAt.timeIntervalSince(source.startsAt)
            next.sequence = 0
            next.dtstamp = at
            next.lastModified = at
            next.status = .confirmed
            next.minutes = ""
            if next.projectId == nil, next.customerId == nil, let seriesId = source.seriesId {
                let series = try writer.meeting(seriesId)
                next.projectId = series.projectId
                next.customerId = series.customerId
            }
            let row = try writer.insert(next)
            // The same people, asked again: only the chair has answered the new meeting.
            let people = try writer.attendees(source.id!).map { attendee in
                var person = AttendeeDraft(attendee)
                person.invitee.status = attendee.role == "chair" ? .accepted : .needsAction
                return person
            }
            try writer.replaceAttendees(of: row.id!, with: people)
            return MeetingChange(meetingId: row.id!, meetingIds: [row.id!], label: "schedule next \(source.title)")
        }
    }

    // MARK: - Inside

    /// One journaled transaction around a meeting write, labelled by what it returns.
    func meetingWrite(by who: String, at: Date, _ body: (MeetingWriter) throws -> MeetingChange) throws -> MeetingChange {
        try writing { db in
            let journal = try Journal.begin(db, who: who, at: at)
            let change = try body(MeetingWriter(db: db, journal: journal, at: at))
            try journal.finish(label: change.label)
            return change
        }
    }

    static func newUID() -> String { UUID().uuidString.lowercased() + "@rapport" }

    /// A new meeting from a draft, refused when its zone or rule cannot be read (a file may
    /// carry those, shown marked; a person typing one is told at once).
    static func meeting(from d: MeetingDraft, uid: String, at: Date) throws -> Meeting {
        if !d.allDay, TimeZone(identifier: d.tzid) == nil {
            throw AppError.invalidMeeting(reason: "'\(d.tzid)' is not a time zone (write an IANA name, e.g. America/New_York)")
        }
        if let rule = d.rrule, let problem = MeetingSchedule.rule(rule).problem {
            throw AppError.invalidMeeting(reason: "\(problem)")
        }
        return Meeting(projectId: d.projectId, customerId: d.customerId, uid: uid, title: d.title, startsAt: d.startsAt,
                       endsAt: d.endsAt, tzid: d.allDay ? "UTC" : d.tzid, rrule: d.rrule, location: d.location,
                       organizer: d.organizer, salesWelcome: d.salesWelcome, agenda: d.agenda, dtstamp: at,
                       lastModified: at, allDay: d.allDay, details: d.details)
    }

    /// The draft's fields written over a meeting (its recurrence bookkeeping kept).
    static func applying(_ d: MeetingDraft, to m: Meeting, at: Date) throws -> Meeting {
        _ = try meeting(from: d, uid: m.uid, at: at)  // the same checks as a new one
        var new = m
        new.title = d.title
        new.startsAt = d.startsAt
        new.endsAt = d.endsAt
        new.tzid = d.allDay ? "UTC" : d.tzid
        new.allDay = d.allDay
        new.location = d.location
        new.organizer = d.organizer
        new.salesWelcome = d.salesWelcome
        new.details = d.details
        new.agenda = d.agenda
        if !m.isOverride {
            new.rrule = d.rrule
            new.projectId = d.projectId
            new.customerId = d.customerId
        }
        if new != m {
            new.sequence = m.sequence + 1
            new.lastModified = at
        }
        return new
    }

    static func writeOver(_ m: Meeting, draft: MeetingDraft, writer: MeetingWriter, at: Date, label: String) throws -> MeetingChange {
        let new = try applying(draft, to: m, at: at)
        if new != m { try writer.update(new) }
        if let people = draft.attendees { try writer.replaceAttendees(of: m.id!, with: people) }
        var ids = [m.id!]
        if let seriesId = m.seriesId { ids.append(seriesId) }
        return MeetingChange(meetingId: m.id!, meetingIds: ids, label: "\(label) \(new.title)")
    }

    /// The whole series: a moved start moves every occurrence, so its EXDATEs, RDATEs,
    /// overrides, notes and action items move with it and still name the same occurrences.
    static func changeSeries(_ series: Meeting, draft: MeetingDraft, writer: MeetingWriter, at: Date) throws -> MeetingChange {
        var new = try applying(draft, to: series, at: at)
        let shift = new.startsAt.timeIntervalSince(series.startsAt)
        var ids = [series.id!]
        if shift != 0, series.recurs {
            new.exdates = series.exdates.map { $0 + shift }
            new.rdates = series.rdates.map { $0 + shift }
            for var override in try writer.overrides(of: series.id!) {
                override.recurrenceId = override.recurrenceId! + shift
                try writer.update(override)
                ids.append(override.id!)
            }
            try writer.moveOccurrenceRecords(from: series.id!, to: series.id!, startingAt: .distantPast, shift: shift)
        }
        // An override is of the series' project and customer (the agenda reads them off its row);
        // read again, so any shift above is kept.
        for var override in try writer.overrides(of: series.id!)
        where override.projectId != new.projectId || override.customerId != new.customerId {
            override.projectId = new.projectId
            override.customerId = new.customerId
            try writer.update(override)
            if !ids.contains(override.id!) { ids.append(override.id!) }
        }
        if new != series { try writer.update(new) }
        if let people = draft.attendees { try writer.replaceAttendees(of: series.id!, with: people) }
        return MeetingChange(meetingId: series.id!, meetingIds: ids, label: "change \(new.title)")
    }

    /// "This and following": the series ends before `start`; a new series (new UID) begins
    /// there with the draft, taking the later EXDATEs, RDATEs, overrides, notes and action items.
    static func split(_ series: Meeting, at start: Date, draft: MeetingDraft, writer: MeetingWriter, now: Date) throws -> MeetingChange {
        let shift = draft.startsAt.timeIntervalSince(start)
        var old = series
        var newRule = draft.rrule
        if let rule = series.rrule {
            // COUNT is shared out: the old series keeps those before the split.
            let before = MeetingSchedule(start: series.startsAt, end: series.endsAt, tzid: series.allDay ? "UTC" : series.tzid,
                                         rrule: rule).recurrence.occurrences(overlapping: series.startsAt..<start)
                .filter { $0 < start }.count
            if let count = RuleText.value(of: "COUNT", in: rule).flatMap(Int.init) {
                old.rrule = RuleText.counting(rule, max(before, 1))
                if draft.rrule == rule { newRule = RuleText.counting(rule, max(count - before, 1)) }
            } else {
                old.rrule = RuleText.ending(rule, at: start - (series.allDay ? 86_400 : 1), allDay: series.allDay)
            }
        }
        old.exdates = series.exdates.filter { $0 < start }
        old.rdates = series.rdates.filter { $0 < start }
        old.sequence += 1
        old.lastModified = now
        var fresh = try meeting(from: draft, uid: newUID(), at: now)
        fresh.rrule = newRule
        fresh.sequence = 0
        fresh.exdates = series.exdates.filter { $0 >= start }.map { $0 + shift }
        fresh.rdates = series.rdates.filter { $0 >= start }.map { $0 + shift }
        fresh.projectId = draft.projectId ?? series.projectId
        fresh.customerId = draft.customerId ?? series.customerId
        try writer.update(old)
        let row = try writer.insert(fresh)
        var ids = [series.id!, row.id!]
        for var override in try writer.overrides(of: series.id!) where override.recurrenceId! >= start {
            override.seriesId = row.id
            override.uid = row.uid
            override.recurrenceId = override.recurrenceId! + shift
            try writer.update(override)
            ids.append(override.id!)
        }
        try writer.moveOccurrenceRecords(from: series.id!, to: row.id!, startingAt: start, shift: shift)
        if let people = draft.attendees {
            try writer.replaceAttendees(of: row.id!, with: people)
        } else {
            try writer.copyAttendees(from: series.id!, to: row.id!)
        }
        return MeetingChange(meetingId: row.id!, meetingIds: ids, label: "change \(series.title) from \(AppError.utcText(start))")
    }

    static func cancel(_ m: Meeting, writer: MeetingWriter, at: Date) throws -> MeetingChange {
        var new = m
        new.status = .cancelled
        new.sequence += 1
        new.lastModified = at
        try writer.update(new)
        return MeetingChange(meetingId: m.id!, meetingIds: [m.id!], label: "cancel \(m.title)")
    }

    /// Refuses a start that is no occurrence of the series (nor one an override moved).
    static func requireOccurrence(_ series: Meeting, _ start: Date, writer: MeetingWriter) throws {
        if try writer.overrides(of: series.id!).contains(where: { $0.recurrenceId == start }) { return }
        let schedule = series.schedule
        if !series.exdates.contains(start),
           schedule.occurrences(overlapping: (start - 1)..<(start + 1)).contains(start) { return }
        throw AppError.notAnOccurrence(meeting: series.title, occurrence: start)
    }
}
