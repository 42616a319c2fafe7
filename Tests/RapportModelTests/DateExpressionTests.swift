import Testing
@testable import RapportModel

@Suite struct DateExpressionTests {
    /// A Friday, so weekday names on either side of it and "the same weekday" are all exercised.
    static let friday = date(2026, 11, 27)

    // MARK: - Accepted

    @Test(arguments: [
        ("today", date(2026, 11, 27)),
        ("TODAY", date(2026, 11, 27)),
        ("tomorrow", date(2026, 11, 28)),
        (" tomorrow ", date(2026, 11, 28)),
        ("yesterday", date(2026, 11, 26)),
        ("eow", date(2026, 11, 29)),  // the coming Sunday
        ("EOM", date(2026, 11, 30)),
        ("2026-12-03", date(2026, 12, 3)),
        ("2024-02-29", date(2024, 2, 29)),  // leap day
        ("2020-01-15", date(2020, 1, 15)),  // the past is a date too (back-filling an import)
    ])
    func wordsAndISODates(text: String, expected: LocalDate) throws {
        // Given today is Friday 2026-11-27
        // When a due date is typed
        let parsed = try DateExpression.parse(text, today: Self.friday)
        // Then it names the expected calendar day
        #expect(parsed == expected)
    }

    @Test(arguments: [
        ("sat", date(2026, 11, 28)),
        ("saturday", date(2026, 11, 28)),
        ("sun", date(2026, 11, 29)),
        ("Sunday", date(2026, 11, 29)),
        ("mon", date(2026, 11, 30)),
        ("tue", date(2026, 12, 1)),
        ("wednesday", date(2026, 12, 2)),
        ("thu", date(2026, 12, 3)),
        ("THURSDAY", date(2026, 12, 3)),
        ("fri", date(2026, 12, 4)),  // today is Friday: a week later, never today
        ("friday", date(2026, 12, 4)),
    ])
    func weekdaysAreTheNextSuchDayAfterToday(text: String, expected: LocalDate) throws {
        // Given today is Friday 2026-11-27
        // When a weekday is typed
        // Then it is the next such day strictly after today, across the month's end
        #expect(try DateExpression.parse(text, today: Self.friday) == expected)
    }

