import Foundation
import Testing
import RapportModel
@testable import RapportInterop

/// What the writer writes, the reader reads back as the same events.
@Suite struct ICalendarRoundTripTests {
    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let events: [CalendarEvent] = [
        CalendarEvent(
            meeting: Meeting(uid: "coord@acme", title: "Coordination, weekly; \"all\" \\ hands 会議 🎉 " + String(repeating: "long ", count: 20),
                             startsAt: instant("2026-02-03T15:00:00Z"), endsAt: instant("2026-02-03T16:00:00Z"),
                             tzid: "America/New_York", rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T235959Z",
                             exdates: [instant("2026-03-17T14:00:00Z")], location: "Board Room, 3rd floor",
                             organizer: "Dana Whitfield", salesWelcome: true, agenda: "1. punch\n2. schedule",
                             minutes: "", rdates: [instant("2026-03-05T15:00:00Z")], sequence: 3,
                             dtstamp: instant("2026-01-20T10:00:00Z"), lastModified: instant("2026-01-21T10:00:00Z"),
                             details: "Bring the drawings.\nAnd the keys."),
            attendees: [Invitee(name: "Dana Whitfield", email: "dana@b.example", role: "chair", status: .accepted),
                        Invitee(name: "Lee, Sam", email: "sam@acme.example", role: "optional", status: .tentative)],
            projectCode: "ACME-01", customerName: "Acme; Corp", organizerEmail: "dana@b.example"),
        CalendarEvent(
            meeting: Meeting(uid: "coord@acme", title: "Coordination (moved)", startsAt: instant("2026-03-11T19:00:00Z"),
                             endsAt: instant("2026-03-11T20:00:00Z"), tzid: "America/New_York",
                             recurrenceId: instant("2026-03-10T14:00:00Z"), sequence: 1,
                             dtstamp: instant("2026-01-20T10:00:00Z")),
            projectCode: "ACME-01"),
        CalendarEvent(
            meeting: Meeting(uid: "shutdown@acme", title: "Site shutdown", startsAt: instant("2026-03-09T00:00:00Z"),
                             endsAt: instant("2026-03-11T00:00:00Z"), tzid: "UTC", dtstamp: instant("2026-01-20T10:00:00Z"),
                             allDay: true, status: .tentative),
            customerName: "Acme; Corp"),
        CalendarEvent(
            meeting: Meeting(uid: "sydney@acme", title: "Sydney review", startsAt: instant("2026-04-05T00:00:00Z"),
                             endsAt: instant("2026-04-05T01:00:00Z"), tzid: "Australia/Sydney", rrule: "FREQ=MONTHLY;COUNT=6",
                             dtstamp: instant("2026-01-20T10:00:00Z"))),
    ]

    @Test func writtenEventsReadBackTheSame() throws {
        // Given events of every shape, written out
        let text = ICalendarWriter(now: Self.instant("2026-02-01T00:00:00Z")).text(Self.events)
        // Then every physical line ends CRLF and is at most 75 octets
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        // And a VTIMEZONE is there for each zone used
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Australia/Sydney\r\n"))
        #expect(text.contains("DTSTART;TZID=America/New_York:20260203T100000\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20260309\r\n"))
        // When read back (in a zone none of them uses)
        let read = try ICalendarReader(floatingZone: TimeZone(identifier: "Asia/Tokyo")!).events(from: Data(text.utf8))
        // Then each event is as written
        #expect(read.count == Self.events.count)
        for (back, original) in zip(read, Self.events) {
            var expected = original
            expected.line = back.line
            expected.carriesRapportFields = back.carriesRapportFields
            #expect(back == expected)
        }
    }

    @Test func theVTimezoneOfASouthernZoneSaysWhenDaylightTimeStartsAndEnds() {
        let lines = VTimezone(zone: TimeZone(identifier: "Australia/Sydney")!, fromYear: 2026).lines.map(\.text)
        #expect(lines == [
            "BEGIN:VTIMEZONE", "TZID:Australia/Sydney",
            "BEGIN:STANDARD", "DTSTART:20260405T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
            "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "TZNAME:GMT+10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20261004T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "TZNAME:GMT+11", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ])
    }
}
