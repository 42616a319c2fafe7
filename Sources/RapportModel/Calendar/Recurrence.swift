import Foundation

/// A meeting series (DTSTART, duration, RRULE, RDATE, EXDATE and the starts RECURRENCE-ID
/// overrides replace), expanded into the occurrences that fall in a window.
///
/// Occurrences keep the series' wall-clock time in its own zone, so a 09:00 weekly meeting
/// stays at 09:00 across a daylight-saving change, as calendar programs do. Expansion looks
/// only at the rule's periods that can reach the window; nothing is ever listed for all time.
public struct Recurrence: Sendable {
    /// DTSTART: always the first occurrence (RFC 5545), whether or not the rule picks it.
    public var start: Date
    /// Exact length of each occurrence (DTEND − DTSTART); for an all-day series, nominal.
    public var duration: TimeInterval
    /// The zone whose wall clock the rule runs on. For an all-day series, the zone it is shown in.
    public var timeZone: TimeZone
    public var rule: RecurrenceRule?
    /// EXDATE instants: those occurrences are cancelled (they still count towards COUNT).
    public var exdates: Set<Date>
    /// RDATE instants: extra occurrences, each as long as the others.
    public var rdates: Set<Date>
    /// Original starts (RECURRENCE-ID) of occurrences replaced by an override meeting, which
    /// the caller shows instead; like EXDATE, they still count towards COUNT.
    public var overridden: Set<Date>
    /// EXDATE;VALUE=DATE: no occurrence on these dates (in `timeZone`).
    public var excludedDays: Set<LocalDate>
    /// RDATE;VALUE=DATE: an occurrence on each of these dates, at DTSTART's time of day.
    public var addedDays: Set<LocalDate>
    /// A VALUE=DATE series: its occurrences are dates, midnight to midnight wherever shown.
    public private(set) var isAllDay = false
    /// Days each occurrence of an all-day series spans.
    public private(set) var allDayLength = 0

    public init(start: Date, duration: TimeInterval, timeZone: TimeZone, rule: RecurrenceRule?, exdates: Set<Date> = [],
                rdates: Set<Date> = [], overridden: Set<Date> = [], excludedDays: Set<LocalDate> = [],
                addedDays: Set<LocalDate> = []) {
        self.start = start
        self.duration = duration
        self.timeZone = timeZone
        self.rule = rule
        self.exdates = exdates
        self.rdates = rdates
        self.overridden = overridden
        self.excludedDays = excludedDays
        self.addedDays = addedDays
    }

    /// An all-day series from `firstDay`, each occurrence `days` long, shown in `zone`.
    ///
    /// The rule runs on dates, not instants, so a holiday on the 24th is on the 24th in Sydney
    /// and in New York; `zone` only says whose midnights bound it. See `shown(in:)`.
    public init(allDay firstDay: LocalDate, days: Int = 1, rule: RecurrenceRule?, exdates: Set<LocalDate> = [],
                rdates: Set<LocalDate> = [], overridden: Set<LocalDate> = [], shownIn zone: TimeZone) {
        var offsets = ZoneOffsets.shared(zone, covering: firstDay.startOfDay(in: zone)..<firstDay.adding(days: 2).startOfDay(in: zone))
        self.init(start: Date(timeIntervalSince1970: TimeInterval(offsets.instant(local: firstDay.dayNumber * 86_400))),
                  duration: TimeInterval(max(1, days) * 86_400), timeZone: zone, rule: rule,
                  excludedDays: exdates.union(overridden), addedDays: rdates)
        isAllDay = true
        allDayLength = max(1, days)
    }

    /// The same series shown in another zone: an all-day series keeps its dates (and moves its
    /// midnights); a timed one is unchanged, as its instants are absolute.
    public func shown(in zone: TimeZone) -> Recurrence {
        guard isAllDay else { return self }
        return Recurrence(allDay: LocalDate(start, in: timeZone), days: allDayLength, rule: rule, exdates: excludedDays,
                          rdates: addedDays, shownIn: zone)
    }

    /// When the occurrence starting at `occurrenceStart` ends: an all-day one at a midnight
    /// (23 or 25 hours later across a change), a timed one `duration` later.
    public func end(of occurrenceStart: Date) -> Date {
        guard isAllDay else { return occurrenceStart + duration }
        var offsets = ZoneOffsets.shared(timeZone, covering: occurrenceStart..<(occurrenceStart + duration + 2 * 86_400))
        let local = LocalDate(occurrenceStart, in: timeZone).adding(days: allDayLength).dayNumber * 86_400
        return Date(timeIntervalSince1970: TimeInterval(offsets.instant(local: local)))
    }

