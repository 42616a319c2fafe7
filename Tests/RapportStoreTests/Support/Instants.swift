import Foundation

/// An instant written out by hand in UTC, e.g. `utc("2026-03-10T14:00:00Z")`.
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
