import Foundation

/// The due dates a PM types: `fri`, `+2w`, `2026-12-03` and a few words, read against a given today.
///
/// Accepted, in any case, with surrounding spaces ignored:
///
/// | typed | date |
/// | --- | --- |
/// | `today`, `tomorrow`, `yesterday` | as said |
/// | `mon` … `sun`, `monday` … `sunday` | the next such day *strictly after* today |
/// | `+3d`, `-1d`, `+2w` | that many days or weeks from today |
/// | `+1m`, `-2m` | the same day that many months away, clamped to that month's last day |
/// | `eow` | the coming Sunday, or today if today is a Sunday |
/// | `eom` | the last day of this month |
/// | `2026-12-03` | that date; impossible dates such as `2026-02-30` are refused |
///
/// A weekday never means today: `fri` typed on a Friday is the Friday a week later, because a
/// PM who wanted today would type `today`, and a due date that is already here is no deferral.
/// Anything else is refused with a message that says what is accepted; nothing is guessed,
/// since a wrong guess becomes a wrong due date that nobody notices.
public enum DateExpression {
    public static func parse(_ text: String, today: LocalDate) throws(DateExpressionError) -> LocalDate {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { throw .empty }
        let word = typed.lowercased()
        switch word {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        case "eow": return today.adding(days: 7 - today.isoWeekday)
        case "eom":
            return LocalDate(year: today.year, month: today.month,
                             day: LocalDate.daysIn(month: today.month, year: today.year))
        default: break
        }
        if let weekday = weekday(named: word) {
            // 1…7 days ahead: the same weekday as today lands a full week later.
            return today.adding(days: (weekday - today.isoWeekday + 6) % 7 + 1)
        }
        if word.first == "+" || word.first == "-" {
            return try offset(typed, from: today)
        }
        if isISOShaped(word) {
            guard let date = LocalDate(iso: word) else { throw .notOnCalendar(typed) }
            return date
        }
        throw .notADate(typed)
    }

    /// Full English weekday names; the first three letters of each are accepted too.
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The ISO weekday (1 = Monday) of `fri` or `friday`; nil for anything else, `fr` and `thurs` included.
    static func weekday(named word: String) -> Int? {
        for (index, name) in weekdayNames.enumerated() where word == name || word == name.prefix(3) {
            return index + 1
        }
        return nil
    }

    /// Offsets stop at four digits so day arithmetic can never overflow, and at the years
    /// `YYYY-MM-DD` can write, so every date this returns prints and parses back.
    static let maxOffset = 9999
    static let years = 1...9999

    /// `+3d`, `-1d`, `+2w`, `+1m`: a sign, ASCII digits, one unit.
    private static func offset(_ typed: String, from today: LocalDate) throws(DateExpressionError) -> LocalDate {
        let sign = typed.first == "-" ? -1 : 1
        let body = typed.dropFirst().lowercased()
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        let unit = body.dropFirst(digits.count)
        guard !digits.isEmpty else { throw .notADate(typed) }
        guard unit.count == 1, let u = unit.first, "dwm".contains(u) else { throw .badOffsetUnit(typed) }
        guard digits.count <= 4, let count = Int(digits) else { throw .tooFar(typed) }
        let n = sign * count
        let date: LocalDate
        switch u {
        case "d": date = today.adding(days: n)
        case "w": date = today.adding(days: 7 * n)
        default:
            let months = today.year * 12 + (today.month - 1) + n
            // Floor division, so a result before year 0 is still a real (if refused) month.
            let year = months >= 0 ? months / 12 : (months - 11) / 12
            let month = months - year * 12 + 1
            guard years.contains(year) else { throw .tooFar(typed) }
            date = LocalDate(year: year, month: month, day: min(today.day, LocalDate.daysIn(month: month, year: year)))
        }
        guard years.contains(date.year) else { throw .tooFar(typed) }
        return date
    }

    /// Four, two and two ASCII digits joined by hyphens: meant as an ISO date, even if no such day exists.
    private static func isISOShaped(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

/// Why a typed date was refused; the description is the whole message a user sees.
public enum DateExpressionError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Nothing was typed.
    case empty
    /// Not one of the accepted forms, e.g. `fryday` or `3/12`.
    case notADate(String)
    /// A sign and a number without a known unit, e.g. `+3` or `+3x`.
    case badOffsetUnit(String)
    /// Shaped like `YYYY-MM-DD` but no such day, e.g. `2026-02-30`.
    case notOnCalendar(String)
    /// An offset beyond four digits or outside the years 1 to 9999.
    case tooFar(String)

    static let accepted = "use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"

    public var description: String {
        switch self {
        case .empty:
            return "no date given: \(Self.accepted)"
        case .notADate(let text):
            return "'\(text)' is not a date: \(Self.accepted)"
        case .badOffsetUnit(let text):
            return "'\(text)' is not a date: an offset needs a unit, d, w or m (+3d, +2w, +1m)"
        case .notOnCalendar(let text):
            return "'\(text)' is not on the calendar: \(Self.calendarReason(text))"
        case .tooFar(let text):
            return "'\(text)' is too far away: offsets go up to 9999 days, weeks or months, within the years 1 to 9999"
        }
    }

    public var errorDescription: String? { description }

    /// English, as the rest of the interface is; not the process locale's names.
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// Which part of a `YYYY-MM-DD` text is wrong, so the user can fix that part.
    private static func calendarReason(_ text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return "use YYYY-MM-DD" }
        let (year, month) = (parts[0], parts[1])
        guard (1...12).contains(month) else { return "months run from 01 to 12" }
        return "\(monthNames[month - 1]) \(year) has \(LocalDate.daysIn(month: month, year: year)) days"
    }
}
