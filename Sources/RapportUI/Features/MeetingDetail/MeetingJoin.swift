import Foundation
import RapportModel

/// Dropping in: the user puts themselves on one occurrence, accepted, or takes themselves off
/// again. One occurrence of a series becomes an override (RECURRENCE-ID) with its own people,
/// so joining this week's meeting does not sign anyone up for every week.
enum MeetingJoin {
    /// What joining (or leaving, when already accepted) writes.
    static func write(entry: AgendaEntry, detail: MeetingDetail, user: String) -> RecordWrite {
        let meeting = detail.meeting
        var people = detail.attendees.map(AttendeeDraft.init)
        if let i = people.firstIndex(where: { MeetingDetail.sameName($0.invitee.name, user) }) {
            people[i].invitee.status = people[i].invitee.status == .accepted ? .declined : .accepted
        } else {
            people.append(AttendeeDraft(invitee: Invitee(name: user, role: "optional", status: .accepted)))
        }
        var draft = MeetingDraft(meeting, attendees: people)
        let scope: MeetingScope
        if meeting.isOverride {
            scope = .occurrence(entry.occurrence)
        } else if meeting.recurs {
            // The override keeps the occurrence's own times, not the series' first ones.
            let duration = meeting.endsAt.timeIntervalSince(meeting.startsAt)
            draft.startsAt = entry.occurrence
            draft.endsAt = entry.occurrence + duration
            draft.rrule = nil
            scope = .occurrence(entry.occurrence)
        } else {
            scope = .series
        }
        return .changeMeeting(meetingId: meeting.id!, scope: scope, draft)
    }
}
