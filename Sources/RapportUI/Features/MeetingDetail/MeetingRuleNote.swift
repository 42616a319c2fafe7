import Foundation
import RapportModel

/// The line under the meeting form's *Repeats* as it is typed: the next occurrences the rule
/// gives from the day, time and zone above it (the day itself always one, as DTSTART is in
/// RFC 5545, so a day off the rule shows as such), or why the rule does not read (the message the
/// save would refuse with), so a rule is checked before the save, not by it.
enum MeetingRuleNote {
    static let shown = 3

    static func note(_ form: Form) -> String? {
        let rule: String
        switch RuleShorthand.rrule(from: form["repeats"]) {
        case .failure(let refusal): return "⚠ " + refusal.message
        case .success(nil): return nil
        case .success(let read?): rule = read
        }
        let reading = form["repeats"].trimmingCharacters(in: .whitespaces).uppercased() == rule ? "" : " · \(rule)"
        guard let parsed = try? RecurrenceRule(parsing: rule), let day = LocalDate(iso: form["on"]),
              let first = start(day: day, at: form["at"], zone: form["zone"])
        else { return "the next dates show once On and At read" + reading }
        let recurrence = Recurrence(start: first.instant, duration: 60, timeZone: first.zone, rule: parsed)
        // Widening windows: a weekly rule is answered from two months, a leap-day rule needs years.
        var next: [Date] = []
        for years in [0.2, 2, 12] where next.count <= shown {
            next = Array(recurrence.occurrences(overlapping: first.instant..<first.instant + years * 365.25 * 86_400).prefix(shown + 1))
        }
        let more = next.count > shown
        next = Array(next.prefix(shown))
        guard !next.isEmpty else { return "⚠ no occurrence from \(day.iso) on" + reading }
        // "Tue 08 Dec 10:00, Tue 15 Dec, …": a time only where it differs from the first's.
        let firstTime = TimeText.hourMinute(next[0], first.zone)
        let dates = next.enumerated().map { i, instant in
            let d = LocalDate(instant, in: first.zone), time = TimeText.hourMinute(instant, first.zone)
            let text = TimeText.weekdayDay(d) + " " + LocalDate.monthShortNames[d.month - 1] + (d.year == day.year ? "" : " \(d.year)")
            return first.allDay || (i > 0 && time == firstTime) ? text : text + " " + time
        }
        return "next " + dates.joined(separator: ", ") + (more ? ", …" : "") + reading
    }

    /// The first start as the form has it: a time in the zone, or the day itself when all day.
    private static func start(day: LocalDate, at: String, zone tzid: String) -> (instant: Date, zone: TimeZone, allDay: Bool)? {
        if MeetingRecordForm.isAllDay(at) {
            let utc = TimeZone(identifier: "UTC")!
            return (day.startOfDay(in: utc), utc, true)
        }
        guard let zone = TimeZoneName.zone(for: tzid), let instant = MeetingForms.instant(at, on: day, in: zone) else { return nil }
        return (instant, zone, false)
    }
}
