/// The one-line way to add a punch item while walking the site, taskwarrior style:
/// `HDMI handshake fails @Board Room !1 due:fri +video assignee:dana`.
///
/// | typed | sets |
/// | --- | --- |
/// | `@Board Room` | location: the words up to the next term or the end of the line |
/// | `@"Board Room"` | location, quoted; words after the closing quote are title again |
/// | `!1`, `!2`, `!3` | priority (P2 when absent) |
/// | `due:fri` | due date, any `DateExpression` |
/// | `+video`, `+physical-install`, `+physical`, `+docs`, `+net`, `+elec` | category (other when absent) |
/// | `assignee:dana`, `=dana`, `assignee:"Dana K"` | assignee |
/// | `status:ready` (`open`, `in-progress`/`inprog`/`progress`, `ready`, `closed`, `void`) | status (open when absent) |
/// | `blocking`, `+blocking` | blocks acceptance |
/// | `\+video`, `\blocking` | the word itself, in the title |
///
/// Every other word is the title, in order, single-spaced. Only a word-initial sigil starts a
/// term, so `email@host` and `65"` stay in the title; a lone `@`, `+`, `=` or a run of `!` is
/// title text too. Known keys are `due:`, `assignee:` and `status:`; any other `word:word`
/// (`16:9`, `re:`) is title text. Setting one field twice to different values is refused
/// rather than letting the last one silently win.
public enum QuickAdd {
    public static func parse(_ line: String, today: LocalDate) throws(QuickAddError) -> PunchDraft {
        let words: [TermScanner.Word]
        do {
            words = try scanner.scan(line)
        } catch {
            switch error {
            case .unclosedQuote(let text): throw .unclosedQuote(text)
            case .textAfterQuote(let word): throw .textAfterQuote(word)
            }
        }
        var title: [String] = []
        var location = Field<String>(name: "location")
        var locationRun: (raw: String, words: [String])?
        var priority = Field<Priority>(name: "priority")
        var due = Field<LocalDate>(name: "due date")
        var category = Field<PunchCategory>(name: "category")
        var assignee = Field<String>(name: "assignee")
        var status = Field<PunchStatus>(name: "status")
        var blocking = false

        func endLocationRun() throws(QuickAddError) {
            guard let run = locationRun else { return }
            locationRun = nil
            let raw = ([run.raw] + run.words.dropFirst()).joined(separator: " ")  // "@Board Room"
            try location.set(run.words.joined(separator: " "), raw: raw)
        }

        for word in words {
            let term = try self.term(word)
            if case .text(let text) = term {
                if locationRun != nil { locationRun!.words.append(text) } else { title.append(text) }
                continue
            }
            try endLocationRun()
            switch term {
            case .text: break
            case .locationStart(let first): locationRun = (word.raw, [first])
            case .location(let value): try location.set(value, raw: word.raw)
            case .priority(let value): try priority.set(value, raw: word.raw)
            case .due(let expression):
                let date: LocalDate
                do { date = try DateExpression.parse(expression, today: today) } catch { throw .badDue(error) }
                try due.set(date, raw: word.raw)
            case .category(let value): try category.set(value, raw: word.raw)
            case .assignee(let value): try assignee.set(value, raw: word.raw)
            case .status(let value): try status.set(value, raw: word.raw)
            case .blocking: blocking = true
            }
        }
        try endLocationRun()
        guard !title.isEmpty else { throw .emptyTitle }
        return PunchDraft(title: title.joined(separator: " "), location: location.value,
                          category: category.value ?? .other, priority: priority.value ?? .p2,
                          status: status.value ?? .open, assignee: assignee.value ?? "", dueOn: due.value,
                          blocksAcceptance: blocking)
    }

