import Foundation
import Testing
@testable import RapportModel

@Suite struct MeetingTests {
    static func meeting(rrule: String?, tzid: String = "America/New_York", exdates: [Date] = []) -> Meeting {
        Meeting(uid: "m@rapport", title: "Site coordination", startsAt: utc("2026-03-03T15:00:00Z"),
                endsAt: utc("2026-03-03T16:30:00Z"), tzid: tzid, rrule: rrule, exdates: exdates)
    }

    @Test(arguments: [
        (nil, utc("2026-03-03T16:30:00Z")),  // one-off: when it ends
        ("FREQ=WEEKLY;COUNT=3", utc("2026-03-17T15:30:00Z")),  // 10:00 EDT after the 8 March change
        ("FREQ=WEEKLY;UNTIL=20260320T000000Z", utc("2026-03-17T15:30:00Z")),
        ("FREQ=WEEKLY", nil),  // never ends
    ] as [(String?, Date?)])
    func lastEndsAtIsWhenTheLastOccurrenceEnds(rrule: String?, end: Date?) {
        // The agenda query skips series whose last_ends_at is before its window
        #expect(Self.meeting(rrule: rrule).lastEndsAt == end)
    }

    @Test func recurrenceCarriesDurationZoneAndExdates() throws {
        let cancelled = utc("2026-03-10T14:00:00Z")
        let recurrence = try #require(Self.meeting(rrule: "FREQ=WEEKLY", exdates: [cancelled]).recurrence)
        #expect(recurrence.duration == 90 * 60)
        #expect(recurrence.timeZone.identifier == "America/New_York")
        #expect(recurrence.exdates == [cancelled])
        #expect(recurrence.rule == RecurrenceRule(frequency: .weekly))
        #expect(recurrence.occurrences(overlapping: utc("2026-03-01T00:00:00Z")..<utc("2026-03-18T00:00:00Z"))
            == [utc("2026-03-03T15:00:00Z"), utc("2026-03-17T14:00:00Z")])
    }

    @Test func aRuleThatCannotBeReadIsShownAtItsFirstOccurrenceWithTheReason() {
        // FREQ=FORTNIGHTLY is no frequency at all: the meeting keeps its first occurrence
        let meeting = Self.meeting(rrule: "FREQ=FORTNIGHTLY")
        #expect(meeting.recurrence == nil)
        #expect(meeting.lastEndsAt == meeting.endsAt)
        #expect(meeting.schedule.problem?.description.hasPrefix("recurrence not fully read: ") == true)
        #expect(meeting.schedule.occurrences(overlapping: utc("2026-03-01T00:00:00Z")..<utc("2026-04-01T00:00:00Z"))
            == [utc("2026-03-03T15:00:00Z")])
    }

    @Test func anUnknownZoneIsReadAsUTCAndSaysSo() {
        // The stored start is an instant, so the series still recurs (at its UTC time)
        let meeting = Self.meeting(rrule: "FREQ=WEEKLY;COUNT=2", tzid: "Mars/Olympus_Mons")
        #expect(meeting.recurrence == nil)
        #expect(meeting.schedule.problem == .unknownZone("Mars/Olympus_Mons"))
        #expect(meeting.schedule.problem?.description == "unknown time zone 'Mars/Olympus_Mons', shown in UTC")
        #expect(meeting.lastEndsAt == utc("2026-03-10T16:30:00Z"))
    }

    @Test func aRulePartNotUnderstoodIsLeftOutAndTheRestExpanded() {
        // Given a weekly rule with a part the reader refuses
        let meeting = Self.meeting(rrule: "FREQ=WEEKLY;COUNT=3;BYHOUR=25")
        // Then it still recurs weekly, three times, marked
        #expect(meeting.schedule.occurrences(overlapping: utc("2026-03-01T00:00:00Z")..<utc("2026-05-01T00:00:00Z"))
            == ["2026-03-03T15:00:00Z", "2026-03-10T14:00:00Z", "2026-03-17T14:00:00Z"].map(utc))
        #expect(meeting.schedule.problem != nil)
    }

    @Test func rdatesAddOccurrencesAndExdatesRemoveThem() {
        let extra = utc("2026-03-05T15:00:00Z")
        let meeting = Meeting(uid: "m@rapport", title: "Walk", startsAt: utc("2026-03-03T15:00:00Z"),
                              endsAt: utc("2026-03-03T16:00:00Z"), tzid: "UTC", exdates: [utc("2026-03-09T15:00:00Z")],
                              rdates: [extra, utc("2026-03-09T15:00:00Z")])
        #expect(meeting.schedule.occurrences(overlapping: utc("2026-03-01T00:00:00Z")..<utc("2026-04-01T00:00:00Z"))
            == [utc("2026-03-03T15:00:00Z"), extra])
        #expect(meeting.lastEndsAt == utc("2026-03-09T16:00:00Z"))
    }
}
