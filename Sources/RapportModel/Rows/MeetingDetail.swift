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

    public init(meeting: Meeting, series: Meeting? = nil, attendees: [Attendee], projectCode: String? = nil,
                projectName: String? = nil, customerName: String? = nil, occurrence: Date? = nil,
                note: MeetingNote? = nil, actionItems: [OpenActionItem] = [], openActionItems: [OpenActionItem] = [],
                problem: ScheduleProblem? = nil) {
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
    }
}
