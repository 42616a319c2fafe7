import Foundation

/// An RFC 5545 RRULE for FREQ=DAILY, WEEKLY, MONTHLY and YEARLY, with every BY part the RFC
/// defines for them, INTERVAL, COUNT, UNTIL and WKST.
///
/// Parse with `init(parsing:)`; `text` writes the canonical form back. Expansion is
/// `Recurrence`'s job; the rule only says which local dates and times it picks.
public struct RecurrenceRule: Hashable, Sendable {
    public enum Frequency: String, Sendable, CaseIterable { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY" }

    /// One BYDAY entry: a weekday, optionally the nth (`2TU`) or nth from last (`-1FR`) of the month or year.
    public struct Day: Hashable, Sendable, Comparable {
        /// 0 for every such weekday; 1…53 or -53…-1 otherwise.
        public var ordinal: Int
        /// ISO weekday, 1 = Monday … 7 = Sunday.
        public var weekday: Int

        public init(_ weekday: Int, ordinal: Int = 0) {
            self.weekday = weekday
            self.ordinal = ordinal
        }

        public var text: String { (ordinal == 0 ? "" : String(ordinal)) + RecurrenceRule.dayCodes[weekday - 1] }

        /// Every such weekday first, then the nth ones, then the nth from last: "1SU,-1SU".
        public static func < (a: Day, b: Day) -> Bool { a.sortKey < b.sortKey }

        private var sortKey: (Int, Int, Int) { (ordinal == 0 ? 0 : ordinal > 0 ? 1 : 2, ordinal, weekday) }
    }

    /// When the series stops: the three forms RFC 5545 allows, each compared as the RFC says.
    public enum Until: Hashable, Sendable {
        /// `UNTIL=20261231T170000Z`: an instant.
        case utc(Date)
        /// `UNTIL=20261231T170000`: a wall-clock time in the series' own zone.
        case local(LocalDate, secondsIntoDay: Int)
        /// `UNTIL=20261231`: occurrences on that date (in the series' zone) or before.
        case date(LocalDate)
    }

    public var frequency: Frequency
    public var interval: Int
    public var count: Int?
    public var until: Until?
    /// Sorted and distinct, as are all the BY lists.
    public var byDay: [Day]
    /// 1…31 or -31…-1.
    public var byMonthDay: [Int]
    /// 1…366 or -366…-1 (YEARLY only).
    public var byYearDay: [Int]
    /// 1…53 or -53…-1 (YEARLY only), weeks starting on `weekStart`.
    public var byWeekNo: [Int]
    public var byMonth: [Int]
    public var byHour: [Int]
    public var byMinute: [Int]
    public var bySecond: [Int]
    /// Positions within each period's set, 1… or …-1.
    public var bySetPos: [Int]
    /// ISO weekday the week starts on (WKST); Monday unless said.
    public var weekStart: Int

    public init(frequency: Frequency, interval: Int = 1, count: Int? = nil, until: Until? = nil, byDay: [Day] = [],
                byMonthDay: [Int] = [], byYearDay: [Int] = [], byWeekNo: [Int] = [], byMonth: [Int] = [],
                byHour: [Int] = [], byMinute: [Int] = [], bySecond: [Int] = [], bySetPos: [Int] = [], weekStart: Int = 1) {
        self.frequency = frequency
        self.interval = max(1, interval)
        self.count = count
        self.until = until
        // "MO,MO" is one meeting a week, not two.
        self.byDay = Set(byDay).sorted()
        self.byMonthDay = Set(byMonthDay).sorted()
        self.byYearDay = Set(byYearDay).sorted()
        self.byWeekNo = Set(byWeekNo).sorted()
        self.byMonth = Set(byMonth).sorted()
        self.byHour = Set(byHour).sorted()
        self.byMinute = Set(byMinute).sorted()
        self.bySecond = Set(bySecond).sorted()
        self.bySetPos = Set(bySetPos).sorted()
        self.weekStart = weekStart
    }

    /// The weekly rules meetings mostly use: plain weekdays, and an UNTIL instant.
    public init(frequency: Frequency, interval: Int = 1, byDay: [Int], count: Int? = nil, until: Date? = nil) {
        self.init(frequency: frequency, interval: interval, count: count, until: until.map(Until.utc),
                  byDay: byDay.map { Day($0) })
    }

    public init(frequency: Frequency, interval: Int = 1, count: Int? = nil, until: Date?) {
        self.init(frequency: frequency, interval: interval, count: count, until: until.map(Until.utc))
    }

    static let dayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// The rule as RFC 5545 text, in one canonical order: FREQ, INTERVAL, the BY parts from
    /// month down to second, BYSETPOS, WKST, then COUNT or UNTIL. Defaults are left out.
    public var text: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        func list(_ name: String, _ values: [Int]) {
            if !values.isEmpty { parts.append(name + "=" + values.map(String.init).joined(separator: ",")) }
        }
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        list("BYMONTH", byMonth)
        list("BYWEEKNO", byWeekNo)
        list("BYYEARDAY", byYearDay)
        list("BYMONTHDAY", byMonthDay)
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.text).joined(separator: ",")) }
        list("BYHOUR", byHour)
        list("BYMINUTE", byMinute)
        list("BYSECOND", bySecond)
        list("BYSETPOS", bySetPos)
        if weekStart != 1 { parts.append("WKST=" + Self.dayCodes[weekStart - 1]) }
        if let count { parts.append("COUNT=\(count)") }
        if let until { parts.append("UNTIL=" + Self.format(until)) }
        return parts.joined(separator: ";")
    }

    static func format(_ until: Until) -> String {
        func stamp(_ day: LocalDate, _ t: Int) -> String {
            day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2) + "T"
                + (t / 3600).zeroPadded(2) + (t / 60 % 60).zeroPadded(2) + (t % 60).zeroPadded(2)
        }
        switch until {
        case .date(let day): return day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2)
        case .local(let day, let t): return stamp(day, t)
        case .utc(let date):
            let s = Int(date.timeIntervalSince1970.rounded(.down))
            let day = LocalDate(dayNumber: s.floorDivided(by: 86_400))
            return stamp(day, s - day.dayNumber * 86_400) + "Z"
        }
    }
}

extension Int {
    /// Division rounding towards minus infinity, for day and week numbers before 1970.
    func floorDivided(by d: Int) -> Int {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }

    func floorModulo(_ d: Int) -> Int { self - floorDivided(by: d) * d }
}
