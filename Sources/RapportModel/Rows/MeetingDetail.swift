import Foundation

/// A meeting as its detail shows it, for one occurrence when one is chosen.
public struct MeetingDetail: Hashable, Sendable {
    /// The meeting row: the series, a one-off, or the override shown.
    public var meeting: Meeting
    /// The series an override belongs to; nil otherwise.
    public var series: Meeting?
    public var attendees: [Attendee]
    public var projectCode: String?
    public var projectName: String?
    public var customerName: String?
    /// The occurrence's original start, when one is shown.
    public var occurrence: Date?
    /// That occurrence's notes; nil when none are written yet.
    public var note: MeetingNote?
    /// The action items that came up in that occurrence.
    public var actionItems: [OpenActionItem]
    /// Action items of earlier occurrences still open: what the next meeting goes through.
    public var openActionItems: [OpenActionItem]
    /// What of the series could not be read.
    public var problem: ScheduleProblem?
    /// The project's sales rep; nil for a meeting of no project or a project with none.
    public var salesRep: String?

    public init(meeting: Meeting, series: Meeting? = nil, attendees: [Attendee], projectCode: String? = nil,
                projectName: String? = nil, customerName: String? = nil, occurrence: Date? = nil,
                note: MeetingNote? = nil, actionItems: [OpenActionItem] = [], openActionItems: [OpenActionItem] = [],
                problem: ScheduleProblem? = nil, salesRep: String? = nil) {
        self.meeting = meeting
        self.series = series
        self.attendees = attendees
        self.projectCode = projectCode
        self.projectName = projectName
        self.customerName = customerName
        self.occurrence = occurrence
        self.note = note
        self.actionItems = actionItems
        self.openActionItems = openActionItems
        self.problem = problem
        self.salesRep = salesRep
    }

    /// The attendees who are the project's sales rep (by name, case aside): sales on the meeting.
    public var salesAttendees: [Attendee] { attendees.filter(isSales) }

    /// Whether the attendee is the project's sales rep.
    public func isSales(_ attendee: Attendee) -> Bool { Self.isSalesRep(attendee.name, rep: salesRep) }

    /// Whether `name` is the sales rep `rep` (case and surrounding spaces aside); never for no rep.
    public static func isSalesRep(_ name: String, rep: String?) -> Bool {
        guard let rep, !rep.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        return sameName(name, rep)
    }

    public static func sameName(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(b.trimmingCharacters(in: .whitespaces)) == .orderedSame
    }
}

extension MeetingDetail {
    /// One line on whether sales is on the meeting: who and how they answered, or that no one is.
    public var salesAttendance: String? {
        guard let rep = salesRep, !rep.isEmpty else { return nil }
        guard let a = salesAttendees.first else { return "\(rep) (sales) not invited" }
        switch a.status {
        case .accepted: return "\(a.name) (sales) attending"
        case .tentative: return "\(a.name) (sales) may attend"
        case .declined: return "\(a.name) (sales) declined"
        case .needsAction: return "\(a.name) (sales) invited, no answer yet"
        }
    }
}
