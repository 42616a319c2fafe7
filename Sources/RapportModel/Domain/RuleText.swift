import Foundation

/// Edits of an RRULE's text that keep every part the edit does not name, so a rule the
/// recurrence engine reads in full is never rewritten through a narrower model of it.
public enum RuleText {
    /// The rule without the parts named (`COUNT`, `UNTIL` …), compared without case.
    public static func removing(_ names: Set<String>, from rule: String) -> String {
        rule.split(separator: ";").filter { part in
            let name = part.split(separator: "=", maxSplits: 1).first.map { $0.uppercased() } ?? ""
            return !names.contains(name)
        }.joined(separator: ";")
    }

    /// The value of one part, e.g. `COUNT` → `"10"`.
    public static func value(of name: String, in rule: String) -> String? {
        for part in rule.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].uppercased() == name { return String(pair[1]) }
        }
        return nil
    }

    /// The rule ending at `until`: in UTC (`…Z`), or as a date for an all-day series.
    public static func ending(_ rule: String, at until: Date, allDay: Bool) -> String {
        let s = Int(until.timeIntervalSince1970.rounded(.down))
        let day = LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
        let t = s - day.dayNumber * 86_400
        let text = allDay
            ? day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2)
            : day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2) + "T"
                + (t / 3600).zeroPadded(2) + (t / 60 % 60).zeroPadded(2) + (t % 60).zeroPadded(2) + "Z"
        return removing(["COUNT", "UNTIL"], from: rule) + ";UNTIL=" + text
    }

    /// The rule limited to `count` occurrences.
    public static func counting(_ rule: String, _ count: Int) -> String {
        removing(["COUNT", "UNTIL"], from: rule) + ";COUNT=\(count)"
    }
}
