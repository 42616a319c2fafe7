import Foundation
import Testing
@testable import RapportModel

/// Daylight saving in a southern zone, all-day series, unreadable series, Windows zone names,
/// and the offset table behind expansion.
@Suite struct RecurrenceTimeZoneTests {
    static func series(_ start: String, in zoneId: String, _ rule: String) throws -> Recurrence {
        Recurrence(start: utc(start), duration: 3600, timeZone: zone(zoneId), rule: try RecurrenceRule(parsing: rule))
    }

    // MARK: - Sydney

    @Test func aSydneyMeetingStaysAt9AcrossBothChanges() throws {
        // Given a Sunday 09:00 meeting in Sydney from 29 March 2026 (AEDT, UTC+11)
        let weekly = try Self.series("2026-03-28T22:00:00Z", in: "Australia/Sydney", "FREQ=WEEKLY")
        // When clocks go back on Sunday 5 April, it moves to 23:00 UTC: still 09:00 (AEST, UTC+10)
        #expect(weekly.occurrences(overlapping: utc("2026-03-28T00:00:00Z")..<utc("2026-04-13T00:00:00Z"))
            == ["2026-03-28T22:00:00Z", "2026-04-04T23:00:00Z", "2026-04-11T23:00:00Z"].map(utc))
        // And when they go forward on Sunday 4 October, back to 22:00 UTC
        #expect(weekly.occurrences(overlapping: utc("2026-09-26T00:00:00Z")..<utc("2026-10-12T00:00:00Z"))
            == ["2026-09-26T23:00:00Z", "2026-10-03T22:00:00Z", "2026-10-10T22:00:00Z"].map(utc))
    }

    @Test(arguments: [
        // 02:30 on 4 October does not exist in Sydney: read as AEST, 16:30 UTC (03:30 AEDT)
        ("2026-10-02T16:30:00Z", "2026-10-03T16:30:00Z", "2026-10-04T15:30:00Z"),
        // 02:30 on 5 April happens twice: the first is AEDT, 15:30 UTC
        ("2026-04-03T15:30:00Z", "2026-04-04T15:30:00Z", "2026-04-05T16:30:00Z"),
    ])
    func aTimeSydneysChangeSkipsOrRepeatsFollowsRFC5545(dayBefore: String, changeDay: String, dayAfter: String) throws {
        let daily = try Self.series(dayBefore, in: "Australia/Sydney", "FREQ=DAILY")
        #expect(daily.occurrences(overlapping: utc(dayBefore)..<(utc(dayAfter) + 1)) == [dayBefore, changeDay, dayAfter].map(utc))
    }

    // MARK: - All-day series

    @Test func anAllDaySeriesStaysOnItsDateInEveryZone() throws {
        // Given a yearly all-day shutdown on 24 December
        let shutdown = Recurrence(allDay: date(2026, 12, 24), rule: try RecurrenceRule(parsing: "FREQ=YEARLY;COUNT=3"),
                                  shownIn: zone("Australia/Sydney"))
        // When shown in Sydney and in New York
        let sydney = shutdown.occurrences(overlapping: utc("2026-01-01T00:00:00Z")..<utc("2030-01-01T00:00:00Z"))
        let newYork = shutdown.shown(in: zone("America/New_York"))
            .occurrences(overlapping: utc("2026-01-01T00:00:00Z")..<utc("2030-01-01T00:00:00Z"))
        // Then each starts at that zone's midnight of the 24th
        #expect(sydney == ["2026-12-23T13:00:00Z", "2027-12-23T13:00:00Z", "2028-12-23T13:00:00Z"].map(utc))
        #expect(newYork == ["2026-12-24T05:00:00Z", "2027-12-24T05:00:00Z", "2028-12-24T05:00:00Z"].map(utc))
        #expect(shutdown.isAllDay && shutdown.end(of: sydney[0]) == utc("2026-12-24T13:00:00Z"))
    }

    @Test func anAllDayOccurrenceOnAChangeDayRunsMidnightToMidnight() throws {
        // Given a weekly all-day site visit on Sundays in New York from 1 March 2026, with one cancelled
        let visit = Recurrence(allDay: date(2026, 3, 1), rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;UNTIL=20260322"),
                               exdates: [date(2026, 3, 15)], shownIn: zone("America/New_York"))
        let starts = visit.occurrences(overlapping: utc("2026-03-01T00:00:00Z")..<utc("2026-04-01T00:00:00Z"))
        #expect(starts == ["2026-03-01T05:00:00Z", "2026-03-08T05:00:00Z", "2026-03-22T04:00:00Z"].map(utc))
        // The 8 March day is 23 hours long: it ends at midnight EDT
        #expect(visit.end(of: starts[1]) == utc("2026-03-09T04:00:00Z"))
        #expect(visit.seriesEnd() == utc("2026-03-23T04:00:00Z"))
    }

    // MARK: - Unreadable series

    @Test(arguments: [
        ("Foo/Bar", "FREQ=WEEKLY", "unknown time zone 'Foo/Bar', shown in UTC"),
        ("Europe/Berlin", "FREQ=HOURLY;INTERVAL=2", "recurrence not fully read: unsupported recurrence rule part 'FREQ=HOURLY'"),
        ("Europe/Berlin", "FREQ=MONTHLY;BYMONTHDAY=40", "recurrence not fully read: malformed recurrence rule part 'BYMONTHDAY=40'"),
    ])
    func anUnreadableSeriesIsKeptAndSaysWhy(tzid: String, rrule: String, reason: String) {
        // Given a series Rapport cannot fully read, through the one reader the store and the agenda use
        let schedule = MeetingSchedule(start: utc("2026-03-02T09:00:00Z"), end: utc("2026-03-02T10:00:00Z"), tzid: tzid, rrule: rrule)
        // Then it is not dropped: its first occurrence shows, with the reason for the mark
        #expect(schedule.problem?.description == reason)
        #expect(schedule.occurrences(overlapping: utc("2026-03-01T00:00:00Z")..<utc("2026-04-01T00:00:00Z"))
            .first == utc("2026-03-02T09:00:00Z"))
    }

    @Test func aReadableSeriesHasNoProblemAndAWindowsZoneIsRead() throws {
        let schedule = MeetingSchedule(start: utc("2026-03-02T08:00:00Z"), end: utc("2026-03-02T09:00:00Z"),
                                       tzid: "W. Europe Standard Time", rrule: "FREQ=WEEKLY;COUNT=5")
        #expect(schedule.problem == nil)
        #expect(schedule.recurrence.timeZone.identifier == "Europe/Berlin")
        // 09:00 in Berlin before and after the 29 March change
        #expect(schedule.occurrences(overlapping: utc("2026-03-20T00:00:00Z")..<utc("2026-04-01T00:00:00Z"))
            == ["2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z"].map(utc))
    }

    // MARK: - Zone names

    @Test(arguments: [
        ("Pacific Standard Time", "America/Los_Angeles"), ("W. Europe Standard Time", "Europe/Berlin"),
        ("AUS Eastern Standard Time", "Australia/Sydney"), ("Eastern Standard Time", "America/New_York"),
        ("GMT Standard Time", "Europe/London"), ("India Standard Time", "Asia/Kolkata"),
        ("Romance Standard Time", "Europe/Paris"), ("Tokyo Standard Time", "Asia/Tokyo"),
        ("UTC", "Etc/UTC"), ("pacific standard time", "America/Los_Angeles"),
    ])
    func windowsNamesMapToIANAZones(windows: String, iana: String) {
        #expect(TimeZoneName.iana(forWindows: windows) == iana)
    }

    @Test func everyWindowsNameMapsToAZoneThisMachineKnows() {
        #expect(TimeZoneName.windowsNames.count >= 139)
        for (windows, iana) in TimeZoneName.windowsNames {
            #expect(TimeZone(identifier: iana) != nil, "\(windows) → \(iana)")
        }
        #expect(TimeZoneName.iana(forWindows: "Mars Standard Time") == nil)
    }

    @Test(arguments: [
        ("America/New_York", "America/New_York"), ("Pacific Standard Time", "America/Los_Angeles"),
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
        ("/citadel.org/20190914_1/America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ])
    func aTZIDNamesItsZone(tzid: String, identifier: String) {
        #expect(TimeZoneName.zone(for: tzid)?.identifier == identifier)
    }

    @Test func aTZIDNamingNoZoneIsNil() {
        #expect(TimeZoneName.zone(for: "Foo/Bar") == nil)
        #expect(TimeZoneName.zone(for: "") == nil)
    }

    // MARK: - The offset table

    @Test(arguments: ["America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Europe/Berlin", "Asia/Tokyo", "UTC"])
    func theOffsetTableAgreesWithFoundation(zoneId: String) {
        // Every six hours and a bit, from 1995 to 2045: the table and the zone give the same offset
        let tz = zone(zoneId)
        var table = ZoneOffsets.shared(tz, covering: utc("1995-01-01T00:00:00Z")..<utc("2045-01-01T00:00:00Z"))
        var t = Int(utc("1995-01-01T00:00:00Z").timeIntervalSince1970)
        let end = Int(utc("2045-01-01T00:00:00Z").timeIntervalSince1970)
        var mismatches = 0
        while t < end {
            if table.offset(at: t) != tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))) { mismatches += 1 }
            // And a wall-clock time read back gives the instant, except in a repeated hour
            let local = t + table.offset(at: t)
            let back = table.instant(local: local)
            if back != t, table.offset(at: back) + back != local { mismatches += 1 }
            t += 6 * 3600 + 17 * 60
        }
        #expect(mismatches == 0)
    }
}
