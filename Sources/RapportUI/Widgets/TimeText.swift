import Foundation
import RapportModel

/// Dates and times as the panes write them, in the user's zone.
enum TimeText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// Minutes from the start of `day` to `date`, in wall-clock time of `zone` (so a meeting at
    /// 09:00 is at 540 on a day daylight saving begins or ends too); may fall outside 0…1440.
    static func minutes(of date: Date, from day: LocalDate, _ zone: TimeZone) -> Int {
        let local = Int(date.timeIntervalSince1970) + zone.secondsFromGMT(for: date)
        return (local - day.dayNumber * 86_400).floorDiv(60)
    }

    /// `09:30`
    static func hourMinute(_ date: Date, _ zone: TimeZone) -> String {
        let local = Int(date.timeIntervalSince1970) + zone.secondsFromGMT(for: date)
        let seconds = ((local % 86_400) + 86_400) % 86_400
        return (seconds / 3600).zeroPadded(2) + ":" + (seconds / 60 % 60).zeroPadded(2)
    }

    /// `Fri 27`
    static func weekdayDay(_ day: LocalDate) -> String {
        "\(LocalDate.weekdayShortNames[day.isoWeekday - 1]) \(day.day.zeroPadded(2))"
    }

    /// `Dec 03`
    static func monthDay(_ day: LocalDate) -> String {
        "\(LocalDate.monthShortNames[day.month - 1]) \(day.day.zeroPadded(2))"
    }

    /// `Fri 27 Nov 2026 09:00`
    static func full(_ date: Date, _ zone: TimeZone) -> String {
        let day = LocalDate(date, in: zone)
        return "\(weekdayDay(day)) \(LocalDate.monthShortNames[day.month - 1]) \(day.year) \(hourMinute(date, zone))"
    }
}

extension Int {
    /// Division rounding toward minus infinity, for times before 1970 and before midnight.
    func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