    // MARK: - Expansion

    /// Starts of the occurrences that overlap `window`, in order.
    public func occurrences(overlapping window: Range<Date>) -> [Date] {
        let lowest = window.lowerBound - duration - 2 * 86_400
        var offsets = ZoneOffsets.shared(timeZone, covering: min(lowest, start)..<(window.upperBound + 2 * 86_400))
        let startInstant = Int(start.timeIntervalSince1970.rounded(.down))
        let startLocal = startInstant + offsets.offset(at: startInstant)
        // Local days that can hold an overlapping start; a day of slack each side for offsets.
        let loDay = Int(lowest.timeIntervalSince1970).floorDivided(by: 86_400)
        let hiDay = (Int(window.upperBound.timeIntervalSince1970) + 86_400).floorDivided(by: 86_400)
        var result: [Date] = []
        let windowStart = window.lowerBound.timeIntervalSince1970, windowEnd = window.upperBound.timeIntervalSince1970
        let checksExclusions = !exdates.isEmpty || !overridden.isEmpty || !excludedDays.isEmpty

        func consider(_ instant: Int, local: Int, offsets: inout ZoneOffsets) {
            let begins = TimeInterval(instant)
            guard begins < windowEnd else { return }
            let ends = isAllDay ? TimeInterval(offsets.instant(local: local + allDayLength * 86_400)) : begins + duration
            guard ends > windowStart else { return }
            let date = Date(timeIntervalSince1970: begins)
            if !checksExclusions || !isExcluded(date, local: local) { result.append(date) }
        }

        consider(startInstant, local: startLocal, offsets: &offsets)
        if let rule, hiDay * 86_400 > startLocal {
            let periods = RulePeriods(rule: rule, startLocal: startLocal)
            let limits = Limits(rule: rule, periods: periods, startLocal: startLocal, throughDay: hiDay, allDay: isAllDay)
            let lastLocal = min(limits.lastLocal, (hiDay + 1) * 86_400 - 1), lastInstant = limits.lastInstant
            var k = max(0, periods.period(containing: LocalDate(dayNumber: max(loDay, periods.startDay.dayNumber))))
            if let each = periods.fixedPerPeriod {
                // Room for every occurrence at once, so ten years of a weekly series grow the array once.
                let periodsLeft = (periods.period(containing: LocalDate(dayNumber: hiDay)) - k + 1)
                result.reserveCapacity(min(1 << 14, max(0, periodsLeft) * each + 1))
            }
            /// One candidate start; false once COUNT or UNTIL is past.
            func take(_ local: Int) -> Bool {
                guard local > startLocal else { return true }
                if local > lastLocal { return false }
                let instant = offsets.instant(local: local)
                if instant > lastInstant { return false }
                consider(instant, local: local, offsets: &offsets)
                return true
            }
            if let (dayOffsets, step) = periods.directDays {
                // Weekly and daily meetings: days by arithmetic, no period lists.
                var first = periods.firstDay(ofPeriod: k)
                walk: while first <= hiDay {
                    for offset in dayOffsets {
                        let base = (first + offset) * 86_400
                        for t in periods.times where !take(base + t) { break walk }
                    }
                    first += step
                }
            } else {
                var buffer: [Int] = []
                walk: while periods.firstDay(ofPeriod: k) <= hiDay {
                    buffer.removeAll(keepingCapacity: true)
                    periods.append(period: k, to: &buffer)
                    for local in buffer where !take(local) { break walk }
                    k += 1
                }
            }
        }
        for date in rdates {
            let instant = Int(date.timeIntervalSince1970.rounded(.down))
            consider(instant, local: instant + offsets.offset(at: instant), offsets: &offsets)
        }
        let timeOfDay = startLocal - startLocal.floorDivided(by: 86_400) * 86_400
        for day in addedDays {
            let local = day.dayNumber * 86_400 + timeOfDay
            consider(offsets.instant(local: local), local: local, offsets: &offsets)
        }
        // RDATEs, and local times in a spring-forward gap, can come out of order.
        if zip(result, result.dropFirst()).contains(where: { $0 >= $1 }) { result = Set(result).sorted() }
        return result
    }

