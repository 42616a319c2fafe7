import Foundation

/// The wall-clock times a rule picks, one period (day, week, month or year) at a time.
///
/// Times are "local seconds": seconds since 1970-01-01 00:00 on the series' wall clock, as if
/// its zone were UTC; `Recurrence` turns them into instants. Each period's set depends only on
/// the period, so a window far from the start jumps straight to its periods; only COUNT needs
/// the periods before, and those are counted without converting anything to instants.
struct RulePeriods {
    let rule: RecurrenceRule
    let startDay: LocalDate
    /// Seconds into the day of every occurrence (BYHOUR × BYMINUTE × BYSECOND, else DTSTART's).
    let times: [Int]
    private let months: UInt16  // bit m-1; all set when BYMONTH is absent
    private let weekdays: UInt8  // plain BYDAY weekdays, bit w-1
    private let ordinals: [RecurrenceRule.Day]
    private let monthDays: [Int]
    private let yearDays: [Int]
    private let weekNos: [Int]
    private let anyDay: Bool  // no BYDAY at all (after defaults)
    /// First day of period 0 (for WEEKLY, the WKST day on or before the start).
    private let origin: Int
    /// WEEKLY/DAILY without day filters: offsets of the chosen days from the period's first day.
    private let directOffsets: [Int]?

    init(rule: RecurrenceRule, startLocal: Int) {
        self.rule = rule
        let dayNumber = startLocal.floorDivided(by: 86_400), time = startLocal - dayNumber * 86_400
        startDay = LocalDate(dayNumber: dayNumber)
        let hours = rule.byHour.isEmpty ? [time / 3600] : rule.byHour
        let minutes = rule.byMinute.isEmpty ? [time / 60 % 60] : rule.byMinute
        let seconds = rule.bySecond.isEmpty ? [time % 60] : rule.bySecond
        times = hours.flatMap { h in minutes.flatMap { m in seconds.map { h * 3600 + m * 60 + $0 } } }.sorted()

        // What the rule leaves unsaid comes from DTSTART (RFC 5545 §3.3.10): "FREQ=MONTHLY" is on
        // the start's day of the month, "FREQ=YEARLY" on its day and month.
        var byDay = rule.byDay, byMonthDay = rule.byMonthDay, byMonth = rule.byMonth
        let dayLevel = !rule.byDay.isEmpty || !rule.byMonthDay.isEmpty || !rule.byYearDay.isEmpty
        switch rule.frequency {
        case .daily: break
        case .weekly: if byDay.isEmpty { byDay = [.init(startDay.isoWeekday)] }
        case .monthly: if !dayLevel { byMonthDay = [startDay.day] }
        case .yearly:
            if !dayLevel, !rule.byWeekNo.isEmpty {
                byDay = [.init(startDay.isoWeekday)]  // "Monday of week 20" when DTSTART is a Monday
            } else if !dayLevel {
                byMonthDay = [startDay.day]
                if byMonth.isEmpty { byMonth = [startDay.month] }
            }
        }
        months = byMonth.isEmpty ? 0xFFF : byMonth.reduce(0) { $0 | UInt16(1) << ($1 - 1) }
        weekdays = byDay.filter { $0.ordinal == 0 }.reduce(0) { $0 | UInt8(1) << ($1.weekday - 1) }
        ordinals = byDay.filter { $0.ordinal != 0 }
        anyDay = byDay.isEmpty
        monthDays = byMonthDay
        yearDays = rule.byYearDay
        weekNos = rule.byWeekNo

        let startWeekday = startDay.isoWeekday
        switch rule.frequency {
        case .weekly: origin = dayNumber - (startWeekday - rule.weekStart + 7) % 7
        case .daily: origin = dayNumber
        case .monthly: origin = LocalDate(year: startDay.year, month: startDay.month, day: 1).dayNumber
        case .yearly: origin = LocalDate(year: startDay.year, month: 1, day: 1).dayNumber
        }
        let filtersDays = byMonth.isEmpty == false || !monthDays.isEmpty || !yearDays.isEmpty || !weekNos.isEmpty || !ordinals.isEmpty
        if rule.frequency == .weekly, !filtersDays {
            let chosen = weekdays, first = rule.weekStart - 1
            directOffsets = (0..<7).filter { chosen & (1 << ((first + $0) % 7)) != 0 }
        } else if rule.frequency == .daily, !filtersDays, anyDay {
            directOffsets = [0]
        } else {
            directOffsets = nil
        }
    }

