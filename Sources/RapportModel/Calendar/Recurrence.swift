import Foundation

/// Expands a meeting series into the occurrences that fall in a window.
///
/// Occurrences keep the series' wall-clock time in its own zone, so a 09:00 weekly meeting
/// stays at 09:00 across a daylight-saving change, as calendar programs do.
public struct Recurrence: Sendable {
    public var start: Date
    public var duration: TimeInterval
    public var timeZone: TimeZone
    public var rule: RecurrenceRule?
    public var exdates: Set<Date>

    public init(start: Date, duration: TimeInterval, timeZone: TimeZone, rule: RecurrenceRule?, exdates: Set<Date> = []) {
        self.start = start
        self.duration = duration
        self.timeZone = timeZone
        self.rule = rule
        self.exdates = exdates
    }

    /// Starts of the occurrences that overlap `window`, in order.
    public func occurrences(overlapping window: Range<Date>) -> [Date] {
        guard let rule else {
            return start < window.upperBound && start + duration > window.lowerBound ? [start] : []
        }
        let first = LocalDate(start, in: timeZone)
        let timeOfDay = Int(start.timeIntervalSince1970) + timeZone.secondsFromGMT(for: start) - first.dayNumber * 86_400
        // Local days that can hold an overlapping occurrence; one day of slack each side for zones.
        let spanDays = Int(duration / 86_400) + 1
        let lo = max(first, LocalDate(window.lowerBound, in: timeZone).adding(days: -spanDays))
        let hi = LocalDate(window.upperBound, in: timeZone).adding(days: 1)
        guard lo <= hi else { return [] }

        var result: [Date] = []
        func consider(_ day: LocalDate, index: Int) -> Bool {
            if let count = rule.count, index >= count { return false }
            let instant = Self.instant(day: day, secondsIntoDay: timeOfDay, in: timeZone)
            if let until = rule.until, instant > until { return false }
            if instant < window.upperBound, instant + duration > window.lowerBound, !exdates.contains(instant) {
                result.append(instant)
            }
            return true
        }

        switch rule.frequency {
        case .daily:
            let k0 = max(0, (first.days(until: lo) + rule.interval - 1) / rule.interval)
            var k = k0
            while true {
                let day = first.adding(days: k * rule.interval)
                if day > hi || !consider(day, index: k) { break }
                k += 1
            }
        case .weekly:
            let days = rule.byDay.isEmpty ? [first.isoWeekday] : rule.byDay
            let monday = first.adding(days: 1 - first.isoWeekday)
            let firstWeekCount = days.filter { $0 >= first.isoWeekday }.count
            var week = max(0, monday.days(until: lo) / 7 / rule.interval)
            outer: while true {
                let weekStart = monday.adding(days: week * 7 * rule.interval)
                if weekStart > hi { break }
                var index = week == 0 ? 0 : firstWeekCount + (week - 1) * days.count
                for weekday in days {
                    let day = weekStart.adding(days: weekday - 1)
                    if day < first { continue }
                    if day > hi { break outer }
                    if day >= lo, !consider(day, index: index) { break outer }
                    if let count = rule.count, index >= count { break outer }
                    index += 1
                }
                week += 1
            }
        case .monthly:
            var index = 0
            var k = 0
            while true {
                let months = first.month - 1 + k * rule.interval
                let year = first.year + months / 12, month = months % 12 + 1
                k += 1
                guard first.day <= LocalDate.daysIn(month: month, year: year) else { continue }
                let day = LocalDate(year: year, month: month, day: first.day)
                if day > hi { break }
                if day >= lo, !consider(day, index: index) { break }
                index += 1
                if let count = rule.count, index >= count { break }
            }
        }
        return result
    }

    /// When the last occurrence ends, or nil when the series never ends.
    public func seriesEnd() -> Date? {
        guard let rule else { return start + duration }
        if let count = rule.count {
            // Bounded by COUNT: walk the series in yearly windows until it is exhausted.
            var seen = 0, last = start, from = start
            while seen < count {
                let to = from + 366 * 86_400
                let found = occurrences(overlapping: from..<to).filter { $0 >= from }
                if found.isEmpty, let until = rule.until, from > until { break }
                seen += found.count
                if let end = found.last { last = end }
                from = to
                if from.timeIntervalSince(start) > 200 * 366 * 86_400 { break }
            }
            return last + duration
        }
        if let until = rule.until {
            // Bounded by UNTIL: the last occurrence starts at or before it; look back a year at a time.
            var to = until + 1
            while to > start {
                let from = max(start, to - 366 * 86_400)
                if let last = occurrences(overlapping: from..<to).last(where: { $0 >= from }) {
                    return last + duration
                }
                to = from
            }
            return start + duration
        }
        return nil
    }

    /// The instant of a wall-clock time on a local day.
    ///
    /// As RFC 5545 says: a time that happens twice (fall back) is the first of the two, and a time
    /// that does not exist (spring forward) is read with the offset in force before the gap.
    static func instant(day: LocalDate, secondsIntoDay: Int, in timeZone: TimeZone) -> Date {
        let local = TimeInterval(day.dayNumber * 86_400 + secondsIntoDay)
        func offset(_ t: TimeInterval) -> TimeInterval {
            TimeInterval(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: t)))
        }
        // The offsets a day either side; they differ only when a change is near.
        let before = offset(local - 86_400), after = offset(local + 86_400)
        let early = local - before, late = local - after
        if offset(early) == before { return Date(timeIntervalSince1970: early) }
        if offset(late) == after { return Date(timeIntervalSince1970: late) }
        return Date(timeIntervalSince1970: early)  // in the gap
    }
}