    /// A line that `parse` reads back as the same draft, for editing an item as one line.
    ///
    /// The due date is written as ISO so the line means the same on any day. Fields at their
    /// defaults are left out. Only what quick-add can say comes back: detail, ball in court,
    /// source and number are the caller's to keep, and a title's runs of spaces become one.
    public static func format(_ draft: PunchDraft) -> String {
        var parts = draft.title.split(whereSeparator: \.isWhitespace).map { word in
            isPlainText(String(word)) ? String(word) : "\\" + word
        }
        if let location = draft.location, !location.isEmpty {
            parts.append("@" + (canWriteBare(location) ? location : TermScanner.quote(location)))
        }
        if draft.priority != .p2 { parts.append(draft.priority.term) }
        if let due = draft.dueOn { parts.append("due:" + due.iso) }
        if draft.category != .other { parts.append("+" + draft.category.rawValue) }
        if !draft.assignee.isEmpty {
            let bare = !draft.assignee.contains(where: \.isWhitespace) && draft.assignee.first != "\""
            parts.append("assignee:" + (bare ? draft.assignee : TermScanner.quote(draft.assignee)))
        }
        if draft.status != .open { parts.append("status:" + draft.status.rawValue) }
        if draft.blocksAcceptance { parts.append("blocking") }
        return parts.joined(separator: " ")
    }

    // MARK: - Terms

    static let scanner = TermScanner(quotablePrefixes: ["@", "=", "assignee:"])

    /// What one scanned word means on a quick-add line.
    enum Term: Equatable {
        case text(String)
        /// An unquoted `@word`: this and the following title words up to the next term.
        case locationStart(String)
        /// `@"…"`: exactly this.
        case location(String)
        case priority(Priority)
        case due(String)
        case category(PunchCategory)
        case assignee(String)
        case status(PunchStatus)
        case blocking
    }

    static func term(_ word: TermScanner.Word) throws(QuickAddError) -> Term {
        switch word.kind {
        case .literal(let text):
            return .text(text)
        case .quoted(let prefix, let value):
            guard !value.allSatisfy(\.isWhitespace) else { throw .missingValue(word.raw) }
            return prefix == "@" ? .location(value) : .assignee(value)
        case .plain(let raw):
            return try term(plain: raw)
        }
    }

    private static func term(plain raw: String) throws(QuickAddError) -> Term {
        let lower = raw.lowercased()
        if lower == "blocking" || lower == "+blocking" { return .blocking }
        let rest = String(raw.dropFirst())
        switch raw.first {
        case "@" where !rest.isEmpty: return .locationStart(rest)
        case "=" where !rest.isEmpty: return .assignee(rest)
        case "+" where !rest.isEmpty:
            guard let category = PunchCategory(term: rest) else { throw .unknownCategory(raw) }
            return .category(category)
        case "!" where !raw.allSatisfy({ $0 == "!" }):
            guard let priority = Priority(term: raw) else { throw .badPriority(raw) }
            return .priority(priority)
        default: break
        }
        for key in ["due:", "assignee:", "status:"] where raw.prefix(key.count).lowercased() == key {
            let value = String(raw.dropFirst(key.count))
            guard !value.isEmpty else { throw .missingValue(raw) }
            switch key {
            case "due:": return .due(value)
            case "assignee:": return .assignee(value)
            default:
                guard let status = PunchStatus(term: value) else { throw .unknownStatus(raw) }
                return .status(status)
            }
        }
        return .text(raw)
    }

    /// Whether `word`, typed bare, would be read back as this same title text.
    private static func isPlainText(_ word: String) -> Bool {
        guard let words = try? scanner.scan(word), words.count == 1, case .plain = words[0].kind else { return false }
        return (try? term(words[0])) == .text(word)
    }

    /// Whether `@location` without quotes reads back as exactly this location.
    private static func canWriteBare(_ location: String) -> Bool {
        let words = location.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        return location.first != "\"" && !location.contains(where: { $0.isWhitespace && $0 != " " })
            && words.allSatisfy { !$0.isEmpty && isPlainText($0) }
    }
}

/// One field of a quick-add line, remembering which word set it, so a second, different
/// value can be refused with both words named.
private struct Field<Value: Equatable> {
    let name: String
    var value: Value?
    var setBy = ""

    init(name: String) { self.name = name }

    mutating func set(_ newValue: Value, raw: String) throws(QuickAddError) {
        if let value, value != newValue {
            throw .conflict(field: name, first: setBy, second: raw)
        }
        value = newValue
        setBy = raw
    }
}
