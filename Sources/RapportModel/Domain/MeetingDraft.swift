import Foundation

/// A meeting as a form or a command gives it: what to create, or what to write over a meeting.
public struct MeetingDraft: Hashable, Sendable {
    public var title: String
    public var startsAt: Date
    public var endsAt: Date
    /// An IANA zone name.
    public var tzid: String
    public var rrule: String?
    public var allDay: Bool
    public var location: String
    public var organizer: String
    public var salesWelcome: Bool
    public var projectId: Int64?
    public var customerId: Int64?
    public var details: String
    public var agenda: String
    /// Who is invited; nil leaves the meeting's people as they are.
    public var attendees: [AttendeeDraft]?

    public init(title: String, startsAt: Date, endsAt: Date, tzid: String, rrule: String? = nil, allDay: Bool = false,
                location: String = "", organizer: String = "", salesWelcome: Bool = false, projectId: Int64? = nil,
                customerId: Int64? = nil, details: String = "", agenda: String = "", attendees: [AttendeeDraft]? = nil) {
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.tzid = tzid
        self.rrule = rrule
        self.allDay = allDay
        self.location = location
        self.organizer = organizer
        self.salesWelcome = salesWelcome
        self.projectId = projectId
        self.customerId = customerId
        self.details = details
        self.agenda = agenda
        self.attendees = attendees
    }

    /// The draft of what `meeting` is now, to change a field or two of.
    public init(_ meeting: Meeting, attendees: [AttendeeDraft]? = nil) {
        self.init(title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, tzid: meeting.tzid,
                  rrule: meeting.rrule, allDay: meeting.allDay, location: meeting.location, organizer: meeting.organizer,
                  salesWelcome: meeting.salesWelcome, projectId: meeting.projectId, customerId: meeting.customerId,
                  details: meeting.details, agenda: meeting.agenda, attendees: attendees)
    }
}

/// Someone to invite: a contact of the customer, or a name and/or e-mail.
public struct AttendeeDraft: Hashable, Sendable {
    public var contactId: Int64?
    public var invitee: Invitee

    public init(contactId: Int64? = nil, invitee: Invitee) {
        self.contactId = contactId
        self.invitee = invitee
    }

    /// Someone invited as they are: the same contact, name, e-mail, role and response.
    public init(_ attendee: Attendee) {
        self.init(contactId: attendee.contactId, invitee: Invitee(name: attendee.name, email: attendee.email,
                                                                  role: attendee.role, status: attendee.status))
    }
}

/// Which occurrences a change to a recurring meeting applies to.
public enum MeetingScope: Hashable, Sendable {
    /// The whole series (every occurrence not changed on its own).
    case series
    /// One occurrence, by its original start: stored as a RECURRENCE-ID override.
    case occurrence(Date)
    /// That occurrence and all after it: the series is split there (the old one ends before it).
    case following(Date)
}
