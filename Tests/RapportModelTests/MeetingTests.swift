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

    @Test(arguments: [("FREQ=HOURLY", "America/New_York"), ("FREQ=WEEKLY", "Mars/Olympus_Mons")])
    func aSeriesThatCannotBeReadHasNoRecurrence(rrule: String, tzid: String) {
        // Rather than guess, the meeting is not expanded; its first occurrence bounds it
        let meeting = Self.meeting(rrule: rrule, tzid: tzid)
        #expect(meeting.recurrence == nil)
        #expect(meeting.lastEndsAt == meeting.endsAt)
    }
}
