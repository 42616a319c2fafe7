import Foundation
import Testing
@testable import RapportModel

/// Occurrences are compared against instants written out by hand (see `utc`), never against
/// values computed the way the code computes them.
@Suite struct RecurrenceTests {
    /// A series starting at `start` (UTC text) lasting `minutes`, held in `zoneId`.
    static func series(_ start: String, minutes: Int = 60, in zoneId: String = "UTC", _ rule: String?,
                       exdates: [String] = []) throws -> Recurrence {
        Recurrence(start: utc(start), duration: TimeInterval(minutes * 60), timeZone: zone(zoneId),
                   rule: try rule.map { try RecurrenceRule(parsing: $0) }, exdates: Set(exdates.map(utc)))
    }

    static func window(_ from: String, _ to: String) -> Range<Date> { utc(from)..<utc(to) }

    // MARK: - One-off meetings

    @Test(arguments: [
        ("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", true),
        ("2026-03-10T14:30:00Z", "2026-03-10T15:30:00Z", true),  // already in progress
        ("2026-03-10T13:00:00Z", "2026-03-10T14:00:00Z", false),  // window ends as it starts
        ("2026-03-10T15:00:00Z", "2026-03-10T16:00:00Z", false),  // window starts as it ends
        ("2026-03-11T00:00:00Z", "2026-03-12T00:00:00Z", false),
    ])
    func aOneOffMeetingShowsOnlyInWindowsItOverlaps(from: String, to: String, shown: Bool) throws {
        // Given a one-hour meeting at 14:00 UTC on 2026-03-10
        let meeting = try Self.series("2026-03-10T14:00:00Z", nil)
        // When the agenda asks for a window
        let starts = meeting.occurrences(overlapping: Self.window(from, to))
        // Then the meeting shows exactly when it overlaps the window
        #expect(starts == (shown ? [utc("2026-03-10T14:00:00Z")] : []))
    }

    // MARK: - Daily and weekly

