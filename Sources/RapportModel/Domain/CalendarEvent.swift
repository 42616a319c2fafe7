import Foundation

/// One VEVENT as iCalendar files carry it: a series (or one-off), or an override of one
/// occurrence (`meeting.recurrenceId` set), with its people and Rapport's own links.
///
/// The iCalendar reader makes these and the writer writes them; the store imports and exports
/// them, matching by UID, so neither side knows the other's format.
public struct CalendarEvent: Hashable, Sendable {
    /// The meeting as stored; ids are nil, `seriesId` too (an override is found by UID).
    public var meeting: Meeting
    public var attendees: [Invitee]
    /// Rapport's links, when the file carries them (X-RAPPORT-PROJECT, X-RAPPORT-CUSTOMER).
    public var projectCode: String?
    public var customerName: String?
    /// The organizer's e-mail, when known.
    public var organizerEmail: String
    /// Where the VEVENT began in its file (1-based), for messages.
    public var line: Int
    /// The file carried Rapport's own fields (X-RAPPORT-…): sales welcome, agenda and minutes are
    /// taken from it; a file from another program leaves those of a known meeting as they are.
    public var carriesRapportFields: Bool
    /// Each occurrence's agenda, minutes and action items (X-RAPPORT-NOTE, X-RAPPORT-ACTION), on
    /// the series' event, in occurrence order.
    public var occurrences: [OccurrenceRecords] = []

    public init(meeting: Meeting, attendees: [Invitee] = [], projectCode: String? = nil, customerName: String? = nil,
                organizerEmail: String = "", line: Int = 0, carriesRapportFields: Bool = true) {
        self.meeting = meeting
        self.attendees = attendees
        self.projectCode = projectCode
        self.customerName = customerName
        self.organizerEmail = organizerEmail
        self.line = line
        self.carriesRapportFields = carriesRapportFields
    }
}

/// Someone invited, as a file or a command names them: a name and/or e-mail, a role and a response.
public struct Invitee: Hashable, Sendable, Codable {
    public var name: String
    public var email: String
    /// One of `Attendee.roles`.
    public var role: String
    public var status: Attendee.Status

    public init(name: String, email: String = "", role: String = "required", status: Attendee.Status = .needsAction) {
        self.name = name
        self.email = email
        self.role = role
        self.status = status
    }
}
