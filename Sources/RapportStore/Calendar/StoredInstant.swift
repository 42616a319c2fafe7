import Foundation

/// Instants as SQLite's date functions hand them back.
enum StoredInstant {
    /// 1970-01-01T00:00Z as a Julian day, in milliseconds.
    static let epochJulianMilliseconds = 210_866_760_000_000.0

    /// The instant of a Julian day from SQLite's `julianday()`.
    ///
    /// SQLite keeps dates as whole milliseconds and divides to make the Julian day, so rounding
    /// back to milliseconds recovers the stored instant exactly, without parsing its text in Swift.
    static func date(julianDay: Double) -> Date {
        Date(timeIntervalSince1970: seconds(julianDay: julianDay))
    }

    static func seconds(julianDay: Double) -> Double {
        ((julianDay * 86_400_000).rounded() - epochJulianMilliseconds) / 1000
    }
}