    @Test func dailyWithIntervalSkipsTheDaysBetween() throws {
        // Given a stand-up every third day from Monday 2026-03-02 08:00 UTC
        let standUp = try Self.series("2026-03-02T08:00:00Z", minutes: 30, "FREQ=DAILY;INTERVAL=3")
        // When the window starts on the 5th
        let starts = standUp.occurrences(overlapping: Self.window("2026-03-05T00:00:00Z", "2026-03-15T00:00:00Z"))
        // Then the series keeps its own rhythm (2, 5, 8, 11, 14 …), not one counted from the window
        #expect(starts == ["2026-03-05T08:00:00Z", "2026-03-08T08:00:00Z", "2026-03-11T08:00:00Z",
                           "2026-03-14T08:00:00Z"].map(utc))
        #expect(standUp.occurrences(overlapping: Self.window("2026-02-01T00:00:00Z", "2026-03-02T08:00:00Z")) == [])
    }

    @Test func everyOtherWeekOnMondayAndWednesday() throws {
        // Given a meeting every other week on Monday and Wednesday, starting Wednesday 2026-01-07
        let meeting = try Self.series("2026-01-07T09:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE")
        // When January and February are shown
        let starts = meeting.occurrences(overlapping: Self.window("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"))
        // Then Monday the 5th (before the start) and the off weeks are skipped
        #expect(starts == ["2026-01-07T09:00:00Z", "2026-01-19T09:00:00Z", "2026-01-21T09:00:00Z",
                           "2026-02-02T09:00:00Z", "2026-02-04T09:00:00Z", "2026-02-16T09:00:00Z",
                           "2026-02-18T09:00:00Z"].map(utc))
        // And months later the on and off weeks still alternate from the start: the week of
        // 1 June is week 21 (off), the week of 8 June is on
        #expect(meeting.occurrences(overlapping: Self.window("2026-06-01T00:00:00Z", "2026-06-15T00:00:00Z"))
            == ["2026-06-08T09:00:00Z", "2026-06-10T09:00:00Z"].map(utc))
    }

    @Test func aWeekdayListedTwiceMeetsOnce() throws {
        let meeting = try Self.series("2026-03-02T09:00:00Z", "FREQ=WEEKLY;BYDAY=MO,MO")
        #expect(meeting.occurrences(overlapping: Self.window("2026-03-01T00:00:00Z", "2026-03-15T00:00:00Z"))
            == ["2026-03-02T09:00:00Z", "2026-03-09T09:00:00Z"].map(utc))
    }

    // MARK: - COUNT, UNTIL, EXDATE

    static let fiveMeetings = ["2026-01-07T09:00:00Z", "2026-01-19T09:00:00Z", "2026-01-21T09:00:00Z",
                               "2026-02-02T09:00:00Z", "2026-02-04T09:00:00Z"]

    @Test(arguments: [
        ("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", fiveMeetings),
        ("2026-01-20T00:00:00Z", "2026-02-03T00:00:00Z", ["2026-01-21T09:00:00Z", "2026-02-02T09:00:00Z"]),
        ("2026-02-03T00:00:00Z", "2026-04-01T00:00:00Z", ["2026-02-04T09:00:00Z"]),  // only the fifth is left
        ("2026-02-05T00:00:00Z", "2026-04-01T00:00:00Z", []),
        ("2026-02-16T00:00:00Z", "2026-02-19T00:00:00Z", []),  // would be the 6th and 7th
    ])
    func countIsHonouredWhereverTheWindowStarts(from: String, to: String, expected: [String]) throws {
        // Given five meetings (every other week, Monday and Wednesday, COUNT=5)
        let meeting = try Self.series("2026-01-07T09:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=5")
        // When a window starts after some of them
        // Then it shows the ones left of the five, never a sixth
        #expect(meeting.occurrences(overlapping: Self.window(from, to)) == expected.map(utc))
    }

    @Test func windowsSideBySideShowEachOccurrenceOnce() throws {
        // Given bounded series of each frequency
        let cases = [
            (try Self.series("2026-01-07T09:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=9"), 9),
            (try Self.series("2026-01-31T12:00:00Z", "FREQ=MONTHLY;COUNT=6"), 6),
            (try Self.series("2026-01-02T07:00:00Z", in: "America/New_York", "FREQ=DAILY;INTERVAL=5;COUNT=20"), 20),
        ]
        for (series, count) in cases {
            // When the year is paged through in 10-day windows, as the agenda pane does
            var starts: [Date] = []
            var from = utc("2026-01-01T00:00:00Z")
            while from < utc("2027-01-01T00:00:00Z") {
                let to = from + 10 * 86_400
                starts += series.occurrences(overlapping: from..<to).filter { $0 >= from }
                from = to
            }
            // Then every occurrence turns up once, in order, and COUNT of them in all
            #expect(starts.count == count, "\(series.rule!.text)")
            #expect(starts == series.occurrences(overlapping: Self.window("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")))
            #expect(starts == starts.sorted() && Set(starts).count == starts.count)
        }
    }

    @Test func countKeepsCountingDaysBeforeTheWindow() throws {
        // Given ten daily meetings from 1 March
        let daily = try Self.series("2026-03-01T09:00:00Z", "FREQ=DAILY;COUNT=10")
        // When the window starts on the 8th, then only the 8th, 9th and 10th are left
        #expect(daily.occurrences(overlapping: Self.window("2026-03-08T00:00:00Z", "2026-03-20T00:00:00Z"))
            == ["2026-03-08T09:00:00Z", "2026-03-09T09:00:00Z", "2026-03-10T09:00:00Z"].map(utc))
    }

    @Test(arguments: [
        ("20260305T090000Z", 5),  // UNTIL equal to an occurrence includes it
        ("20260305T085959Z", 4),
        ("20260305", 5),  // a date-only UNTIL includes the whole day
    ])
    func untilIsTheLastMomentAnOccurrenceMayStart(until: String, days: Int) throws {
        let daily = try Self.series("2026-03-01T09:00:00Z", "FREQ=DAILY;UNTIL=\(until)")
        let starts = daily.occurrences(overlapping: Self.window("2026-02-01T00:00:00Z", "2026-04-01T00:00:00Z"))
        #expect(starts == (1...days).map { utc("2026-03-0\($0)T09:00:00Z") })
    }

    @Test func exdatesCancelSingleOccurrences() throws {
        // Given a weekly Monday meeting with the 16 March one cancelled, and an EXDATE that
        // matches no occurrence (half an hour off)
        let weekly = try Self.series("2026-03-02T15:00:00Z", "FREQ=WEEKLY",
                                     exdates: ["2026-03-16T15:00:00Z", "2026-03-23T15:30:00Z"])
        // When March is shown, then the 16th is missing and the rest are there
        #expect(weekly.occurrences(overlapping: Self.window("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"))
            == ["2026-03-02T15:00:00Z", "2026-03-09T15:00:00Z", "2026-03-23T15:00:00Z", "2026-03-30T15:00:00Z"].map(utc))
    }

    @Test func aCancelledOccurrenceStillCountsTowardsCount() throws {
        // Given four weekly meetings (COUNT=4) with the second cancelled (RFC 5545: EXDATE
        // removes from the set COUNT produced)
        let weekly = try Self.series("2026-03-02T15:00:00Z", "FREQ=WEEKLY;COUNT=4", exdates: ["2026-03-09T15:00:00Z"])
        // Then three meetings remain, and no fifth week appears to make up for it
        #expect(weekly.occurrences(overlapping: Self.window("2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z"))
            == ["2026-03-02T15:00:00Z", "2026-03-16T15:00:00Z", "2026-03-23T15:00:00Z"].map(utc))
    }

    // MARK: - Monthly

    @Test func monthlyOnThe31stSkipsShortMonths() throws {
        // Given a review on the 31st of every month from January 2026
        let review = try Self.series("2026-01-31T12:00:00Z", "FREQ=MONTHLY")
        // When the year is shown, then months without a 31st have none (not the 30th, not the 1st)
        #expect(review.occurrences(overlapping: Self.window("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"))
            == ["2026-01-31T12:00:00Z", "2026-03-31T12:00:00Z", "2026-05-31T12:00:00Z", "2026-07-31T12:00:00Z",
                "2026-08-31T12:00:00Z", "2026-10-31T12:00:00Z", "2026-12-31T12:00:00Z"].map(utc))
    }

    @Test func skippedMonthsDoNotCountTowardsCount() throws {
        // Given three reviews on the 31st, then the window after the first
        let review = try Self.series("2026-01-31T12:00:00Z", "FREQ=MONTHLY;COUNT=3")
        // Then February and April are not used up: the third is 31 May
        #expect(review.occurrences(overlapping: Self.window("2026-02-01T00:00:00Z", "2027-01-01T00:00:00Z"))
            == ["2026-03-31T12:00:00Z", "2026-05-31T12:00:00Z"].map(utc))
    }

    // MARK: - Time zones

    @Test func aNewYorkMeetingStaysAt9LocalAcrossBothDSTChanges() throws {
        // Given a weekly Sunday 09:00 meeting in New York, starting 1 March 2026 (EST, UTC-5)
        let weekly = try Self.series("2026-03-01T14:00:00Z", in: "America/New_York", "FREQ=WEEKLY")
        // When March around the spring change (Sunday 8 March) is shown
        // Then from 8 March on it is 13:00 UTC, i.e. still 09:00 in New York (EDT, UTC-4)
        #expect(weekly.occurrences(overlapping: Self.window("2026-03-01T00:00:00Z", "2026-03-22T00:00:00Z"))
            == ["2026-03-01T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-15T13:00:00Z"].map(utc))
        // And around the autumn change (Sunday 1 November) it moves back to 14:00 UTC
        #expect(weekly.occurrences(overlapping: Self.window("2026-10-20T00:00:00Z", "2026-11-10T00:00:00Z"))
            == ["2026-10-25T13:00:00Z", "2026-11-01T14:00:00Z", "2026-11-08T14:00:00Z"].map(utc))

        // And every occurrence of the year is at 09:00 on a Sunday, local time
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone("America/New_York")
        let year = weekly.occurrences(overlapping: Self.window("2026-03-01T00:00:00Z", "2027-03-01T00:00:00Z"))
        #expect(year.count == 53)
        for start in year {
            let c = calendar.dateComponents([.hour, .minute, .weekday], from: start)
            #expect(c.hour == 9 && c.minute == 0 && c.weekday == 1, "\(start)")
        }
    }

    /// RFC 5545 §3.3.5: a local time that does not exist (spring forward) is read with the offset
    /// before the gap; one that happens twice (fall back) means the first of the two.
    @Test(arguments: [
        // 02:30 on 8 March does not exist in New York: 02:30 EST = 07:30 UTC (03:30 EDT)
        ("America/New_York", "2026-03-07T07:30:00Z", "2026-03-08T07:30:00Z", "2026-03-09T06:30:00Z"),
        // 02:30 on 29 March does not exist in Berlin: 02:30 CET = 01:30 UTC (03:30 CEST)
        ("Europe/Berlin", "2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"),
        // 01:30 on 1 November happens twice in New York: the first is EDT, 05:30 UTC
        ("America/New_York", "2026-10-31T05:30:00Z", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"),
        // 02:30 on 25 October happens twice in Berlin: the first is CEST, 00:30 UTC
        ("Europe/Berlin", "2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"),
    ])
    func aTimeTheChangeSkipsOrRepeatsFollowsRFC5545(zoneId: String, dayBefore: String, changeDay: String,
                                                    dayAfter: String) throws {
        // Given a daily meeting at a wall-clock time the DST change skips or repeats
        let daily = try Self.series(dayBefore, in: zoneId, "FREQ=DAILY")
        // When the three days around the change are shown
        let starts = daily.occurrences(overlapping: utc(dayBefore)..<(utc(dayAfter) + 1))
        // Then the change day's meeting is where RFC 5545 puts it, never before the day's earlier hours
        #expect(starts == [dayBefore, changeDay, dayAfter].map(utc))
    }

    @Test func occurrencesFollowTheSeriesZoneNotUTC() throws {
        // Given a daily 08:00 call in Tokyo (23:00 UTC the day before)
        let call = try Self.series("2026-02-28T23:00:00Z", in: "Asia/Tokyo", "FREQ=DAILY")
        // When a UTC day is shown
        let starts = call.occurrences(overlapping: Self.window("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z"))
        // Then the call that starts in it is 11 March in Tokyo; the 10 March call ended at midnight UTC
        #expect(starts == [utc("2026-03-10T23:00:00Z")])
    }

    // MARK: - Overlap at the window's edges

    @Test func aMeetingInProgressAtWindowStartIsShown() throws {
        // Given a weekly Tuesday meeting 09:00–10:00 UTC
        let weekly = try Self.series("2026-03-03T09:00:00Z", "FREQ=WEEKLY")
        // When the window opens at 09:30 on a Tuesday and closes at 09:00 a week later
        let starts = weekly.occurrences(overlapping: Self.window("2026-03-10T09:30:00Z", "2026-03-17T09:00:00Z"))
        // Then the meeting under way is shown and the one starting as the window closes is not
        #expect(starts == [utc("2026-03-10T09:00:00Z")])
    }

    @Test func aTwoDayWorkshopIsShownOnItsSecondDay() throws {
        // Given a weekly 48-hour commissioning workshop from Monday 08:00 UTC
        let workshop = try Self.series("2026-03-02T08:00:00Z", minutes: 48 * 60, "FREQ=WEEKLY")
        // When Wednesday is shown, the workshop ending at 08:00 Wednesday overlaps it
        #expect(workshop.occurrences(overlapping: Self.window("2026-03-04T00:00:00Z", "2026-03-05T00:00:00Z"))
            == [utc("2026-03-02T08:00:00Z")])
        // And from 08:00 Wednesday on, it no longer does
        #expect(workshop.occurrences(overlapping: Self.window("2026-03-04T08:00:00Z", "2026-03-05T00:00:00Z")) == [])
    }

    // MARK: - End of a series

    @Test func aOneOffEndsWhenItEnds() throws {
        #expect(try Self.series("2026-03-10T14:00:00Z", nil).seriesEnd() == utc("2026-03-10T15:00:00Z"))
    }

    @Test func aCountedSeriesEndsWithItsLastOccurrence() throws {
        #expect(try Self.series("2026-01-07T09:00:00Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=5").seriesEnd()
            == utc("2026-02-04T10:00:00Z"))
        // Fifteen 31sts: seven in 2026, seven in 2027, then 31 January 2028, more than a year on
        #expect(try Self.series("2026-01-31T12:00:00Z", "FREQ=MONTHLY;COUNT=15").seriesEnd()
            == utc("2028-01-31T13:00:00Z"))
        // The last one cancelled: the series ends with the one before
        #expect(try Self.series("2026-03-02T15:00:00Z", "FREQ=WEEKLY;COUNT=4", exdates: ["2026-03-23T15:00:00Z"])
            .seriesEnd() == utc("2026-03-16T16:00:00Z"))
    }

    @Test(arguments: [
        ("FREQ=DAILY;UNTIL=20260305T235959Z", "2026-03-05T10:00:00Z"),
        ("FREQ=DAILY;UNTIL=20260305T090000Z", "2026-03-05T10:00:00Z"),
        ("FREQ=WEEKLY;UNTIL=20260331", "2026-03-29T10:00:00Z"),  // Sundays; the 31st is a Tuesday
        ("FREQ=MONTHLY;UNTIL=20260630", "2026-06-01T10:00:00Z"),
    ])
    func aSeriesWithUntilEndsWithItsLastOccurrence(rule: String, end: String) throws {
        // Given a series from Sunday 1 March 09:00 UTC bounded by UNTIL
        let series = try Self.series("2026-03-01T09:00:00Z", rule)
        // Then it ends when its last occurrence ends, not an hour after UNTIL
        #expect(series.seriesEnd() == utc(end))
    }

    @Test func aSeriesWithoutEndNeverEnds() throws {
        #expect(try Self.series("2026-03-01T09:00:00Z", "FREQ=WEEKLY;BYDAY=MO,TH").seriesEnd() == nil)
    }
}
