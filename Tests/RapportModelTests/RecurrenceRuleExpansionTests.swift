import Foundation
import Testing
@testable import RapportModel

/// The parts meetings use beyond the RFC's own examples: set positions, days counted from a
/// month's end, ordinals, RDATE and EXDATE, overrides, COUNT seen through a later window, and
/// UNTIL in its three forms.
@Suite struct RecurrenceRuleExpansionTests {
    static func series(_ start: String, in zoneId: String = "UTC", _ rule: String?, exdates: [String] = [],
                       rdates: [String] = [], overridden: [String] = []) throws -> Recurrence {
        Recurrence(start: utc(start), duration: 3600, timeZone: zone(zoneId), rule: try rule.map { try RecurrenceRule(parsing: $0) },
                   exdates: Set(exdates.map(utc)), rdates: Set(rdates.map(utc)), overridden: Set(overridden.map(utc)))
    }

    static func starts(_ s: Recurrence, _ from: String, _ to: String) -> [Date] { s.occurrences(overlapping: utc(from)..<utc(to)) }

    // MARK: - BYSETPOS, BYMONTHDAY, ordinals

    @Test func theLastWorkdayOfTheMonth() throws {
        let review = try Self.series("2026-01-30T16:00:00Z", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
        #expect(Self.starts(review, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")
            == ["01-30", "02-27", "03-31", "04-30", "05-29", "06-30", "07-31", "08-31", "09-30", "10-30", "11-30", "12-31"]
            .map { utc("2026-\($0)T16:00:00Z") })
    }

