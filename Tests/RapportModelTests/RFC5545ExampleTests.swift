import Foundation
import Testing
@testable import RapportModel

/// Every example of RFC 5545 §3.8.5.3, in the RFC's zone (America/New_York), each with the
/// dates the RFC lists. Local times are read and written by Foundation's formatter, not by the
/// code under test; "forever" rules are cut where the RFC's list ends.
@Suite struct RFC5545ExampleTests {
    static let newYork = zone("America/New_York")

    static let formatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = newYork
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f
    }()

    /// The local starts (New York) of a series from `dtstart` ("1997-09-02 09:00"), up to the
    /// end of the day `through`.
    static func expand(_ dtstart: String, _ rule: String, through: String, exdates: [String] = []) throws -> [String] {
        let start = try #require(formatter.date(from: dtstart))
        let end = try #require(formatter.date(from: through + " 00:00")) + 86_400
        let series = Recurrence(start: start, duration: 3600, timeZone: newYork, rule: try RecurrenceRule(parsing: rule),
                                exdates: Set(try exdates.map { try #require(formatter.date(from: $0)) }))
        return series.occurrences(overlapping: start..<end).map(formatter.string(from:))
    }

    /// `year-month-day 09:00` for each day, as the RFC lists them ("September 2,9,16").
    static func at9(_ year: Int, _ month: Int, _ days: [Int]) -> [String] {
        days.map { String(format: "%04d-%02d-%02d 09:00", year, month, $0) }
    }

    // MARK: - DAILY

    @Test func dailyFor10Occurrences() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=DAILY;COUNT=10", through: "1998-12-31")
            == Self.at9(1997, 9, Array(2...11)))
    }

    @Test func dailyUntilDecember24() throws {
        let expected = Self.at9(1997, 9, Array(2...30)) + Self.at9(1997, 10, Array(1...31))
            + Self.at9(1997, 11, Array(1...30)) + Self.at9(1997, 12, Array(1...23))
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=DAILY;UNTIL=19971224T000000Z", through: "1998-12-31") == expected)
    }

    @Test func everyOtherDayForever() throws {
        let expected = Self.at9(1997, 9, Array(stride(from: 2, through: 30, by: 2)))
            + Self.at9(1997, 10, Array(stride(from: 2, through: 30, by: 2)))
            + Self.at9(1997, 11, Array(stride(from: 1, through: 29, by: 2))) + Self.at9(1997, 12, [1, 3])
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=DAILY;INTERVAL=2", through: "1997-12-04") == expected)
    }

    @Test func every10Days5Occurrences() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=DAILY;INTERVAL=10;COUNT=5", through: "1998-12-31")
            == Self.at9(1997, 9, [2, 12, 22]) + Self.at9(1997, 10, [2, 12]))
    }

    @Test(arguments: ["FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
                      "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1"])
    func everyDayInJanuaryFor3Years(rule: String) throws {
        let expected = Self.at9(1998, 1, Array(1...31)) + Self.at9(1999, 1, Array(1...31)) + Self.at9(2000, 1, Array(1...31))
        #expect(try Self.expand("1998-01-01 09:00", rule, through: "2002-12-31") == expected)
    }

    // MARK: - WEEKLY

    @Test func weeklyFor10Occurrences() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=WEEKLY;COUNT=10", through: "1998-12-31")
            == Self.at9(1997, 9, [2, 9, 16, 23, 30]) + Self.at9(1997, 10, [7, 14, 21, 28]) + Self.at9(1997, 11, [4]))
    }

    @Test func weeklyUntilDecember24() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=WEEKLY;UNTIL=19971224T000000Z", through: "1998-12-31")
            == Self.at9(1997, 9, [2, 9, 16, 23, 30]) + Self.at9(1997, 10, [7, 14, 21, 28])
            + Self.at9(1997, 11, [4, 11, 18, 25]) + Self.at9(1997, 12, [2, 9, 16, 23]))
    }

    @Test func everyOtherWeekForever() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", through: "1998-02-17")
            == Self.at9(1997, 9, [2, 16, 30]) + Self.at9(1997, 10, [14, 28]) + Self.at9(1997, 11, [11, 25])
            + Self.at9(1997, 12, [9, 23]) + Self.at9(1998, 1, [6, 20]) + Self.at9(1998, 2, [3, 17]))
    }

    @Test(arguments: ["FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH"])
    func weeklyOnTuesdayAndThursdayForFiveWeeks(rule: String) throws {
        #expect(try Self.expand("1997-09-02 09:00", rule, through: "1998-12-31")
            == Self.at9(1997, 9, [2, 4, 9, 11, 16, 18, 23, 25, 30]) + Self.at9(1997, 10, [2]))
    }

    @Test func everyOtherWeekOnMondayWednesdayFridayUntilDecember24() throws {
        #expect(try Self.expand("1997-09-01 09:00", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
                                through: "1998-12-31")
            == Self.at9(1997, 9, [1, 3, 5, 15, 17, 19, 29]) + Self.at9(1997, 10, [1, 3, 13, 15, 17, 27, 29, 31])
            + Self.at9(1997, 11, [10, 12, 14, 24, 26, 28]) + Self.at9(1997, 12, [8, 10, 12, 22]))
    }

    @Test func everyOtherWeekOnTuesdayAndThursdayFor8Occurrences() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", through: "1998-12-31")
            == Self.at9(1997, 9, [2, 4, 16, 18, 30]) + Self.at9(1997, 10, [2, 14, 16]))
    }

    /// The RFC's pair of rules that differ only in WKST.
    @Test(arguments: [("MO", [5, 10, 19, 24]), ("SU", [5, 17, 19, 31])])
    func weekStartChangesWhichDaysEveryOtherWeekPicks(weekStart: String, days: [Int]) throws {
        #expect(try Self.expand("1997-08-05 09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=\(weekStart)",
                                through: "1998-12-31") == Self.at9(1997, 8, days))
    }

    // MARK: - MONTHLY

    @Test func monthlyOnTheFirstFridayFor10Occurrences() throws {
        #expect(try Self.expand("1997-09-05 09:00", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", through: "1999-12-31")
            == Self.at9(1997, 9, [5]) + Self.at9(1997, 10, [3]) + Self.at9(1997, 11, [7]) + Self.at9(1997, 12, [5])
            + Self.at9(1998, 1, [2]) + Self.at9(1998, 2, [6]) + Self.at9(1998, 3, [6]) + Self.at9(1998, 4, [3])
            + Self.at9(1998, 5, [1]) + Self.at9(1998, 6, [5]))
    }

    @Test func monthlyOnTheFirstFridayUntilDecember24() throws {
        #expect(try Self.expand("1997-09-05 09:00", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", through: "1999-12-31")
            == Self.at9(1997, 9, [5]) + Self.at9(1997, 10, [3]) + Self.at9(1997, 11, [7]) + Self.at9(1997, 12, [5]))
    }

    @Test func everyOtherMonthOnTheFirstAndLastSunday() throws {
        #expect(try Self.expand("1997-09-07 09:00", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", through: "1999-12-31")
            == Self.at9(1997, 9, [7, 28]) + Self.at9(1997, 11, [2, 30]) + Self.at9(1998, 1, [4, 25])
            + Self.at9(1998, 3, [1, 29]) + Self.at9(1998, 5, [3, 31]))
    }

    @Test func monthlyOnTheSecondToLastMonday() throws {
        #expect(try Self.expand("1997-09-22 09:00", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", through: "1999-12-31")
            == Self.at9(1997, 9, [22]) + Self.at9(1997, 10, [20]) + Self.at9(1997, 11, [17]) + Self.at9(1997, 12, [22])
            + Self.at9(1998, 1, [19]) + Self.at9(1998, 2, [16]))
    }

    @Test func monthlyOnTheThirdToLastDay() throws {
        #expect(try Self.expand("1997-09-28 09:00", "FREQ=MONTHLY;BYMONTHDAY=-3", through: "1998-02-26")
            == Self.at9(1997, 9, [28]) + Self.at9(1997, 10, [29]) + Self.at9(1997, 11, [28]) + Self.at9(1997, 12, [29])
            + Self.at9(1998, 1, [29]) + Self.at9(1998, 2, [26]))
    }

    @Test func monthlyOnThe2ndAnd15th() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", through: "1999-12-31")
            == [9, 10, 11, 12].flatMap { Self.at9(1997, $0, [2, 15]) } + Self.at9(1998, 1, [2, 15]))
    }

    @Test func monthlyOnTheFirstAndLastDay() throws {
        #expect(try Self.expand("1997-09-30 09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", through: "1999-12-31")
            == Self.at9(1997, 9, [30]) + Self.at9(1997, 10, [1, 31]) + Self.at9(1997, 11, [1, 30])
            + Self.at9(1997, 12, [1, 31]) + Self.at9(1998, 1, [1, 31]) + Self.at9(1998, 2, [1]))
    }

    @Test func every18MonthsOnThe10thThrough15th() throws {
        #expect(try Self.expand("1997-09-10 09:00", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
                                through: "2003-12-31")
            == Self.at9(1997, 9, Array(10...15)) + Self.at9(1999, 3, Array(10...13)))
    }

    @Test func everyTuesdayEveryOtherMonth() throws {
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", through: "1998-04-30")
            == Self.at9(1997, 9, [2, 9, 16, 23, 30]) + Self.at9(1997, 11, [4, 11, 18, 25])
            + Self.at9(1998, 1, [6, 13, 20, 27]) + Self.at9(1998, 3, [3, 10, 17, 24, 31]))
    }

    @Test func everyFridayThe13th() throws {
        // DTSTART is always an occurrence, so the RFC cancels it with an EXDATE.
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", through: "2000-12-31",
                                exdates: ["1997-09-02 09:00"])
            == Self.at9(1998, 2, [13]) + Self.at9(1998, 3, [13]) + Self.at9(1998, 11, [13]) + Self.at9(1999, 8, [13])
            + Self.at9(2000, 10, [13]))
    }

    @Test func theFirstSaturdayAfterTheFirstSunday() throws {
        #expect(try Self.expand("1997-09-13 09:00", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", through: "1998-06-30")
            == Self.at9(1997, 9, [13]) + Self.at9(1997, 10, [11]) + Self.at9(1997, 11, [8]) + Self.at9(1997, 12, [13])
            + Self.at9(1998, 1, [10]) + Self.at9(1998, 2, [7]) + Self.at9(1998, 3, [7]) + Self.at9(1998, 4, [11])
            + Self.at9(1998, 5, [9]) + Self.at9(1998, 6, [13]))
    }

    @Test func theThirdTuesdayWednesdayOrThursdayFor3Months() throws {
        #expect(try Self.expand("1997-09-04 09:00", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", through: "1999-12-31")
            == Self.at9(1997, 9, [4]) + Self.at9(1997, 10, [7]) + Self.at9(1997, 11, [6]))
    }

    @Test func theSecondToLastWeekday() throws {
        #expect(try Self.expand("1997-09-29 09:00", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", through: "1998-03-31")
            == Self.at9(1997, 9, [29]) + Self.at9(1997, 10, [30]) + Self.at9(1997, 11, [27]) + Self.at9(1997, 12, [30])
            + Self.at9(1998, 1, [29]) + Self.at9(1998, 2, [26]) + Self.at9(1998, 3, [30]))
    }

    @Test func anInvalidDateIsIgnored() throws {
        // 30 February does not exist: it is skipped, not moved, and not counted.
        #expect(try Self.expand("2007-01-15 09:00", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", through: "2008-12-31")
            == Self.at9(2007, 1, [15, 30]) + Self.at9(2007, 2, [15]) + Self.at9(2007, 3, [15, 30]))
    }

    // MARK: - YEARLY

    @Test func yearlyInJuneAndJuly() throws {
        #expect(try Self.expand("1997-06-10 09:00", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", through: "2005-12-31")
            == (1997...2001).flatMap { Self.at9($0, 6, [10]) + Self.at9($0, 7, [10]) })
    }

    @Test func everyOtherYearInJanuaryFebruaryAndMarch() throws {
        #expect(try Self.expand("1997-03-10 09:00", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", through: "2009-12-31")
            == Self.at9(1997, 3, [10]) + [1999, 2001, 2003].flatMap { y in [1, 2, 3].flatMap { Self.at9(y, $0, [10]) } })
    }

    @Test func everyThirdYearOnThe1st100thAnd200thDay() throws {
        #expect(try Self.expand("1997-01-01 09:00", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", through: "2012-12-31")
            == Self.at9(1997, 1, [1]) + Self.at9(1997, 4, [10]) + Self.at9(1997, 7, [19])
            + Self.at9(2000, 1, [1]) + Self.at9(2000, 4, [9]) + Self.at9(2000, 7, [18])
            + Self.at9(2003, 1, [1]) + Self.at9(2003, 4, [10]) + Self.at9(2003, 7, [19]) + Self.at9(2006, 1, [1]))
    }

    @Test func every20thMondayOfTheYear() throws {
        #expect(try Self.expand("1997-05-19 09:00", "FREQ=YEARLY;BYDAY=20MO", through: "1999-12-31")
            == Self.at9(1997, 5, [19]) + Self.at9(1998, 5, [18]) + Self.at9(1999, 5, [17]))
    }

    @Test func mondayOfWeek20() throws {
        #expect(try Self.expand("1997-05-12 09:00", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", through: "1999-12-31")
            == Self.at9(1997, 5, [12]) + Self.at9(1998, 5, [11]) + Self.at9(1999, 5, [17]))
    }

    @Test func everyThursdayInMarch() throws {
        #expect(try Self.expand("1997-03-13 09:00", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", through: "1999-12-31")
            == Self.at9(1997, 3, [13, 20, 27]) + Self.at9(1998, 3, [5, 12, 19, 26]) + Self.at9(1999, 3, [4, 11, 18, 25]))
    }

    @Test func everyThursdayInJuneJulyAndAugust() throws {
        #expect(try Self.expand("1997-06-05 09:00", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", through: "1999-12-31")
            == Self.at9(1997, 6, [5, 12, 19, 26]) + Self.at9(1997, 7, [3, 10, 17, 24, 31]) + Self.at9(1997, 8, [7, 14, 21, 28])
            + Self.at9(1998, 6, [4, 11, 18, 25]) + Self.at9(1998, 7, [2, 9, 16, 23, 30]) + Self.at9(1998, 8, [6, 13, 20, 27])
            + Self.at9(1999, 6, [3, 10, 17, 24]) + Self.at9(1999, 7, [1, 8, 15, 22, 29]) + Self.at9(1999, 8, [5, 12, 19, 26]))
    }

    @Test func presidentialElectionDay() throws {
        #expect(try Self.expand("1996-11-05 09:00", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
                                through: "2004-12-31")
            == Self.at9(1996, 11, [5]) + Self.at9(2000, 11, [7]) + Self.at9(2004, 11, [2]))
    }

    // MARK: - Times of day

    @Test func every20MinutesFrom9To1640() throws {
        let day = (9...16).flatMap { h in [0, 20, 40].map { String(format: "%02d:%02d", h, $0) } }
        #expect(try Self.expand("1997-09-02 09:00", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40",
                                through: "1997-09-03")
            == day.map { "1997-09-02 " + $0 } + day.map { "1997-09-03 " + $0 })
    }

    /// The examples finer than a day are refused by name, never expanded as something else.
    @Test(arguments: [
        ("FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", "FREQ=HOURLY"),
        ("FREQ=MINUTELY;INTERVAL=15;COUNT=6", "FREQ=MINUTELY"),
        ("FREQ=MINUTELY;INTERVAL=90;COUNT=4", "FREQ=MINUTELY"),
        ("FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", "FREQ=MINUTELY"),
    ])
    func frequenciesFinerThanADayAreRefused(rule: String, part: String) {
        #expect(throws: RecurrenceError.unsupported(part)) { try RecurrenceRule(parsing: rule) }
    }

    // MARK: - The zone

    @Test func theRFCsEDTAndESTAreBothNineInTheMorning() throws {
        // The weekly example crosses the 26 October 1997 change: 13:00 UTC before, 14:00 after.
        let start = utc("1997-10-21T13:00:00Z")
        let series = Recurrence(start: start, duration: 3600, timeZone: Self.newYork,
                                rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;COUNT=2"))
        #expect(series.occurrences(overlapping: start..<utc("1998-01-01T00:00:00Z"))
            == [utc("1997-10-21T13:00:00Z"), utc("1997-10-28T14:00:00Z")])
    }
}