    @Test(arguments: 0..<7)
    func everyWeekdayFromEveryTodayIsOneToSevenDaysAhead(offset: Int) throws {
        // Given each day of one week as today
        let today = date(2026, 11, 30).adding(days: offset)  // Monday + offset
        for (index, name) in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].enumerated() {
            // When each weekday is typed
            let parsed = try DateExpression.parse(name, today: today)
            // Then it falls on that weekday, within the next seven days, never today
            #expect(parsed.isoWeekday == index + 1, "\(name) from \(today)")
            #expect((1...7).contains(today.days(until: parsed)), "\(name) from \(today) gave \(parsed)")
        }
    }

    @Test(arguments: [
        ("+3d", date(2026, 11, 30)),
        ("+0d", date(2026, 11, 27)),
        ("-1d", date(2026, 11, 26)),
        ("+10d", date(2026, 12, 7)),
        ("+40D", date(2027, 1, 6)),  // across the year's end
        ("+2w", date(2026, 12, 11)),
        ("-2w", date(2026, 11, 13)),
        ("+1m", date(2026, 12, 27)),
        ("+2m", date(2027, 1, 27)),
        ("-11m", date(2025, 12, 27)),
        ("+12m", date(2027, 11, 27)),
        ("-24m", date(2024, 11, 27)),
    ])
    func offsetsFromToday(text: String, expected: LocalDate) throws {
        // Given today is Friday 2026-11-27
        // When an offset in days, weeks or months is typed
        // Then it lands that far from today
        #expect(try DateExpression.parse(text, today: Self.friday) == expected)
    }

    @Test(arguments: [
        (date(2026, 1, 31), "+1m", date(2026, 2, 28)),
        (date(2024, 1, 31), "+1m", date(2024, 2, 29)),  // leap year
        (date(2026, 3, 31), "-1m", date(2026, 2, 28)),
        (date(2026, 5, 31), "+1m", date(2026, 6, 30)),
        (date(2026, 12, 31), "+2m", date(2027, 2, 28)),
        (date(2026, 1, 30), "-1m", date(2025, 12, 30)),
        (date(2026, 2, 28), "+1m", date(2026, 3, 28)),  // not pushed to March's end
    ])
    func monthsKeepTheDayClampedToTheMonthsEnd(today: LocalDate, text: String, expected: LocalDate) throws {
        // Given a today late in its month
        // When a month offset is typed
        // Then the day of month is kept, or is the last day of a shorter month, never spilling over
        #expect(try DateExpression.parse(text, today: today) == expected)
    }

    @Test(arguments: [
        (date(2026, 11, 29), "eow", date(2026, 11, 29)),  // a Sunday: today
        (date(2026, 11, 30), "eow", date(2026, 12, 6)),  // a Monday: six days on
        (date(2026, 12, 31), "eow", date(2027, 1, 3)),
        (date(2024, 2, 10), "eom", date(2024, 2, 29)),
        (date(2026, 2, 10), "eom", date(2026, 2, 28)),
        (date(2026, 4, 30), "eom", date(2026, 4, 30)),  // the last day is its own month's end
        (date(2026, 12, 31), "fri", date(2027, 1, 1)),  // a Thursday, weekday across the year
    ])
    func endOfWeekAndMonth(today: LocalDate, text: String, expected: LocalDate) throws {
        #expect(try DateExpression.parse(text, today: today) == expected)
    }

    // MARK: - Refused

    @Test(arguments: [
        ("fryday", "'fryday' is not a date: use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"),
        ("", "no date given: use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"),
        ("   ", "no date given: use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"),
        ("2026-02-30", "'2026-02-30' is not on the calendar: February 2026 has 28 days"),
        ("2025-02-29", "'2025-02-29' is not on the calendar: February 2025 has 28 days"),
        ("2026-04-31", "'2026-04-31' is not on the calendar: April 2026 has 30 days"),
        ("2026-13-01", "'2026-13-01' is not on the calendar: months run from 01 to 12"),
        ("2026-00-10", "'2026-00-10' is not on the calendar: months run from 01 to 12"),
        ("2026-12-00", "'2026-12-00' is not on the calendar: December 2026 has 31 days"),
        ("+3", "'+3' is not a date: an offset needs a unit, d, w or m (+3d, +2w, +1m)"),
        ("+3x", "'+3x' is not a date: an offset needs a unit, d, w or m (+3d, +2w, +1m)"),
        ("+3dw", "'+3dw' is not a date: an offset needs a unit, d, w or m (+3d, +2w, +1m)"),
        ("+99999d", "'+99999d' is too far away: offsets go up to 9999 days, weeks or months, within the years 1 to 9999"),
    ])
    func refusalsSayWhatWasWrongAndWhatIsAccepted(text: String, message: String) {
        // Given something that is not an accepted date
        // When it is parsed
        // Then it is refused with a message naming the text and what would have worked
        do {
            let parsed = try DateExpression.parse(text, today: Self.friday)
            Issue.record("'\(text)' was read as \(parsed)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test(arguments: [
        "fr", "thurs", "next fri", "3d", "d", "+d", "+", "-", "+fri", "+-3d", "+3 d", "+３d",
        "2026/12/03", "12/03", "2026-12-3", "26-12-03", "2026-12-03T10:00", "20261203", "now", "tmrw",
        "today!", "eod",
    ])
    func anythingElseIsNotGuessed(text: String) {
        // Given a near miss that a lenient parser might guess at
        // When it is parsed
        // Then it is refused, so no item quietly gets a due date nobody meant
        #expect(throws: DateExpressionError.self) { try DateExpression.parse(text, today: Self.friday) }
    }

    @Test(arguments: [
        (date(1, 1, 1), "-1d"),
        (date(1, 1, 15), "-1m"),
        (date(9999, 12, 31), "+1d"),
        (date(9999, 12, 1), "+1m"),
    ])
    func offsetsStayWithinWritableYears(today: LocalDate, text: String) {
        // Given a today at the edge of four-digit years
        // When an offset would leave them
        let result = Result { () throws(DateExpressionError) in try DateExpression.parse(text, today: today) }
        // Then it is refused rather than producing a date YYYY-MM-DD cannot write
        #expect(result == .failure(.tooFar(text)))
    }

    @Test func theLargestOffsetsStillWork() throws {
        // Given four-digit offsets, the most accepted
        // When they are typed
        // Then they are plain arithmetic, 191 years back or 833 years on
        #expect(try DateExpression.parse("-9999w", today: Self.friday) == date(1835, 4, 10))
        #expect(try DateExpression.parse("+9999m", today: Self.friday) == date(2860, 2, 27))
    }
}