    @Test func theLastDayOfTheMonthFindsTheLeapDay() throws {
        let close = try Self.series("2028-01-31T12:00:00Z", "FREQ=MONTHLY;BYMONTHDAY=-1")
        #expect(Self.starts(close, "2028-01-01T00:00:00Z", "2028-05-01T00:00:00Z")
            == ["2028-01-31T12:00:00Z", "2028-02-29T12:00:00Z", "2028-03-31T12:00:00Z", "2028-04-30T12:00:00Z"].map(utc))
    }

    @Test(arguments: [
        ("2026-01-13T09:00:00Z", "FREQ=MONTHLY;BYDAY=2TU", ["2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14"]),
        ("2026-01-30T09:00:00Z", "FREQ=MONTHLY;BYDAY=-1FR", ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24"]),
        // Thanksgiving: the fourth Thursday of November.
        ("2026-11-26T09:00:00Z", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", ["2026-11-26", "2027-11-25", "2028-11-23"]),
        // Every weekday: BYDAY on DAILY filters the days.
        ("2026-03-06T09:00:00Z", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
         ["2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]),
    ])
    func ordinalAndFilteringWeekdays(start: String, rule: String, days: [String]) throws {
        let meeting = try Self.series(start, rule)
        #expect(Self.starts(meeting, start, days.last! + "T23:00:00Z") == days.map { utc($0 + "T09:00:00Z") })
    }

    // MARK: - RDATE, EXDATE, overrides

    @Test func rdatesAddAndExdatesWinOverThem() throws {
        // Given a weekly Monday meeting, an extra Saturday one, an RDATE that repeats a Monday,
        // and an RDATE that is also an EXDATE
        let meeting = try Self.series("2026-03-02T15:00:00Z", "FREQ=WEEKLY",
                                      exdates: ["2026-03-09T15:00:00Z", "2026-03-21T10:00:00Z"],
                                      rdates: ["2026-03-14T10:00:00Z", "2026-03-16T15:00:00Z", "2026-03-21T10:00:00Z"])
        // Then each start shows once, in order, and an excluded one not at all (RFC 5545: EXDATE wins)
        #expect(Self.starts(meeting, "2026-03-01T00:00:00Z", "2026-03-24T00:00:00Z")
            == ["2026-03-02T15:00:00Z", "2026-03-14T10:00:00Z", "2026-03-16T15:00:00Z", "2026-03-23T15:00:00Z"].map(utc))
    }

    @Test func anRdateOnASeriesWithoutARuleAddsToIt() throws {
        let meeting = try Self.series("2026-03-02T15:00:00Z", nil, rdates: ["2026-04-02T15:00:00Z"])
        #expect(Self.starts(meeting, "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z")
            == ["2026-03-02T15:00:00Z", "2026-04-02T15:00:00Z"].map(utc))
        #expect(meeting.seriesEnd() == utc("2026-04-02T16:00:00Z"))
    }

    @Test func dateExdatesAndRdatesOnATimedSeries() throws {
        // EXDATE;VALUE=DATE and RDATE;VALUE=DATE on a series held in Sydney at 09:00
        var meeting = try Self.series("2026-03-01T22:00:00Z", in: "Australia/Sydney", "FREQ=DAILY;COUNT=4")
        meeting.excludedDays = [date(2026, 3, 3)]
        meeting.addedDays = [date(2026, 3, 10)]
        // Then of 2–5 March (Sydney) the 3rd is gone, and one on 10 March comes at 09:00 local (AEDT)
        #expect(Self.starts(meeting, "2026-03-01T00:00:00Z", "2026-03-31T00:00:00Z")
            == ["2026-03-01T22:00:00Z", "2026-03-03T22:00:00Z", "2026-03-04T22:00:00Z", "2026-03-09T22:00:00Z"].map(utc))
    }

    @Test func overriddenOccurrencesAreLeftToTheirOverrideAndStillCount() throws {
        // Given four weekly meetings, the second moved (RECURRENCE-ID) to another day
        let meeting = try Self.series("2026-03-02T15:00:00Z", "FREQ=WEEKLY;COUNT=4", overridden: ["2026-03-09T15:00:00Z"])
        // Then the series shows the other three; the override meeting shows the moved one
        #expect(Self.starts(meeting, "2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z")
            == ["2026-03-02T15:00:00Z", "2026-03-16T15:00:00Z", "2026-03-23T15:00:00Z"].map(utc))
        // And an override of DTSTART itself takes the first one away too
        let first = try Self.series("2026-03-02T15:00:00Z", "FREQ=WEEKLY;COUNT=2", overridden: ["2026-03-02T15:00:00Z"])
        #expect(Self.starts(first, "2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z") == [utc("2026-03-09T15:00:00Z")])
    }

    @Test func dtstartIsTheFirstOccurrenceEvenOffTheRuleAndCounts() throws {
        // Given a Tuesday start for a Mondays-only rule of three
        let meeting = try Self.series("2026-03-03T09:00:00Z", "FREQ=WEEKLY;BYDAY=MO;COUNT=3")
        // Then the Tuesday is the first of the three (RFC 5545 §3.3.10)
        #expect(Self.starts(meeting, "2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z")
            == ["2026-03-03T09:00:00Z", "2026-03-09T09:00:00Z", "2026-03-16T09:00:00Z"].map(utc))
    }

    // MARK: - COUNT seen from a later window

    @Test(arguments: [
        "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=1000",  // the same count every week: found by arithmetic
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1;COUNT=220",  // walked
        "FREQ=DAILY;INTERVAL=3;COUNT=1200",
        "FREQ=YEARLY;BYMONTH=1,7;BYDAY=1MO;COUNT=18",
    ])
    func aWindowYearsOnShowsWhatAWholeExpansionShows(rule: String) throws {
        // Given a counted series held in New York from 2026
        let meeting = try Self.series("2026-01-01T14:00:00Z", in: "America/New_York", rule)
        let all = Self.starts(meeting, "2025-01-01T00:00:00Z", "2040-01-01T00:00:00Z")
        // When windows anywhere in its ten years are asked for
        for (from, to) in [("2030-02-10T00:00:00Z", "2030-02-24T00:00:00Z"), ("2034-06-01T00:00:00Z", "2035-01-01T00:00:00Z"),
                           ("2026-01-01T00:00:00Z", "2026-01-09T00:00:00Z"), ("2039-12-01T00:00:00Z", "2040-01-01T00:00:00Z")] {
            let window = utc(from)..<utc(to)
            // Then each shows exactly the whole expansion's occurrences in it
            #expect(meeting.occurrences(overlapping: window) == all.filter { $0 < window.upperBound && $0 + 3600 > window.lowerBound },
                    "\(rule) \(from)")
        }
        let count = try #require(try RecurrenceRule(parsing: rule).count)
        #expect(all.count == count, "\(rule)")
        #expect(meeting.seriesEnd() == all.last.map { $0 + 3600 })
    }

    // MARK: - UNTIL, in the series' zone

    /// A daily 09:00 meeting in Sydney; 5 April 2026 09:00 AEST is 4 April 23:00 UTC.
    @Test(arguments: [
        ("UNTIL=20260405", 5),  // a date: 5 April in Sydney, not in UTC
        ("UNTIL=20260405T090000", 5),  // floating: 09:00 Sydney time
        ("UNTIL=20260405T085959", 4),
        ("UNTIL=20260404T230000Z", 5),  // an instant
        ("UNTIL=20260404T225959Z", 4),
    ])
    func untilIsReadInTheSeriesZone(until: String, meetings: Int) throws {
        let daily = try Self.series("2026-03-31T22:00:00Z", in: "Australia/Sydney", "FREQ=DAILY;\(until)")
        #expect(Self.starts(daily, "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z").count == meetings)
    }
}
