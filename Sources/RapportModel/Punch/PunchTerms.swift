// The words that quick-add and the `/` filter line share for categories, statuses and
// priorities, in one place so the two lines never disagree about what `+net` or
// `status:inprog` means.

extension PunchCategory {
    /// Short names people type instead of the longer raw values.
    static let aliases: [String: PunchCategory] = [
        "physical": .physicalInstall, "docs": .documentation, "net": .network, "elec": .electrical,
    ]

    /// A raw value (`video`, `physical-install`) or an alias (`docs`), in any case; without the `+`.
    init?(term: some StringProtocol) {
        let word = term.lowercased()
        guard let category = PunchCategory(rawValue: word) ?? Self.aliases[word] else { return nil }
        self = category
    }

    /// Every category as typed after `+`, for error messages.
    static let termList = allCases.map(\.rawValue).joined(separator: ", ")
}

extension PunchStatus {
    /// `open`, `in-progress` (or `inprog`, `progress`), `ready`, `closed` or `void`, in any case.
    init?(term: some StringProtocol) {
        switch term.lowercased() {
        case "inprog", "progress": self = .inProgress
        case let word:
            guard let status = PunchStatus(rawValue: word) else { return nil }
            self = status
        }
    }

    /// The status words, for error messages.
    static let termList = "open, in-progress, ready, closed or void"
}

extension Priority {
    /// `!1`, `!2` or `!3`, exactly: `!01` and `!p1` are not priorities.
    init?(term: some StringProtocol) {
        switch term {
        case "!1": self = .p1
        case "!2": self = .p2
        case "!3": self = .p3
        default: return nil
        }
    }

    /// How the priority is typed: `!1`.
    var term: String { "!\(rawValue)" }
}

/// Messages both lines give for the same mistake, worded once.
enum TermMessage {
    static func badPriority(_ term: String) -> String {
        "'\(term)' is not a priority: use !1, !2 or !3"
    }

    static func unknownCategory(_ term: String) -> String {
        "unknown category '\(term)' (\(PunchCategory.termList))"
    }

    static func unknownStatus(_ term: String) -> String {
        "'\(term)' is not a status: use \(PunchStatus.termList)"
    }

    /// `status:`, `due:`, `assignee:`, `@""` … with nothing after them: say what goes there.
    static func missingValue(_ term: String) -> String {
        let lower = term.lowercased()
        if lower.hasPrefix("status") { return "'\(term)' needs a status: \(PunchStatus.termList)" }
        if lower.hasPrefix("due") { return "'\(term)' needs a date, e.g. due:fri" }
        if lower.hasPrefix("assignee") || lower.hasPrefix("=") { return "'\(term)' needs a name, e.g. assignee:dana" }
        if lower.hasPrefix("@") { return "'\(term)' needs a location, e.g. @lobby or @\"Board Room\"" }
        if lower.hasPrefix("!") { return "'\(term)' needs a priority: !1, !2 or !3" }
        if lower.hasPrefix("+") { return "'\(term)' needs a category: \(PunchCategory.termList)" }
        return "'\(term)' needs a value"
    }

    static func unclosedQuote(_ text: String) -> String {
        "'\(text)' has no closing quote"
    }

    static func textAfterQuote(_ word: String) -> String {
        "'\(word)': put a space after the closing quote"
    }
}
