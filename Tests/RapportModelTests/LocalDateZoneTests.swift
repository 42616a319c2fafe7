import Foundation
import Testing
@testable import RapportModel

/// `LocalDate(_:in:)` computes from the zone's offset, without a `Calendar`: it must name the
/// same day as Foundation's calendar everywhere, DST changes and odd offsets included.
@Suite struct LocalDateZoneTests {
    static let zones = [
        "UTC", "America/New_York", "America/Los_Angeles", "America/St_Johns", "Europe/London", "Europe/Berlin",
        "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati",
        "Pacific/Apia", "America/Sao_Paulo",
    ]

    @Test(arguments: zones)
    func agreesWithFoundationsCalendarEveryFewHours(identifier: String) throws {
        // Given Foundation's Gregorian calendar in the same zone as an independent reference
        let timeZone = try #require(TimeZone(identifier: identifier))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var mismatches: [String] = []
        // When instants about every 11 h (drifting through the hours of the day) from 1965 to 2035 are read as local dates
        for t in stride(from: -157_766_400.0, to: 2_082_758_400.0, by: 39_917) {
            let instant = Date(timeIntervalSince1970: t)
            let c = calendar.dateComponents([.year, .month, .day], from: instant)
            let local = LocalDate(instant, in: timeZone)
            // Then both name the same calendar day
            if local != LocalDate(year: c.year!, month: c.month!, day: c.day!) {
                mismatches.append("\(instant): \(local) vs \(c.year!)-\(c.month!)-\(c.day!)")
                if mismatches.count > 5 { break }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func theSecondsAroundMidnightAndADSTChangeFallOnTheirOwnDays() {
        let newYork = TimeZone(identifier: "America/New_York")!
        // 23:59:59 and 00:00:00 local on the night before the spring change (EST, UTC−5)
        #expect(LocalDate(Date(timeIntervalSince1970: 1_772_945_999), in: newYork) == LocalDate(year: 2026, month: 3, day: 7))
        #expect(LocalDate(Date(timeIntervalSince1970: 1_772_946_000), in: newYork) == LocalDate(year: 2026, month: 3, day: 8))
        // 23:59:59 and 00:00:00 local at the end of the change day (EDT, UTC−4)
        #expect(LocalDate(Date(timeIntervalSince1970: 1_773_028_799), in: newYork) == LocalDate(year: 2026, month: 3, day: 8))
        #expect(LocalDate(Date(timeIntervalSince1970: 1_773_028_800), in: newYork) == LocalDate(year: 2026, month: 3, day: 9))
        // Before 1970 the division rounds down, not toward zero
        #expect(LocalDate(Date(timeIntervalSince1970: -1), in: TimeZone(identifier: "UTC")!)
                == LocalDate(year: 1969, month: 12, day: 31))
    }
}
