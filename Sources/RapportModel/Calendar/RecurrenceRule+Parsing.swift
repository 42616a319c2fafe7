import Foundation

extension RecurrenceRule {
    /// Parses RRULE text (`FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1`), parts in any order and
    /// any case.
    ///
    /// Throws `.unsupported` for what RFC 5545 allows but Rapport does not expand (HOURLY and
    /// finer, extension parts) and `.malformed` for what RFC 5545 forbids, each naming the part
    /// as written: silently ignoring a part would put meetings on the wrong days.
    public init(parsing text: String) throws(RecurrenceError) {
        var seen: [String: String] = [:]  // part name → the part as written
        var frequency: Frequency?
        var rule = RecurrenceRule(frequency: .daily)
        for raw in text.split(separator: ";", omittingEmptySubsequences: true) {
            let part = String(raw)
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[1].isEmpty else { throw .malformed(part) }
            let key = pair[0].uppercased(), value = pair[1].uppercased()
            guard seen[key] == nil else { throw .malformed(part) }  // "MUST NOT occur more than once"
            seen[key] = part
            switch key {
            case "FREQ":
                if let f = Frequency(rawValue: value) { frequency = f; continue }
                throw ["SECONDLY", "MINUTELY", "HOURLY"].contains(value) ? .unsupported(part) : .malformed(part)
            case "INTERVAL": rule.interval = try Self.number(value, in: 1...Int(Int32.max), part)
            case "COUNT": rule.count = try Self.number(value, in: 1...Int(Int32.max), part)
            case "UNTIL":
                guard let until = Self.parseUntil(value) else { throw .malformed(part) }
                rule.until = until
            case "BYSECOND": rule.bySecond = try Self.numbers(value, 0...60, part)
            case "BYMINUTE": rule.byMinute = try Self.numbers(value, 0...59, part)
            case "BYHOUR": rule.byHour = try Self.numbers(value, 0...23, part)
            case "BYMONTHDAY": rule.byMonthDay = try Self.numbers(value, 1...31, signed: true, part)
            case "BYYEARDAY": rule.byYearDay = try Self.numbers(value, 1...366, signed: true, part)
            case "BYWEEKNO": rule.byWeekNo = try Self.numbers(value, 1...53, signed: true, part)
            case "BYMONTH": rule.byMonth = try Self.numbers(value, 1...12, part)
            case "BYSETPOS": rule.bySetPos = try Self.numbers(value, 1...366, signed: true, part)
            case "BYDAY": rule.byDay = try value.split(separator: ",", omittingEmptySubsequences: false).map { code throws(RecurrenceError) in
                guard let day = Self.parseDay(code) else { throw .malformed(part) }
                return day
            }
            case "WKST":
                guard let i = Self.dayCodes.firstIndex(of: value) else { throw .malformed(part) }
                rule.weekStart = i + 1
            default:
                throw .unsupported(part)  // X- names, RSCALE/SKIP (RFC 7529), anything newer
            }
        }
        guard let frequency else { throw .malformed(text.isEmpty ? "missing FREQ" : "missing FREQ in '\(text)'") }
        rule.frequency = frequency
        try rule.check(parts: seen)
        self.init(frequency: frequency, interval: rule.interval, count: rule.count, until: rule.until, byDay: rule.byDay,
                  byMonthDay: rule.byMonthDay, byYearDay: rule.byYearDay, byWeekNo: rule.byWeekNo, byMonth: rule.byMonth,
                  byHour: rule.byHour, byMinute: rule.byMinute, bySecond: rule.bySecond, bySetPos: rule.bySetPos,
                  weekStart: rule.weekStart)
    }

    /// The combinations RFC 5545 §3.3.10 rules out, reported with the part that breaks them.
    private func check(parts: [String: String]) throws(RecurrenceError) {
        if !byMonthDay.isEmpty, frequency == .weekly { throw .malformed(parts["BYMONTHDAY"]!) }
        if !byYearDay.isEmpty, frequency != .yearly { throw .malformed(parts["BYYEARDAY"]!) }
        if !byWeekNo.isEmpty, frequency != .yearly { throw .malformed(parts["BYWEEKNO"]!) }
        // Ordinals only make sense in a month or a year, and not within a numbered week.
        if byDay.contains(where: { $0.ordinal != 0 }),
           ![.monthly, .yearly].contains(frequency) || !byWeekNo.isEmpty {
            throw .malformed(parts["BYDAY"]!)
        }
        if frequency == .monthly, byDay.contains(where: { abs($0.ordinal) > 5 }) { throw .malformed(parts["BYDAY"]!) }
        let others = [byDay.isEmpty, byMonthDay.isEmpty, byYearDay.isEmpty, byWeekNo.isEmpty, byMonth.isEmpty,
                      byHour.isEmpty, byMinute.isEmpty, bySecond.isEmpty]
        if !bySetPos.isEmpty, !others.contains(false) { throw .malformed(parts["BYSETPOS"]!) }
    }

    private static func number(_ text: String, in range: ClosedRange<Int>, _ part: String) throws(RecurrenceError) -> Int {
        guard text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), text.utf8.count <= 10, let n = Int(text), range.contains(n)
        else { throw .malformed(part) }
        return n
    }

    private static func numbers(_ text: String, _ range: ClosedRange<Int>, signed: Bool = false,
                                _ part: String) throws(RecurrenceError) -> [Int] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { item throws(RecurrenceError) in
            var digits = Substring(item), sign = 1
            if signed, let first = digits.first, first == "+" || first == "-" {
                sign = first == "-" ? -1 : 1
                digits = digits.dropFirst()
            }
            return sign * (try number(String(digits), in: range, part))
        }
    }

    private static func parseDay(_ code: Substring) -> Day? {
        guard code.count >= 2, let weekday = dayCodes.firstIndex(of: String(code.suffix(2))) else { return nil }
        var prefix = code.dropLast(2), sign = 1
        if prefix.isEmpty { return Day(weekday + 1) }
        if let first = prefix.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            prefix = prefix.dropFirst()
        }
        guard !prefix.isEmpty, prefix.count <= 2, prefix.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let n = Int(prefix), (1...53).contains(n) else { return nil }
        return Day(weekday + 1, ordinal: sign * n)
    }

    /// `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`, ASCII digits only.
    static func parseUntil(_ text: String) -> Until? {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard bytes[i] >= 48, bytes[i] <= 57 else { return nil }
                n = n * 10 + Int(bytes[i] - 48)
            }
            return n
        }
        guard bytes.count == 8 || bytes.count == 15 || bytes.count == 16,
              let y = digits(0..<4), let m = digits(4..<6), let d = digits(6..<8),
              (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: y) else { return nil }
        let day = LocalDate(year: y, month: m, day: d)
        if bytes.count == 8 { return .date(day) }
        guard bytes[8] == UInt8(ascii: "T"), let h = digits(9..<11), let mi = digits(11..<13), let s = digits(13..<15),
              h < 24, mi < 60, s <= 60 else { return nil }
        let seconds = h * 3600 + mi * 60 + min(s, 59)
        if bytes.count == 15 { return .local(day, secondsIntoDay: seconds) }
        guard bytes[15] == UInt8(ascii: "Z") else { return nil }
        return .utc(Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + seconds)))
    }
}
