import Foundation

/// The part of RFC 5545's RRULE that project meetings use: DAILY, WEEKLY (with BYDAY) and
/// MONTHLY (by the start's day of month), with INTERVAL and either COUNT or UNTIL.
public struct RecurrenceRule: Hashable, Sendable {
    public enum Frequency: String, Sendable { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY" }

    public var frequency: Frequency
    public var interval: Int
    /// ISO weekdays (1 = Monday), sorted and distinct; empty means the start's own weekday.
    public var byDay: [Int]
    public var count: Int?
    public var until: Date?

    public init(frequency: Frequency, interval: Int = 1, byDay: [Int] = [], count: Int? = nil, until: Date? = nil) {
        self.frequency = frequency
        self.interval = max(1, interval)
        self.byDay = Set(byDay).sorted()  // "MO,MO" is one meeting a week, not two
        self.count = count
        self.until = until
    }

    static let dayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// Parses `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10`; throws on parts it does not understand,
    /// because silently ignoring a part would put meetings on the wrong days.
    public init(parsing text: String) throws(RecurrenceError) {
        var frequency: Frequency?
        var interval = 1
        var byDay: [Int] = []
        var byDayPart = ""
        var count: Int?
        var until: Date?
        for part in text.split(separator: ";") where !part.isEmpty {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw .malformed(String(part)) }
            let key = pair[0].uppercased(), value = String(pair[1])
            switch key {
            case "FREQ":
                guard let f = Frequency(rawValue: value.uppercased()) else { throw .unsupported("FREQ=\(value)") }
                frequency = f
            case "INTERVAL":
                guard let n = Int(value), n >= 1 else { throw .malformed(String(part)) }
                interval = n
            case "BYDAY":
                byDayPart = String(part)
                for code in value.split(separator: ",") {
                    guard let i = Self.dayCodes.firstIndex(of: code.uppercased()) else {
                        throw .unsupported("BYDAY=\(code)")
                    }
                    byDay.append(i + 1)
                }
            case "COUNT":
                guard let n = Int(value), n >= 1 else { throw .malformed(String(part)) }
                count = n
            case "UNTIL":
                guard let d = Self.parseUntil(value) else { throw .malformed(String(part)) }
                until = d
            case "WKST" where value.uppercased() == "MO":
                continue
            default:
                throw .unsupported(String(part))
            }
        }
        guard let frequency else { throw .malformed("missing FREQ") }
        // Only WEEKLY expands BYDAY; on DAILY it filters ("every weekday") and on MONTHLY it
        // means every such weekday of the month, neither of which the expansion does.
        if !byDay.isEmpty, frequency != .weekly { throw .unsupported(byDayPart) }
        self.init(frequency: frequency, interval: interval, byDay: byDay, count: count, until: until)
    }

    /// The rule as RFC 5545 text.
    public var text: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map { Self.dayCodes[$0 - 1] }.joined(separator: ",")) }
        if let count { parts.append("COUNT=\(count)") }
        if let until { parts.append("UNTIL=" + Self.untilFormat(until)) }
        return parts.joined(separator: ";")
    }

    private static func parseUntil(_ text: String) -> Date? {
        // Only ASCII digits and the separators of the basic and extended forms; `isNumber`
        // alone would let "½" or "٣" through to `Int(_:)`.
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || "-:TZ".contains($0) }) else { return nil }
        let digits = text.filter(\.isNumber)
        guard digits.count == 8 || digits.count == 14, let date = LocalDate(iso:
            "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.dropFirst(6).prefix(2))")
        else { return nil }
        var seconds = date.dayNumber * 86_400
        if digits.count == 14 {
            let t = Array(digits.dropFirst(8))
            let hour = Int(String(t[0...1]))!, minute = Int(String(t[2...3]))!, second = Int(String(t[4...5]))!
            guard hour < 24, minute < 60, second <= 60 else { return nil }
            seconds += hour * 3600 + minute * 60 + second
        } else {
            seconds += 86_399  // a date-only UNTIL includes that whole day
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func untilFormat(_ date: Date) -> String {
        let s = Int(date.timeIntervalSince1970)
        let day = LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
        let t = s - day.dayNumber * 86_400
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", day.year, day.month, day.day, t / 3600, t / 60 % 60, t % 60)
    }
}

public enum RecurrenceError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unsupported(String)

    public var description: String {
        switch self {
        case .malformed(let part): return "malformed recurrence rule part '\(part)'"
        case .unsupported(let part): return "unsupported recurrence rule part '\(part)'"
        }
    }
}
