import Foundation
import Testing
@testable import RapportModel

@Suite struct LocalDateTests {
    // MARK: - Parsing

    @Test(arguments: [
        ("2026-03-08", date(2026, 3, 8)),
        ("2024-02-29", date(2024, 2, 29)),  // leap year
        ("2000-02-29", date(2000, 2, 29)),  // divisible by 400: leap
        ("1999-12-31", date(1999, 12, 31)),
        ("2026-01-01", date(2026, 1, 1)),
        ("0001-01-01", date(1, 1, 1)),
    ])
    func parsesValidISODates(text: String, expected: LocalDate) {
        // Given a due date typed or imported as YYYY-MM-DD
        // When it is parsed
        let parsed = LocalDate(iso: text)
        // Then it is that calendar day, and prints back as the same text
        #expect(parsed == expected)
        #expect(parsed?.iso == text)
    }

    @Test(arguments: [
        "2026-02-30", "2026-02-29",  // February of a common year
        "1900-02-29",  // divisible by 100 but not 400: not leap
        "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31",
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32",
    ])
    func refusesImpossibleDates(text: String) {
        // Given a date that does not exist on the calendar
        // When it is parsed
        // Then it is refused rather than rolled over into the next month
        #expect(LocalDate(iso: text) == nil)
    }

    @Test(arguments: [
        "", "2026", "2026-03", "2026-3-8", "26-03-08", "2026/03/08", "20260308",
        "2026-03-08T10:00", " 2026-03-08", "2026-03-08 ", "abcd-ef-gh", "2026--03-08",
        "2026-03-08-01", "fri", "2026-+3-08", "2026-03-+8", "+026-03-08", "２０２６-03-08",
    ])
    func refusesGarbage(text: String) {
        // Given text that is not exactly YYYY-MM-DD in ASCII digits
        // When it is parsed
        // Then it is refused, so a typo never becomes a due date
        #expect(LocalDate(iso: text) == nil)
    }

    // MARK: - Day numbers

    @Test(arguments: [
        (date(1970, 1, 1), 0),
        (date(1969, 12, 31), -1),
        (date(2000, 3, 1), 11_017),
        (date(2026, 3, 8), 20_520),
        (date(1900, 1, 1), -25_567),
        (date(2100, 2, 28), 47_540),
        (date(1, 1, 1), -719_162),
    ])
    func dayNumberCountsDaysSinceTheEpoch(date: LocalDate, expected: Int) {
        #expect(date.dayNumber == expected)
        #expect(LocalDate(dayNumber: expected) == date)
    }

    @Test func dayNumberRoundTripsEveryDayFrom1600To2400() {
        // Given every calendar day from 1600-01-01 to 2400-12-31, walked by hand one day at a time
        var expected = date(1600, 1, 1)
        var number = expected.dayNumber
        #expect(number == -135_140)
        var mismatches: [String] = []
        while expected.year <= 2400 {
            // When its day number is taken and turned back into a date
            let back = LocalDate(dayNumber: number)
            // Then the date comes back, and consecutive days have consecutive numbers
            if back != expected || expected.dayNumber != number {
                mismatches.append("\(expected.iso) ↔ \(number) gave \(back.iso) / \(expected.dayNumber)")
                if mismatches.count > 5 { break }
            }
            expected = Self.nextDay(after: expected)
            number += 1
        }
        #expect(mismatches.isEmpty)
        #expect(number - 1 == 157_419)  // 2400-12-31
    }

