import Foundation
import RapportModel

/// A VTIMEZONE block for an IANA zone, as the zone's rules stand in `fromYear`: one STANDARD
/// and one DAYLIGHT observance recurring yearly (`BYMONTH=3;BYDAY=2SU`), or a single STANDARD
/// for a zone without daylight time. Programs that do not know the IANA name read this instead.
struct VTimezone {
    let zone: TimeZone
    let fromYear: Int

    var lines: [ContentLine] {
        var out: [ContentLine] = []
        func add(_ name: String, _ value: String) { out.append(ContentLine(name: name, value: value)) }
        add("BEGIN", "VTIMEZONE")
        add("TZID", zone.identifier)
        let start = ICalendarClock.midnightUTC(.init(year: fromYear, month: 1, day: 1, hour: 0, minute: 0, second: 0, utc: true))
        var transitions: [Date] = []
        var t = start
        while transitions.count < 2, let next = zone.nextDaylightSavingTimeTransition(after: t),
              next < start + 366 * 86_400 {
            transitions.append(next)
            t = next
        }
        if transitions.isEmpty {
            let offset = ZoneOffset.text(zone.secondsFromGMT(for: start))
            add("BEGIN", "STANDARD")
            add("DTSTART", "19700101T000000")
            add("TZOFFSETFROM", offset)
            add("TZOFFSETTO", offset)
            if let name = zone.abbreviation(for: start) { add("TZNAME", ICalendarText.escaped(name)) }
            add("END", "STANDARD")
        } else {
            for transition in transitions {
                let from = zone.secondsFromGMT(for: transition - 1), to = zone.secondsFromGMT(for: transition)
                let kind = zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
                // The wall-clock time the change happens at, read in the offset before it.
                let wall = transition + TimeInterval(from)
                let utc = TimeZone(identifier: "UTC")!
                let day = LocalDate(wall, in: utc)
                let ordinal = day.day + 7 > LocalDate.daysIn(month: day.month, year: day.year) ? -1 : (day.day - 1) / 7 + 1
                let weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.isoWeekday - 1]
                add("BEGIN", kind)
                add("DTSTART", ICalendarWriter.localText(wall, in: utc))
                add("TZOFFSETFROM", ZoneOffset.text(from))
                add("TZOFFSETTO", ZoneOffset.text(to))
                add("RRULE", "FREQ=YEARLY;BYMONTH=\(day.month);BYDAY=\(ordinal)\(weekday)")
                if let name = zone.abbreviation(for: transition) { add("TZNAME", ICalendarText.escaped(name)) }
                add("END", kind)
            }
        }
        add("END", "VTIMEZONE")
        return out
    }
}

enum ZoneOffset {
    /// Seconds east of UTC as `+HHMM` (or `+HHMMSS`).
    static func text(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let s = abs(seconds)
        let base = sign + String(format: "%02d%02d", s / 3600, s / 60 % 60)
        return s % 60 == 0 ? base : base + String(format: "%02d", s % 60)
    }
}