    private func isExcluded(_ instant: Date, local: Int) -> Bool {
        if !exdates.isEmpty, exdates.contains(instant) { return true }
        if !overridden.isEmpty, overridden.contains(instant) { return true }
        return !excludedDays.isEmpty && excludedDays.contains(LocalDate(dayNumber: local.floorDivided(by: 86_400)))
    }

    /// Where COUNT and UNTIL stop the rule: the last local time and the last instant allowed.
    private struct Limits {
        var lastLocal = Int.max
        var lastInstant = Int.max

        init(rule: RecurrenceRule, periods: RulePeriods, startLocal: Int, throughDay: Int, allDay: Bool) {
            if let count = rule.count, let last = Recurrence.counted(count, periods: periods, startLocal: startLocal, throughDay: throughDay) {
                lastLocal = last
            }
            switch rule.until {
            case nil: break
            case .date(let day): lastLocal = min(lastLocal, day.dayNumber * 86_400 + 86_399)
            case .local(let day, let seconds): lastLocal = min(lastLocal, day.dayNumber * 86_400 + seconds)
            case .utc(let date):
                // An all-day series has no instants of its own: its dates compare with UNTIL's UTC date.
                let t = Int(date.timeIntervalSince1970.rounded(.down))
                if allDay { lastLocal = min(lastLocal, t) } else { lastInstant = t }
            }
        }
    }

    /// The local time of the COUNT-th occurrence, DTSTART being the first, when it falls on
    /// or before `throughDay`; nil when it comes later (so COUNT does not bind there).
    ///
    /// Counting must start at DTSTART, but it only lists local times: no zone is asked. When
    /// every period holds the same number of occurrences, the COUNT-th is found by arithmetic.
    static func counted(_ count: Int, periods: RulePeriods, startLocal: Int, throughDay: Int) -> Int? {
        if count <= 1 { return startLocal }
        var seen = 1, buffer: [Int] = []
        periods.append(period: 0, to: &buffer)
        let firstAfter = buffer.filter { $0 > startLocal }
        if seen + firstAfter.count >= count { return firstAfter[count - seen - 1] }
        seen += firstAfter.count
        if let each = periods.fixedPerPeriod, each > 0 {
            let left = count - seen - 1
            buffer.removeAll()
            periods.append(period: 1 + left / each, to: &buffer)
            return buffer[left % each]
        }
        var k = 1
        while periods.firstDay(ofPeriod: k) <= throughDay {
            buffer.removeAll(keepingCapacity: true)
            periods.append(period: k, to: &buffer)
            if seen + buffer.count >= count { return buffer[count - seen - 1] }
            seen += buffer.count
            k += 1
        }
        return nil
    }

    // MARK: - The end of a series

    /// When the last occurrence ends, or nil when the series never ends.
    public func seriesEnd() -> Date? {
        var bound = start + 1  // exclusive: the last start is before it
        if let rule {
            guard rule.count != nil || rule.until != nil else { return nil }
            var offsets = ZoneOffsets.shared(timeZone, covering: start..<(start + 86_400))
            let startInstant = Int(start.timeIntervalSince1970.rounded(.down))
            let startLocal = startInstant + offsets.offset(at: startInstant)
            let periods = RulePeriods(rule: rule, startLocal: startLocal)
            // A rule that never reaches COUNT in a thousand years is taken as endless.
            let horizon = periods.startDay.dayNumber + 366_000
            let limits = Limits(rule: rule, periods: periods, startLocal: startLocal, throughDay: horizon, allDay: isAllDay)
            if rule.count != nil, limits.lastLocal == .max { return nil }
            var last = limits.lastLocal == .max ? Int.max : offsets.instant(local: limits.lastLocal)
            last = min(last, limits.lastInstant)
            // An UNTIL beyond any plausible date (UNTIL=99991231) bounds nothing useful.
            last = min(last, horizon * 86_400)
            bound = max(bound, Date(timeIntervalSince1970: TimeInterval(last) + 1))
        }
        let extras = rdates.map { $0 + 1 } + addedDays.map { $0.adding(days: 2).startOfDay(in: timeZone) }
        bound = ([bound] + extras).max()!
        // Look back a year at a time for the last occurrence not cancelled.
        var to = bound
        while to > start {
            let from = max(start, to - 366 * 86_400)
            if let last = occurrences(overlapping: from..<to).last(where: { $0 >= from }) { return end(of: last) }
            to = from
        }
        return end(of: start)
    }
}
