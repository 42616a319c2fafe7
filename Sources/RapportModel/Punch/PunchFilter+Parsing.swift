// MARK: - Reading the `/` line

extension PunchFilter {
    /// Reads the `/` filter line, which is parsed again at every keystroke.
    ///
    /// | typed | narrows to |
    /// | --- | --- |
    /// | `hdmi`, `"board room"` | title or location contains it (any case); each word must |
    /// | `status:open` | open, in progress or ready (`status:open-only` for just open) |
    /// | `status:ready`, `status:closed`, `status:void` | that status |
    /// | `status:in-progress` (`inprog`, `progress`) | in progress |
    /// | `status:ready,closed`, `status:ready status:closed` | any of them |
    /// | `@room`, `@"board room"` | location contains it |
    /// | `assignee:dana`, `=dana` | assignee contains it |
    /// | `!1 !2` | any of those priorities |
    /// | `+video`, `+net` | any of those categories (aliases as in quick-add) |
    /// | `overdue`, `blocking` (or `+blocking`) | open and past due; open and blocks acceptance |
    /// | `\overdue` | the word itself |
    ///
    /// Unlike quick-add, `@room` is one word: `@board room` narrows to locations containing
    /// "board" and items mentioning "room", which finds the Board Room all the same.
    /// A half-typed term (`status:`, `!`, `@`) throws rather than matching everything, so the
    /// line can say what it wants; an unclosed quote is read to the end of the line, since the
    /// user is still typing it. Any other `word:` (`due:`, `foo:bar`) is refused rather than
    /// searched for, because it is far more likely a mistyped term than text in a title.
    public init(parsing text: String) throws(FilterError) {
        self.init()
        let scanned: [TermScanner.Word]
        do {
            scanned = try Self.scanner.scan(text)
        } catch {
            switch error {
            case .textAfterQuote(let word): throw .textAfterQuote(word)
            case .unclosedQuote: preconditionFailure("the filter's scanner closes quotes at the end of the line")
            }
        }
        for word in scanned {
            switch try Self.term(word) {
            case .word(let text): if !text.isEmpty { words.append(text) }
            case .location(let text): locations.append(text)
            case .assignee(let text): assignees.append(text)
            case .statuses(let set): statuses.formUnion(set)
            case .priority(let priority): priorities.insert(priority)
            case .category(let category): categories.insert(category)
            case .overdue: overdue = true
            case .blocking: blocking = true
            }
        }
    }

    static let scanner = TermScanner(quotablePrefixes: ["", "@", "=", "assignee:"], closesQuotesAtEnd: true)

    /// The statuses that `status:open` stands for: everything still standing before acceptance.
    static let openStatuses: Set<PunchStatus> = Set(PunchStatus.allCases.filter(\.isOpen))

    /// What one word of the filter line means.
    enum Term: Equatable {
        case word(String), location(String), assignee(String)
        case statuses(Set<PunchStatus>)
        case priority(Priority)
        case category(PunchCategory)
        case overdue, blocking
    }

    static func term(_ word: TermScanner.Word) throws(FilterError) -> Term {
        switch word.kind {
        case .literal(let text):
            return .word(text)
        case .quoted(let prefix, let value):
            if prefix.isEmpty { return .word(value) }
            guard !value.allSatisfy(\.isWhitespace) else { throw .missingValue(word.raw) }
            return prefix == "@" ? .location(value) : .assignee(value)
        case .plain(let raw):
            return try term(plain: raw)
        }
    }

    private static func term(plain raw: String) throws(FilterError) -> Term {
        switch raw.lowercased() {
        case "overdue": return .overdue
        case "blocking", "+blocking": return .blocking
        default: break
        }
        let rest = String(raw.dropFirst())
        if let sigil = raw.first, "@=+!".contains(sigil) {
            guard !rest.isEmpty else { throw .missingValue(raw) }
            switch sigil {
            case "@": return .location(rest)
            case "=": return .assignee(rest)
            case "+":
                guard let category = PunchCategory(term: rest) else { throw .unknownCategory(raw) }
                return .category(category)
            default:
                guard let priority = Priority(term: raw) else { throw .badPriority(raw) }
                return .priority(priority)
            }
        }
        guard let colon = raw.firstIndex(of: ":"), isFieldName(raw[..<colon]) else { return .word(raw) }
        let value = String(raw[raw.index(after: colon)...])
        switch raw[..<colon].lowercased() {
        case "status":
            guard !value.isEmpty else { throw .missingValue(raw) }
            return .statuses(try statuses(value, raw: raw))
        case "assignee":
            guard !value.isEmpty else { throw .missingValue(raw) }
            return .assignee(value)
        default:
            throw .unknownField(raw)
        }
    }

    /// `status`, `due`, `foo`: letters first, then letters, digits, `-` or `_`; not `16` in `16:9`.
    private static func isFieldName(_ name: Substring) -> Bool {
        guard let first = name.first, first.isLetter else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// `open`, `ready,closed`: the union of each listed status.
    private static func statuses(_ list: String, raw: String) throws(FilterError) -> Set<PunchStatus> {
        var set: Set<PunchStatus> = []
        for name in list.split(separator: ",", omittingEmptySubsequences: false) {
            switch name.lowercased() {
            case "": throw .missingValue(raw)
            case "open": set.formUnion(openStatuses)
            case "open-only": set.insert(.open)
            default:
                guard let status = PunchStatus(term: name) else { throw .unknownStatus("status:\(name)") }
                set.insert(status)
            }
        }
        return set
    }
}

// MARK: - Writing it back

extension PunchFilter: CustomStringConvertible {
    /// The filter as a `/` line that parses back to the same filter, for showing the active
    /// filter and for editing it again: words, then locations, assignees, statuses,
    /// priorities, categories, `overdue`, `blocking`. Empty words and values, which
    /// parsing never produces, are left out.
    public var description: String {
        var parts = words.filter { !$0.isEmpty }.map { word in
            (try? Self.term(plain: word)) == .word(word) && Self.isBare(word) ? word : TermScanner.quote(word)
        }
        parts += locations.filter { !$0.isEmpty }.map { "@" + Self.valueText($0) }
        parts += assignees.filter { !$0.isEmpty }.map { "assignee:" + Self.valueText($0) }
        var statuses = statuses
        if statuses.isSuperset(of: Self.openStatuses) {
            parts.append("status:open")
            statuses.subtract(Self.openStatuses)
        }
        for status in PunchStatus.allCases where statuses.contains(status) {
            parts.append("status:" + (status == .open ? "open-only" : status.rawValue))
        }
        parts += priorities.sorted().map(\.term)
        parts += PunchCategory.allCases.filter(categories.contains).map { "+" + $0.rawValue }
        if overdue { parts.append("overdue") }
        if blocking { parts.append("blocking") }
        return parts.joined(separator: " ")
    }

    /// One word with no quote or backslash to misread at its start.
    private static func isBare(_ text: String) -> Bool {
        !text.isEmpty && !text.contains(where: \.isWhitespace) && text.first != "\"" && text.first != "\\"
    }

    private static func valueText(_ text: String) -> String {
        isBare(text) ? text : TermScanner.quote(text)
    }
}
