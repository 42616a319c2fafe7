import Foundation

/// A project or customer meeting, possibly recurring (RFC 5545 RRULE and EXDATEs).
public struct Meeting: Identifiable, Hashable, Codable, Sendable {
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
    public var agenda: String
    public var minutes: String
    /// When the last occurrence ends; nil for a series without end. Kept so the agenda query
    /// can skip finished series through an index.
    public var lastEndsAt: Date?

    public init(id: Int64? = nil, projectId: Int64? = nil, customerId: Int64? = nil, uid: String, title: String,
                startsAt: Date, endsAt: Date, tzid: String, rrule: String? = nil, exdates: [Date] = [],
                location: String = "", organizer: String = "", salesWelcome: Bool = false,
                agenda: String = "", minutes: String = "") {
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
        self.lastEndsAt = nil
        self.lastEndsAt = recurrence.map { $0.seriesEnd() } ?? endsAt
    }

    /// The series as an expandable recurrence; nil when the rule or zone cannot be read.
    public var recurrence: Recurrence? {
        guard let zone = TimeZone(identifier: tzid) else { return nil }
        var rule: RecurrenceRule?
        if let rrule {
            guard let parsed = try? RecurrenceRule(parsing: rrule) else { return nil }
            rule = parsed
        }
        return Recurrence(start: startsAt, duration: endsAt.timeIntervalSince(startsAt), timeZone: zone,
                          rule: rule, exdates: Set(exdates))
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
}