    @Test func dayNumberAgreesWithFoundationsCalendar() {
        // Given Foundation's Gregorian calendar in UTC as an independent reference
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // When sampling day numbers across four centuries (every 37th day)
        for number in stride(from: -135_000, through: 157_000, by: 37) {
            let instant = Date(timeIntervalSince1970: TimeInterval(number) * 86_400)
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: instant)
            let local = LocalDate(dayNumber: number)
            // Then both name the same calendar day and the same weekday
            #expect(local == date(c.year!, c.month!, c.day!), "day number \(number)")
            #expect(local.isoWeekday == (c.weekday! + 5) % 7 + 1, "weekday of \(local)")
        }
    }

    /// The next calendar day, by the rules of the Gregorian calendar written out independently.
    static func nextDay(after d: LocalDate) -> LocalDate {
        let leap = d.year % 4 == 0 && (d.year % 100 != 0 || d.year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if d.day < lengths[d.month - 1] { return date(d.year, d.month, d.day + 1) }
        if d.month < 12 { return date(d.year, d.month + 1, 1) }
        return date(d.year + 1, 1, 1)
    }

    // MARK: - Weekdays and arithmetic

    @Test(arguments: [
        (date(1970, 1, 1), 4),  // Thursday
        (date(1969, 12, 29), 1),  // Monday, before the epoch
        (date(1900, 1, 1), 1),
        (date(2000, 1, 1), 6),
        (date(2024, 2, 29), 4),
        (date(2026, 3, 8), 7),  // Sunday, the US DST change
        (date(2026, 3, 9), 1),
        (date(2026, 11, 1), 7),
    ])
    func isoWeekdayCountsFromMonday(date: LocalDate, expected: Int) {
        #expect(date.isoWeekday == expected)
    }

    @Test(arguments: [
        (date(2026, 1, 31), 1, date(2026, 2, 1)),
        (date(2026, 2, 28), 1, date(2026, 3, 1)),  // common year
        (date(2024, 2, 28), 1, date(2024, 2, 29)),  // leap year
        (date(2024, 2, 29), 1, date(2024, 3, 1)),
        (date(2100, 2, 28), 1, date(2100, 3, 1)),  // century, not leap
        (date(2000, 2, 28), 1, date(2000, 2, 29)),  // 400th year, leap
        (date(2026, 12, 31), 1, date(2027, 1, 1)),
        (date(2027, 1, 1), -1, date(2026, 12, 31)),
        (date(2024, 3, 1), -1, date(2024, 2, 29)),
        (date(2026, 3, 8), 365, date(2027, 3, 8)),
        (date(2024, 1, 1), 366, date(2025, 1, 1)),
        (date(2026, 3, 8), -20_520, date(1970, 1, 1)),
        (date(2026, 3, 8), 0, date(2026, 3, 8)),
    ])
    func addingDaysCrossesMonthYearAndLeapBoundaries(start: LocalDate, days: Int, expected: LocalDate) {
        // Given a due date, when it is pushed by some days
        let moved = start.adding(days: days)
        // Then it lands on the expected calendar day, and the distance back is the same
        #expect(moved == expected)
        #expect(start.days(until: moved) == days)
    }

    @Test func ordersByCalendarDay() {
        #expect(date(2025, 12, 31) < date(2026, 1, 1))
        #expect(date(2026, 2, 28) < date(2026, 3, 1))
        #expect(date(2026, 3, 9) > date(2026, 3, 8))
        #expect([date(2026, 3, 1), date(2025, 12, 31), date(2026, 2, 28)].sorted()
            == [date(2025, 12, 31), date(2026, 2, 28), date(2026, 3, 1)])
    }

    @Test(arguments: [
        ("America/New_York", date(2026, 3, 7)),  // 22:00 the evening before
        ("UTC", date(2026, 3, 8)),
        ("Asia/Tokyo", date(2026, 3, 8)),
        ("Pacific/Kiritimati", date(2026, 3, 8)),
    ])
    func anInstantFallsOnTheDayOfItsZone(identifier: String, expected: LocalDate) {
        // Given 03:00 UTC on 2026-03-08
        let instant = utc("2026-03-08T03:00:00Z")
        // When it is read as a calendar date in each zone
        // Then each zone names its own local day
        #expect(LocalDate(instant, in: zone(identifier)) == expected)
    }

    @Test func startOfDayIsLocalMidnight() {
        #expect(date(2026, 3, 8).startOfDay(in: zone("America/New_York")) == utc("2026-03-08T05:00:00Z"))
        #expect(date(2026, 3, 9).startOfDay(in: zone("America/New_York")) == utc("2026-03-09T04:00:00Z"))
        #expect(date(2026, 3, 8).startOfDay(in: zone("Asia/Tokyo")) == utc("2026-03-07T15:00:00Z"))
    }

    // MARK: - Codable

    struct Holder: Codable, Equatable {
        var due: LocalDate
    }

    @Test func encodesAsPlainISOText() throws {
        // Given a value holding a due date, early years included
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // When it is encoded
        let json = String(decoding: try encoder.encode([Holder(due: date(2026, 3, 8)), Holder(due: date(987, 1, 5))]),
                          as: UTF8.self)
        // Then each date is its YYYY-MM-DD text, zero padded, so it sorts as text in SQL
        #expect(json == #"[{"due":"2026-03-08"},{"due":"0987-01-05"}]"#)
    }

    @Test func decodesISOTextBack() throws {
        let decoded = try JSONDecoder().decode(Holder.self, from: Data(#"{"due":"2024-02-29"}"#.utf8))
        #expect(decoded == Holder(due: date(2024, 2, 29)))
    }

    @Test(arguments: [#"{"due":"2026-02-30"}"#, #"{"due":"08/03/2026"}"#, #"{"due":20520}"#, #"{"due":null}"#])
    func refusesToDecodeAnythingElse(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Holder.self, from: Data(json.utf8))
        }
    }
}
