/// Reads one field's value as people type it in the edit form or in `punch set field=value`.
///
/// Text is trimmed first. Each parser throws a `PunchDraftError` that names the field; the
/// caller words it where it shows (at the form's field, after `priority=` on the command line).
/// CSV import reads other tools' words (`high`, `Completed`) and keeps its own tables.
public enum PunchFieldParser {
    /// `1`, `2`, `3`, `P1`, `p2` …
    public static func priority(_ text: String) throws(PunchDraftError) -> Priority {
        let digits = text.trimmed.uppercased()
        let number = digits.hasPrefix("P") ? String(digits.dropFirst()) : digits
        guard number.count == 1, let n = Int(number), let priority = Priority(rawValue: n) else {
            throw .badPriority(text)
        }
        return priority
    }

    /// `open`, `in-progress` (`inprog`, `progress`), `ready`, `closed`, `void`, in any case.
    public static func status(_ text: String) throws(PunchDraftError) -> PunchStatus {
        guard let status = PunchStatus(term: text.trimmed) else { throw .badStatus(text) }
        return status
    }

    /// A category's name (`video`, `physical-install`) or short name (`docs`, `net`), in any case.
    public static func category(_ text: String) throws(PunchDraftError) -> PunchCategory {
        guard let category = PunchCategory(term: text.trimmed) else { throw .badCategory(text) }
        return category
    }

    /// Any `DateExpression` against `today`; empty or `none` clears the date (nil).
    public static func due(_ text: String, today: LocalDate) throws(PunchDraftError) -> LocalDate? {
        let typed = text.trimmed
        if typed.isEmpty || typed.lowercased() == "none" { return nil }
        do { return try DateExpression.parse(typed, today: today) } catch { throw .badDue(text, error) }
    }

    /// `yes`, `y`, `true` or `no`, `n`, `false`, in any case; empty is no.
    public static func yesNo(_ text: String, field: PunchField = .blocking) throws(PunchDraftError) -> Bool {
        switch text.trimmed.lowercased() {
        case "yes", "y", "true": return true
        case "no", "n", "false", "": return false
        default: throw .badYesNo(field, text)
        }
    }

    /// Free text trimmed and within the field's `PunchLimits`; empty is refused for the title.
    public static func text(_ text: String, _ field: PunchField) throws(PunchDraftError) -> String {
        let value = text.trimmed
        if field == .title, value.isEmpty { throw .empty(.title) }
        try PunchLimits.check(value, field)
        return value
    }
}