    /// How many occurrences every period has when that never varies (no BYSETPOS, no day
    /// filters), so COUNT can be turned into a period by arithmetic; nil otherwise.
    var fixedPerPeriod: Int? {
        guard rule.bySetPos.isEmpty, let offsets = directOffsets else { return nil }
        return offsets.count * times.count
    }

    /// DAILY or WEEKLY without day filters or BYSETPOS: the chosen days' offsets from a
    /// period's first day, and the days from one period to the next, so a walk needs no buffer.
    var directDays: (offsets: [Int], step: Int)? {
        guard rule.bySetPos.isEmpty, let offsets = directOffsets else { return nil }
        return (offsets, (rule.frequency == .weekly ? 7 : 1) * rule.interval)
    }

    // MARK: - Periods

    /// The period holding `day`, or the last one before it (negative before the start).
    func period(containing day: LocalDate) -> Int {
        let n: Int
        switch rule.frequency {
        case .daily: n = day.dayNumber - origin
        case .weekly: n = (day.dayNumber - origin).floorDivided(by: 7)
        case .monthly: n = (day.year * 12 + day.month) - (startDay.year * 12 + startDay.month)
        case .yearly: n = day.year - startDay.year
        }
        return n.floorDivided(by: rule.interval)
    }

    /// The first day of period `k`, as a day number.
    func firstDay(ofPeriod k: Int) -> Int {
        switch rule.frequency {
        case .daily: return origin + k * rule.interval
        case .weekly: return origin + 7 * k * rule.interval
        case .monthly:
            let m = startDay.year * 12 + startDay.month - 1 + k * rule.interval
            return LocalDate(year: m.floorDivided(by: 12), month: m.floorModulo(12) + 1, day: 1).dayNumber
        case .yearly: return LocalDate(year: startDay.year + k * rule.interval, month: 1, day: 1).dayNumber
        }
    }

    /// Appends period `k`'s occurrences, sorted, as local seconds. DTSTART, UNTIL and COUNT are the caller's.
    func append(period k: Int, to out: inout [Int]) {
        let first = firstDay(ofPeriod: k)
        let mark = out.count
        if let offsets = directOffsets {
            for offset in offsets {
                let base = (first + offset) * 86_400
                for t in times { out.append(base + t) }
            }
        } else {
            let length: Int
            switch rule.frequency {
            case .daily: length = 1
            case .weekly: length = 7
            case .monthly:
                let d = LocalDate(dayNumber: first)
                length = LocalDate.daysIn(month: d.month, year: d.year)
            case .yearly:
                let y = LocalDate(dayNumber: first).year
                length = LocalDate(year: y + 1, month: 1, day: 1).dayNumber - first
            }
            scan(from: first, days: length, into: &out)
        }
        if !rule.bySetPos.isEmpty { keepSetPositions(from: mark, in: &out) }
    }

    /// BYSETPOS: keeps the chosen positions of the period's set (1 = first, -1 = last).
    private func keepSetPositions(from mark: Int, in out: inout [Int]) {
        let set = Array(out[mark...])
        out.removeSubrange(mark...)
        var kept: [Int] = []
        for position in rule.bySetPos {
            let index = position > 0 ? position - 1 : set.count + position
            if index >= 0, index < set.count { kept.append(set[index]) }
        }
        out.append(contentsOf: Set(kept).sorted())
    }

    // MARK: - Day by day

