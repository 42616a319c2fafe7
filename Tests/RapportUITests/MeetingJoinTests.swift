import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// `J` in a meeting: the user drops into one occurrence, accepted, and can take it back.
struct MeetingJoinTests {
    let first = Date(timeIntervalSince1970: 1_795_770_000)
    var series: Meeting {
        Meeting(id: 7, projectId: 3, uid: "s@x", title: "Site coordination", startsAt: first, endsAt: first + 3600,
                tzid: "UTC", rrule: "FREQ=WEEKLY", salesWelcome: true)
    }
    /// The third week's occurrence.
    var entry: AgendaEntry {
        let start = first + 14 * 86_400
        return AgendaEntry(meetingId: 7, title: "Site coordination", start: start, end: start + 3600, projectCode: "PRJ-3",
                           customerName: "Contoso", location: "", salesWelcome: true, seriesId: 7, occurrence: start)
    }
    func detail(_ meeting: Meeting, _ people: [Attendee]) -> MeetingDetail {
        MeetingDetail(meeting: meeting, attendees: people, salesRep: "Sam Ortiz")
    }

    @Test func joiningARecurringMeetingChangesOnlyThatOccurrence() {
        let kim = Attendee(id: 1, meetingId: 7, contactId: 11, name: "Kim Lee", email: "kim@contoso.edu")
        let write = MeetingJoin.write(entry: entry, detail: detail(series, [kim]), user: "Sam Ortiz")
        guard case let .changeMeeting(id, scope, draft) = write else { Issue.record("\(write)"); return }
        #expect(id == 7)
        #expect(scope == .occurrence(entry.occurrence))
        #expect(draft.startsAt == entry.occurrence && draft.endsAt == entry.occurrence + 3600 && draft.rrule == nil)
        #expect(draft.attendees?.map(\.invitee) == [Invitee(name: "Kim Lee", email: "kim@contoso.edu"),
                                                    Invitee(name: "Sam Ortiz", role: "optional", status: .accepted)])
    }

    @Test func pressingAgainTakesTheUserOffAndOnceMoreBackOn() {
        let sam = Attendee(id: 2, meetingId: 7, name: "sam ortiz", role: "optional", status: .accepted)
        let override = Meeting(id: 9, projectId: 3, uid: "s@x", title: "Site coordination", startsAt: entry.start,
                               endsAt: entry.end, tzid: "UTC", seriesId: 7, recurrenceId: entry.occurrence)
        guard case let .changeMeeting(id, scope, draft) = MeetingJoin.write(entry: entry, detail: detail(override, [sam]), user: "Sam Ortiz")
        else { Issue.record("not a change"); return }
        // An override is changed in place; the user, found whatever the case, now declines.
        #expect(id == 9 && scope == .occurrence(entry.occurrence))
        #expect(draft.attendees?.map(\.invitee.status) == [.declined])
        var declined = sam
        declined.status = .declined
        guard case let .changeMeeting(_, _, again) = MeetingJoin.write(entry: entry, detail: detail(override, [declined]), user: "Sam Ortiz")
        else { return }
        #expect(again.attendees?.map(\.invitee.status) == [.accepted])
        #expect(again.attendees?.count == 1)
    }

    @Test func aOneOffIsChangedWhole() {
        let oneOff = Meeting(id: 5, projectId: 3, uid: "o@x", title: "Walkthrough", startsAt: first, endsAt: first + 1800, tzid: "UTC")
        let at = AgendaEntry(meetingId: 5, title: "Walkthrough", start: first, end: first + 1800, projectCode: "PRJ-3",
                             customerName: "Contoso", location: "", salesWelcome: false, seriesId: 5, occurrence: first)
        guard case let .changeMeeting(id, scope, draft) = MeetingJoin.write(entry: at, detail: detail(oneOff, []), user: "dana")
        else { Issue.record("not a change"); return }
        #expect(id == 5 && scope == .series && draft.startsAt == first)
        #expect(draft.attendees?.map(\.invitee.name) == ["dana"])
    }
}

/// A meeting view opened on an occurrence of a series follows it when it becomes an override
/// (joined, moved, renamed): the next loads read the override, and the view shows its times.
struct MeetingViewFollowsItsOccurrenceTests {
    @Test func theLoadedOverrideReplacesTheSeriesInTheOpenView() {
        let start = FixtureSource.now
        let entry = AgendaEntry(meetingId: 7, title: "Site coordination", start: start, end: start + 3600, projectCode: nil,
                                customerName: nil, location: "", salesWelcome: true, seriesId: 7, occurrence: start)
        var state = AppState(size: Size(columns: 120, rows: 40), now: start, timeZone: FixtureSource.zone)
        Dispatcher.push(&state, MeetingDetailRoute(entry: entry))
        let override = Meeting(id: 12, uid: "s@x", title: "Site coordination (moved)", startsAt: start + 1800,
                               endsAt: start + 5400, tzid: "UTC", salesWelcome: true, seriesId: 7, recurrenceId: start)
        MeetingDetailRoute.loaded(&state, MeetingDetail(meeting: override, attendees: [], occurrence: start))
        let route = state.route(MeetingDetailRoute.self)
        #expect(route?.detail?.meeting.id == 12)
        #expect(route?.entry.meetingId == 12 && route?.entry.seriesId == 7)
        #expect(route?.entry.start == start + 1800 && route?.entry.title == "Site coordination (moved)")
        #expect(route.map { $0.reload(state) }?.first == .loadMeeting(meetingId: 12, occurrence: start))
        // Another series' occurrence at the same time is not this view's.
        let other = Meeting(id: 13, uid: "o@x", title: "Other", startsAt: start, endsAt: start + 60, tzid: "UTC",
                            seriesId: 8, recurrenceId: start)
        MeetingDetailRoute.loaded(&state, MeetingDetail(meeting: other, attendees: [], occurrence: start))
        #expect(state.route(MeetingDetailRoute.self)?.detail?.meeting.id == 12)
    }
}
