import Foundation
import RapportModel

/// A DATE or DATE-TIME value as read: an instant, and how it was written.
struct ICalendarTime: Equatable {
    enum Kind: Equatable {
        /// VALUE=DATE: the date at 00:00 UTC.
        case date
        case utc
        /// With a TZID; `tzid` as stored (an IANA name when it could be found).
        case zoned(tzid: String)
        /// No zone: read in the importing user's zone.
        case floating
    }

    var instant: Date
    var kind: Kind
}

/// Reads and writes DATE, DATE-TIME and DURATION values, resolving TZIDs.
struct ICalendarClock {
    var zones: ZoneResolver
    /// Floating times are read in this zone.
    let floating: TimeZone
    private var calendars: [String: Calendar] = [:]

    init(zones: ZoneResolver, floating: TimeZone) {
        self.zones = zones
        self.floating = floating
    }

    /// The value of `property` (DTSTART, EXDATE …), one of its comma-separated values.
    mutating func time(_ text: Substring, of property: ContentLine) throws(ICalendarError) -> ICalendarTime {
        let line = property.line, name = property.name
        let isDate = property.parameter("VALUE")?.uppercased() == "DATE" || (text.count == 8 && !text.contains("T"))
        guard let parts = Self.fields(text, date: isDate) else {
            throw ICalendarError(line: line, reason: "\(name): '\(text)' is not a \(isDate ? "DATE" : "DATE-TIME") (YYYYMMDD\(isDate ? "" : "THHMMSS[Z]"))")
        }
        if isDate {
            return ICalendarTime(instant: Self.midnightUTC(parts), kind: .date)
        }
        if parts.utc {
            return ICalendarTime(instant: instant(parts, in: TimeZone(identifier: "UTC")!), kind: .utc)
        }
        if let tzid = property.parameter("TZID") {
            let resolved = zones.resolve(tzid)
            return ICalendarTime(instant: instant(parts, in: resolved.zone), kind: .zoned(tzid: resolved.tzid))
        }
        return ICalendarTime(instant: instant(parts, in: floating), kind: .floating)
    }

    /// Every value of a list property (EXDATE, RDATE); PERIOD values give their start.
    mutating func times(of property: ContentLine) throws(ICalendarError) -> [ICalendarTime] {
        var result: [ICalendarTime] = []
        for value in property.value.split(separator: ",") {
            let start = value.split(separator: "/", maxSplits: 1).first ?? value
            result.append(try time(start, of: property))
        }
        return result
    }

    private mutating func instant(_ f: Fields, in zone: TimeZone) -> Date {
        if zone.identifier == "UTC" || zone.identifier == "GMT" {
            return Self.midnightUTC(f) + TimeInterval(f.hour * 3600 + f.minute * 60 + f.second)
        }
        var calendar = calendars[zone.identifier] ?? {
            var made = Calendar(identifier: .gregorian)
            made.timeZone = zone
            return made
        }()
        calendars[zone.identifier] = calendar
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: f.year, month: f.month, day: f.day,
                                                  hour: f.hour, minute: f.minute, second: f.second))!
    }

    static func midnightUTC(_ f: Fields) -> Date {
        Date(timeIntervalSince1970: TimeInterval(LocalDate(year: f.year, month: f.month, day: f.day).dayNumber * 86_400))
    }

    struct Fields {
        var year, month, day, hour, minute, second: Int
        var utc: Bool
    }

    /// `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`, ASCII digits only, each field in range.
    static func fields(_ text: Substring, date: Bool) -> Fields? {
        let b = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard i < b.count, b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        if date { return b.count == 8 ? Fields(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, utc: false) : nil }
        guard b.count == 15 || (b.count == 16 && b[15] == UInt8(ascii: "Z")), b[8] == UInt8(ascii: "T"),
              let hour = digits(9..<11), let minute = digits(11..<13), let second = digits(13..<15),
              hour < 24, minute < 60, second <= 60 else { return nil }
        return Fields(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59),
                      utc: b.count == 16)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// RFC 5545 DURATION (`P1W`, `P1DT2H`, `PT15M`, `-PT5M`) in seconds.
    static func duration(_ text: String) -> TimeInterval? {
        var s = Substring(text)
        var sign = 1.0
        if s.first == "+" { s = s.dropFirst() } else if s.first == "-" { sign = -1; s = s.dropFirst() }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var total = 0.0, number = "", inTime = false, any = false
        for c in s {
            if c.isASCII, c.isNumber { number.append(c); continue }
            if c == "T" { guard number.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let n = Double(number) else { return nil }
            number = ""
            any = true
            switch (c, inTime) {
            case ("W", false): total += n * 7 * 86_400
            case ("D", false): total += n * 86_400
            case ("H", true): total += n * 3600
            case ("M", true): total += n * 60
            case ("S", true): total += n
            default: return nil
            }
        }
        guard number.isEmpty, any else { return nil }
        return sign * total
    }
}

