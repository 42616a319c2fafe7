import Foundation

/// The calendar's queries and writes beyond the dashboard's agenda: meetings as records, each
/// occurrence's notes and action items, and the sales drop-in brief.
///
/// Occurrences are named by their series and original start (`AgendaEntry.seriesId` and
/// `.occurrence`), so a moved occurrence keeps its name. Each write is one transaction and one
/// undo step, recorded with `by` and `at`; refusals are thrown as `AppError`.
public protocol CalendarSource: DashboardSource {
    /// The meeting, its people, and for `occurrence` (an original start) its notes, its action
    /// items and those still open from earlier occurrences. `meetingId` may be an override's.
    func meetingDetail(meetingId: Int64, occurrence: Date?) throws -> MeetingDetail

    /// A new meeting (one-off or series) with its attendees; a new UID.
    func addMeeting(_ draft: MeetingDraft, by: String, at: Date) throws -> MeetingChange
    /// Writes `draft` over the series, one occurrence (an override), or this and the following
    /// (the series is split: the old one ends before it, a new one starts with the draft).
    func changeMeeting(meetingId: Int64, scope: MeetingScope, draft: MeetingDraft, by: String, at: Date) throws -> MeetingChange
    /// Cancels one occurrence (an EXDATE on its series; an override of it goes), or a one-off.
    func cancelOccurrence(meetingId: Int64, occurrence: Date, by: String, at: Date) throws -> MeetingChange
    /// Cancels the whole meeting (STATUS:CANCELLED): it leaves the calendar, its records stay.
    func cancelMeeting(meetingId: Int64, by: String, at: Date) throws -> MeetingChange
    /// A one-off copy of the meeting (title, links, place, people) at `startsAt`, as long.
    func scheduleNextMeeting(after meetingId: Int64, startsAt: Date, by: String, at: Date) throws -> MeetingChange

    /// Writes one occurrence's agenda, minutes and attendance (attendee ids).
    func saveMeetingNote(meetingId: Int64, occurrence: Date, agenda: String, minutes: String, attended: [Int64],
                         by: String, at: Date) throws -> MeetingNote
    func addActionItem(meetingId: Int64, occurrence: Date, text: String, owner: String, dueOn: LocalDate?,
                       by: String, at: Date) throws -> ActionItem
    /// Makes the action item a punch item of the meeting's project (source: meeting), linked
    /// back; refused for a meeting without project or an item already made one.
    func punchActionItem(id: Int64, by: String, at: Date) throws -> PunchItem
    /// Marks an action item that is no punch item done (or open again).
    func setActionItemDone(id: Int64, done: Bool, by: String, at: Date) throws -> ActionItem
    /// Action items of the series from occurrences before `before` (all when nil) still open:
    /// not done, and not a punch item that is closed or void.
    func openActionItems(meetingId: Int64, before: Date?) throws -> [OpenActionItem]

    /// What sales should know before dropping into the occurrence.
    func dropInBrief(meetingId: Int64, occurrence: Date, now: Date, timeZone: TimeZone) throws -> DropInBrief
}
