import Foundation
import Testing
import RapportModel
@testable import RapportInterop

/// Reading VEVENTs: times in every form, recurrence, overrides, people, and hostile files.
@Suite struct ICalendarReaderTests {
    static let newYork = TimeZone(identifier: "America/New_York")!

    static func read(_ body: String, floating: TimeZone = newYork) throws -> [CalendarEvent] {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n"
        return try ICalendarReader(floatingZone: floating).events(from: Data(text.utf8))
    }

    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aWeeklySeriesWithItsZoneExdatesAndPeopleReads() throws {
        let events = try Self.read("""
            BEGIN:VEVENT\r
            UID:coord@acme.example\r
            DTSTAMP:20260201T120000Z\r
            SEQUENCE:2\r
            DTSTART;TZID=America/New_York:20260203T100000\r
            DTEND;TZID=America/New_York:20260203T110000\r
            RRULE:FREQ=WEEKLY;BYDAY=TU\r
            EXDATE;TZID=America/New_York:20260317T100000,20260324T100000\r
            RDATE;TZID=America/New_York:20260305T100000\r
            SUMMARY:Site coordination\\, week\\; all\r
            LOCATION:Board Room\r
            DESCRIPTION:Line one\\nLine two\r
            ORGANIZER;CN=Dana Whitfield:mailto:dana@brightline.example\r
            ATTENDEE;CN="Lee, Sam";ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam@acme.example\r
            ATTENDEE;PARTSTAT=DECLINED:MAILTO:kim@acme.example\r
            END:VEVENT\r

            """)
        let m = try #require(events.first).meeting
        #expect(m.uid == "coord@acme.example")
        #expect(m.sequence == 2)
        #expect(m.tzid == "America/New_York")
        #expect(m.startsAt == Self.instant("2026-02-03T15:00:00Z"))
        #expect(m.endsAt == Self.instant("2026-02-03T16:00:00Z"))
        #expect(m.rrule == "FREQ=WEEKLY;BYDAY=TU")
        // 10:00 New York after the March change is 14:00 UTC
        #expect(m.exdates == [Self.instant("2026-03-17T14:00:00Z"), Self.instant("2026-03-24T14:00:00Z")])
        #expect(m.rdates == [Self.instant("2026-03-05T15:00:00Z")])
        #expect(m.title == "Site coordination, week; all")
        #expect(m.details == "Line one\nLine two")
        #expect(m.organizer == "Dana Whitfield")
        #expect(events[0].organizerEmail == "dana@brightline.example")
        #expect(m.dtstamp == Self.instant("2026-02-01T12:00:00Z"))
        #expect(events[0].attendees == [
            Invitee(name: "Lee, Sam", email: "sam@acme.example", role: "optional", status: .accepted),
            Invitee(name: "kim@acme.example", email: "kim@acme.example", role: "required", status: .declined),
        ])
        #expect(!events[0].carriesRapportFields)
    }

    @Test func datesDurationsUTCAndFloatingTimes() throws {
        let events = try Self.read("""
            BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20260309\nDTEND;VALUE=DATE:20260311\nSUMMARY:Shutdown\nEND:VEVENT
            BEGIN:VEVENT\nUID:b\nDTSTART:20260310T140000Z\nDURATION:PT1H30M\nEND:VEVENT
            BEGIN:VEVENT\nUID:c\nDTSTART:20260310T090000\nDURATION:P1DT2H\nEND:VEVENT
            BEGIN:VEVENT\nUID:d\nDTSTART;VALUE=DATE:20260312\nEND:VEVENT\n
            """)
        let byUID = Dictionary(uniqueKeysWithValues: events.map { ($0.meeting.uid, $0.meeting) })
        #expect(byUID["a"]?.allDay == true)
        #expect(byUID["a"]?.startsAt == Self.instant("2026-03-09T00:00:00Z"))
        #expect(byUID["a"]?.endsAt == Self.instant("2026-03-11T00:00:00Z"))
        #expect(byUID["b"]?.tzid == "UTC")
        #expect(byUID["b"]?.endsAt == Self.instant("2026-03-10T15:30:00Z"))
        // Floating: read in the importer's zone, which the meeting then keeps
        #expect(byUID["c"]?.startsAt == Self.instant("2026-03-10T13:00:00Z"))
        #expect(byUID["c"]?.tzid == "America/New_York")
        #expect(byUID["c"]?.endsAt == Self.instant("2026-03-11T15:00:00Z"))
        // A date without an end lasts its day; an event without a title says so
        #expect(byUID["d"]?.endsAt == Self.instant("2026-03-13T00:00:00Z"))
        #expect(byUID["d"]?.title == "(no title)")
    }

    @Test func anOverrideKeepsItsRecurrenceIdAndCancelledStatus() throws {
        let events = try Self.read("""
            BEGIN:VEVENT\nUID:s\nDTSTART:20260303T150000Z\nDTEND:20260303T160000Z\nRRULE:FREQ=WEEKLY\nEND:VEVENT
            BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20260310T150000Z\nDTSTART:20260311T150000Z\nDTEND:20260311T160000Z
            STATUS:CANCELLED\nSEQUENCE:1\nEND:VEVENT\n
            """)
        #expect(events.count == 2)
        #expect(events[1].meeting.recurrenceId == Self.instant("2026-03-10T15:00:00Z"))
        #expect(events[1].meeting.status == .cancelled)
        #expect(events[1].meeting.rrule == nil)
    }

    @Test(arguments: [
        ("Eastern Standard Time", "America/New_York"),
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
        ("AUS Eastern Standard Time", "Australia/Sydney"),
    ])
    func windowsAndPrefixedZoneNamesMapToIANA(tzid: String, iana: String) throws {
        let events = try Self.read("BEGIN:VEVENT\nUID:w\nDTSTART;TZID=\"\(tzid)\":20260115T090000\nEND:VEVENT\n")
        #expect(events[0].meeting.tzid == iana)
        let zone = TimeZone(identifier: iana)!
        #expect(events[0].meeting.startsAt == Self.instant("2026-01-15T09:00:00Z") - TimeInterval(zone.secondsFromGMT(for: Self.instant("2026-01-15T09:00:00Z"))))
    }

    @Test func aCustomVTimezoneFindsTheZoneWithTheSameOffsets() throws {
        let events = try Self.read("""
            BEGIN:VTIMEZONE\nTZID:Custom Eastern\nBEGIN:STANDARD\nDTSTART:19701101T020000\nTZOFFSETFROM:-0400
            TZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nBEGIN:DAYLIGHT
            DTSTART:19700308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
            END:DAYLIGHT\nEND:VTIMEZONE
            BEGIN:VEVENT\nUID:v\nDTSTART;TZID=Custom Eastern:20260701T090000\nEND:VEVENT\n
            """)
        #expect(events[0].meeting.tzid == "America/New_York")
        #expect(events[0].meeting.startsAt == Self.instant("2026-07-01T13:00:00Z"))
    }

    @Test func anUnknownZoneIsKeptAsWrittenForTheCalendarToMark() throws {
        let events = try Self.read("BEGIN:VEVENT\nUID:u\nDTSTART;TZID=Mars/Olympus_Mons:20260115T090000\nRRULE:FREQ=SECONDLY\nEND:VEVENT\n")
        #expect(events[0].meeting.tzid == "Mars/Olympus_Mons")
        #expect(events[0].meeting.startsAt == Self.instant("2026-01-15T09:00:00Z"))
        #expect(events[0].meeting.rrule == "FREQ=SECONDLY")
        #expect(events[0].meeting.schedule.problem != nil)
    }

    @Test(arguments: [
        ("BEGIN:VEVENT\nDTSTART:20260101T000000Z\nEND:VEVENT\n", 4, "VEVENT has no UID"),
        ("BEGIN:VEVENT\nUID:x\nEND:VEVENT\n", 4, "VEVENT x has no DTSTART"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20261301T000000Z\nEND:VEVENT\n", 6, "DTSTART: '20261301T000000Z' is not a DATE-TIME (YYYYMMDDTHHMMSS[Z])"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\nDTEND:20260101T000000Z\nEND:VEVENT\n", 7, "VEVENT x ends before it starts"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\nDTEND:20260103T000000Z\nDURATION:PT1H\nEND:VEVENT\n", 7, "VEVENT x has both DTEND and DURATION"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:20260102\nDTEND:20260103T000000Z\nEND:VEVENT\n", 7, "DTEND must be a DATE as DTSTART is"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\nDURATION:1 hour\nEND:VEVENT\n", 7, "DURATION: '1 hour' is not a positive duration"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\nSEQUENCE:two\nEND:VEVENT\n", 7, "SEQUENCE: 'two' is not a number"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\nEND:VTODO\n", 7, "END:VTODO closes BEGIN:VEVENT of line 4"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\n", 7, "END:VCALENDAR closes BEGIN:VEVENT of line 4"),
        ("BEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:x\nDTSTART:20260103T000000Z\nEND:VEVENT\n", 8, "UID x is defined twice (first on line 4)"),
        ("BEGIN:VEVENT\nUID:x\nRECURRENCE-ID:20260102T000000Z\nDTSTART:20260102T000000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\n", 8, "an override (RECURRENCE-ID) cannot have its own RRULE"),
    ])
    func malformedFilesAreRefusedWithLineAndReason(body: String, line: Int, reason: String) {
        #expect(throws: ICalendarError(line: line, reason: reason)) { try Self.read(body) }
    }

    @Test func aTruncatedFileIsRefused() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20260102T000000Z\n"
        #expect(throws: ICalendarError(line: 4, reason: "BEGIN:VEVENT of line 2 is never closed")) {
            try ICalendarReader(floatingZone: .gmt).events(from: Data(text.utf8))
        }
    }

    @Test func textOutsideACalendarAndEmptyFilesAreRefused() {
        let reader = ICalendarReader(floatingZone: .gmt)
        #expect(throws: ICalendarError(line: 1, reason: "no VCALENDAR in the file")) { try reader.events(from: Data()) }
        #expect(throws: ICalendarError(line: 1, reason: "BEGIN:VEVENT outside a VCALENDAR")) {
            try reader.events(from: Data("BEGIN:VEVENT\nEND:VEVENT\n".utf8))
        }
        #expect(throws: ICalendarError(line: 1, reason: "SUMMARY outside a VCALENDAR")) {
            try reader.events(from: Data("SUMMARY:hi\n".utf8))
        }
        let deep = String(repeating: "BEGIN:X\n", count: 20)
        #expect(throws: ICalendarError(line: 9, reason: "components nested deeper than 8")) {
            try reader.events(from: Data(("BEGIN:VCALENDAR\n" + deep).utf8))
        }
    }
}
