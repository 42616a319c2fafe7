import Foundation
@testable import RapportModel

/// An instant written out by hand in UTC, e.g. `utc("2026-03-08T13:00:00Z")`.
///
/// Expected instants are spelled as UTC text rather than computed, so a wrong offset in the
/// code under test cannot cancel out the same wrong offset in the test.
func utc(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else {
        fatalError("test data: not an ISO 8601 UTC instant: \(text)")
    }
    return date
}

/// A time zone the tests rely on; a missing zone database is a broken machine, not a failure.
func zone(_ identifier: String) -> TimeZone {
    guard let zone = TimeZone(identifier: identifier) else { fatalError("test data: no time zone \(identifier)") }
    return zone
}

/// A calendar date built field by field, so expectations do not go through the parser under test.
func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    LocalDate(year: year, month: month, day: day)
}
