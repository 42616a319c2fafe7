import Foundation

/// A project or customer meeting, possibly recurring (RFC 5545 RRULE, RDATEs and EXDATEs).
///
/// A changed occurrence of a series is a meeting of its own (an override): `seriesId` points at
/// the series and `recurrenceId` is the start the occurrence had before it was moved, as
/// RECURRENCE-ID says in iCalendar. It shares the series' UID.
public struct Meeting: Identifiable, Hashable, Codable, Sendable {
    /// RFC 5545 STATUS of an event.
    public enum Status: String, Codable, Sendable, CaseIterable { case tentative, confirmed, cancelled }

    public var id: Int64?
    public var projectId: Int64?
    public var customerId: Int64?
    public var uid: String
    public var title: String
    public var startsAt: Date
    public var endsAt: Date
    /// The IANA zone the meeting is held in; recurrences keep its wall-clock time across DST.
    public var tzid: String
    public var rrule: String?
    /// Excluded occurrence starts, as instants.
    public var exdates: [Date]
    public var location: String
    public var organizer: String
    /// Sales may drop in.
    public var salesWelcome: Bool
    /// The series' standing agenda; each occurrence's own is a `MeetingNote`.
    public var agenda: String
    public var minutes: String
    /// When the last occurrence ends; nil for a series without end. Kept so the agenda query
    /// can skip finished series through an index.
    public var lastEndsAt: Date?
    /// The series this meeting overrides one occurrence of; nil for a series or a one-off.
    public var seriesId: Int64?
    /// The overridden occurrence's original start (RECURRENCE-ID); set exactly when `seriesId` is.
    public var recurrenceId: Date?
    /// Extra occurrence starts (RDATE), as instants.
    public var rdates: [Date]
    /// RFC 5545 SEQUENCE: raised by each change the attendees should hear of.
    public var sequence: Int
    /// DTSTAMP and LAST-MODIFIED as last written or imported; nil when never known.
    public var dtstamp: Date?
    public var lastModified: Date?
    /// Held on dates, not times: `startsAt` and `endsAt` are those dates at 00:00 UTC (end exclusive).
    public var allDay: Bool
    public var status: Status
    /// The iCalendar DESCRIPTION.
    public var details: String

    public init(id: Int64? = nil, projectId: Int64? = nil, customerId: Int64? = nil, uid: String, title: String,
                startsAt: Date, endsAt: Date, tzid: String, rrule: String? = nil, exdates: [Date] = [],
                location: String = "", organizer: String = "", salesWelcome: Bool = false,
                agenda: String = "", minutes: String = "", seriesId: Int64? = nil, recurrenceId: Date? = nil,
                rdates: [Date] = [], sequence: Int = 0, dtstamp: Date? = nil, lastModified: Date? = nil,
                allDay: Bool = false, status: Status = .confirmed, details: String = "") {
        self.id = id
        self.projectId = projectId
        self.customerId = customerId
        self.uid = uid
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.tzid = tzid
        self.rrule = rrule
        self.exdates = exdates
        self.location = location
        self.organizer = organizer
        self.salesWelcome = salesWelcome
        self.agenda = agenda
        self.minutes = minutes
        self.seriesId = seriesId
        self.recurrenceId = recurrenceId
        self.rdates = rdates
        self.sequence = sequence
        self.dtstamp = dtstamp
        self.lastModified = lastModified
        self.allDay = allDay
        self.status = status
        self.details = details
        self.lastEndsAt = nil
        refreshLastEndsAt()
    }

    /// Recomputes `lastEndsAt` after the times or the rule changed.
    public mutating func refreshLastEndsAt() {
        lastEndsAt = schedule.lastEndsAt
    }

    /// True for an override of one occurrence of a series.
    public var isOverride: Bool { seriesId != nil }

    /// True for a series: it repeats by a rule or has extra dates.
    public var recurs: Bool { rrule != nil || !rdates.isEmpty }

    /// The series as an expandable recurrence; nil when the rule or zone cannot be read.
    public var recurrence: Recurrence? {
        let schedule = self.schedule
        return schedule.problem == nil ? schedule.recurrence : nil
    }

    /// The series as far as it can be read, with what could not be (shown, never dropped).
    public var schedule: MeetingSchedule {
        MeetingSchedule(start: startsAt, end: endsAt, tzid: allDay ? "UTC" : tzid, rrule: rrule,
                        exdates: Set(exdates), rdates: rdates)
    }
}

/// Someone invited to a meeting: a known contact, or just a name and e-mail.
public struct Attendee: Identifiable, Hashable, Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable { case needsAction = "needs-action", accepted, declined, tentative }

    public var id: Int64?
    public var meetingId: Int64
    public var contactId: Int64?
    public var name: String
    public var email: String
    /// `chair`, `required`, `optional` or `non-participant` (iCalendar ROLE).
    public var role: String
    public var status: Status
    public var attended: Bool

    public init(id: Int64? = nil, meetingId: Int64, contactId: Int64? = nil, name: String, email: String = "",
                role: String = "required", status: Status = .needsAction, attended: Bool = false) {
        self.id = id
        self.meetingId = meetingId
        self.contactId = contactId
        self.name = name
        self.email = email
        self.role = role
        self.status = status
        self.attended = attended
    }

    /// The roles iCalendar knows, as Rapport stores them.
    public static let roles = ["chair", "required", "optional", "non-participant"]
}