    /// Tests each day of `first ..< first + days` against the BY parts, keeping fields up to date
    /// by counting rather than converting each day.
    private func scan(from first: Int, days: Int, into out: inout [Int]) {
        var date = LocalDate(dayNumber: first)
        var weekday = date.isoWeekday
        var monthLength = LocalDate.daysIn(month: date.month, year: date.year)
        var yearStart = LocalDate(year: date.year, month: 1, day: 1).dayNumber
        var yearLength = LocalDate(year: date.year + 1, month: 1, day: 1).dayNumber - yearStart
        var weeks = weekNos.isEmpty ? nil : WeekNumbering(year: date.year, weekStart: rule.weekStart)
        // An nth weekday counts within the month for MONTHLY, or for YEARLY with BYMONTH.
        let ordinalInMonth = rule.frequency == .monthly || !rule.byMonth.isEmpty
        for dayNumber in first..<(first + days) {
            if dayNumber > first {
                weekday = weekday == 7 ? 1 : weekday + 1
                if date.day == monthLength {
                    date = date.month == 12 ? LocalDate(year: date.year + 1, month: 1, day: 1)
                        : LocalDate(year: date.year, month: date.month + 1, day: 1)
                    monthLength = LocalDate.daysIn(month: date.month, year: date.year)
                    if date.month == 1 {
                        yearStart = dayNumber
                        yearLength = LocalDate(year: date.year + 1, month: 1, day: 1).dayNumber - yearStart
                        if weeks != nil { weeks = WeekNumbering(year: date.year, weekStart: rule.weekStart) }
                    }
                } else {
                    date.day += 1
                }
            }
            guard months & (1 << (date.month - 1)) != 0 else { continue }
            let yearDay = dayNumber - yearStart + 1
            if !yearDays.isEmpty, !yearDays.contains(where: { $0 == yearDay || $0 == yearDay - yearLength - 1 }) { continue }
            if !monthDays.isEmpty, !monthDays.contains(where: { $0 == date.day || $0 == date.day - monthLength - 1 }) { continue }
            if let weeks, !weeks.matches(dayNumber, weekNos) { continue }
            if !anyDay {
                var hit = weekdays & (1 << (weekday - 1)) != 0
                if !hit, !ordinals.isEmpty {
                    let index = ordinalInMonth ? date.day : yearDay, length = ordinalInMonth ? monthLength : yearLength
                    let forward = (index - 1) / 7 + 1, backward = -((length - index) / 7 + 1)
                    hit = ordinals.contains { $0.weekday == weekday && ($0.ordinal == forward || $0.ordinal == backward) }
                }
                if !hit { continue }
            }
            let base = dayNumber * 86_400
            for t in times { out.append(base + t) }
        }
    }
}

/// Week numbers as BYWEEKNO counts them: weeks start on WKST, and week 1 is the first with at
/// least four days in the year. Days at a year's edges may belong to the neighbour's weeks.
struct WeekNumbering {
    private let starts: (previous: Int, this: Int, next: Int, afterNext: Int)

    init(year: Int, weekStart: Int) {
        starts = (Self.firstWeek(year - 1, weekStart), Self.firstWeek(year, weekStart),
                  Self.firstWeek(year + 1, weekStart), Self.firstWeek(year + 2, weekStart))
    }

    /// The first day of week 1 of `year`.
    static func firstWeek(_ year: Int, _ weekStart: Int) -> Int {
        let jan1 = LocalDate(year: year, month: 1, day: 1)
        let ahead = (weekStart - jan1.isoWeekday + 7) % 7  // days from 1 January to the first WKST
        return jan1.dayNumber + (ahead >= 4 ? ahead - 7 : ahead)
    }

    /// Whether the day's week (numbered in its own week-year, forwards or from the end) is listed.
    func matches(_ day: Int, _ numbers: [Int]) -> Bool {
        let (yearStart, nextStart): (Int, Int)
        if day < starts.this { (yearStart, nextStart) = (starts.previous, starts.this) }
        else if day < starts.next { (yearStart, nextStart) = (starts.this, starts.next) }
        else { (yearStart, nextStart) = (starts.next, starts.afterNext) }
        let week = (day - yearStart) / 7 + 1, count = (nextStart - yearStart) / 7
        return numbers.contains { $0 == week || $0 == week - count - 1 }
    }
}
