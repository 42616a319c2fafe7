import GRDB
import RapportModel

/// The SQL behind a `PunchQuery`: its conditions and arguments, and the order that keeps each
/// group's items together.
///
/// Every term must hold. Free words must each appear in the title or the location path; the
/// values of one fielded term are alternatives (`@lobby @board` means either room, as a set of
/// statuses means any of them). Substrings ignore case: SQLite's `LIKE` for plain ASCII words
/// (it folds ASCII only), the Unicode-aware `rapport_fold()` for others, which costs a Swift
/// call per row. Paths are matched in the project's few locations, not joined per item, so
/// counting needs no join.
struct PunchSQL {
    private(set) var conditions: [String] = ["i.project_id = ?"]
    private(set) var arguments: [(any DatabaseValueConvertible)?]
    /// True when the conditions or the order read the location's path.
    let needsLocation: Bool
    let order: String
    /// The group's key as an SQL expression, or nil when the list is not grouped.
    let groupKey: String?
    let groupOrder: [String]

    static let openStatuses = PunchStatus.openRawValues.map { "'\($0)'" }.joined(separator: ", ")

    /// The full-text MATCH expression of the filter's longer words, when the search index is
    /// used for them (a large project); those words are then not in `conditions`.
    private(set) var searchMatch: String?
    let projectId: Int64

    /// `useSearchIndex`: answer the words from the trigram index, worth it for a large project;
    /// a small one is faster read row by row than through an index of every project's items.
    init(_ query: PunchQuery, today: LocalDate, useSearchIndex: Bool = false) {
        projectId = query.projectId
        arguments = [query.projectId]
        let filter = query.filter
        switch query.grouping {
        case .none:
            groupKey = nil
            groupOrder = []
        case .location:
            groupKey = "l.path"
            groupOrder = ["l.path IS NULL", "l.path COLLATE NOCASE", "l.path"]
        case .category:
            groupKey = "i.category"
            let ranks = PunchCategory.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }
            groupOrder = ["CASE i.category \(ranks.joined(separator: " ")) ELSE \(ranks.count) END", "i.category"]
        }
        let sort: [String]
        switch query.sort {
        // These orders are indexed (v3-punch-order-and-search): keep the
        // expressions identical to the indexes'.
        case .status: sort = ["i.status IN ('closed', 'void')", "i.number"]
        case .priority: sort = ["i.priority", "i.number"]
        case .due: sort = ["i.due_on IS NULL", "i.due_on", "i.number"]
        case .location: sort = ["l.path IS NULL", "l.path COLLATE NOCASE", "l.path", "i.number"]
        case .number: sort = ["i.number"]
        }
        order = (groupOrder + sort).joined(separator: ", ")
        needsLocation = query.grouping == .location || query.sort == .location

        var phrases: [String] = []
        for word in Self.terms(filter.words) {
            if useSearchIndex, word.count >= 3 {
                // A trigram phrase matches the word anywhere in title or path, any case.
                phrases.append("\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            } else {
                // Shorter than a trigram, or beyond ASCII: read the rows (paths among the project's few).
                let (title, titleNeedle) = Self.contains("i.title", word)
                let (path, pathNeedle) = Self.contains("path", word)
                add("\(title) OR i.location_id IN (SELECT id FROM location WHERE project_id = ? AND \(path))",
                    titleNeedle, query.projectId, pathNeedle)
            }
        }
        searchMatch = phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
        let places = Self.terms(filter.locations).map { Self.contains("path", $0) }
        if !places.isEmpty {
            add("i.location_id IN (SELECT id FROM location WHERE project_id = ? AND (\(places.map(\.sql).joined(separator: " OR "))))")
            arguments += [query.projectId] + places.map(\.needle)
        }
        anyOf(Self.terms(filter.assignees).map { Self.contains("i.assignee", $0) })
        anyValue("i.status", PunchStatus.allCases.filter(filter.statuses.contains).map(\.rawValue))
        anyValue("i.priority", Priority.allCases.filter(filter.priorities.contains).map(\.rawValue))
        anyValue("i.category", PunchCategory.allCases.filter(filter.categories.contains).map(\.rawValue))
        if filter.overdue { add("i.status IN (\(Self.openStatuses)) AND i.due_on < ?", today.iso) }
        if filter.blocking { add("i.status IN (\(Self.openStatuses)) AND i.blocks_acceptance") }
    }

    /// The conditions for reading a page in the sort's index order; with the search index,
    /// its matches are looked up as a set (the last argument).
    var whereClause: String {
        (conditions + (searchMatch == nil ? [] : [
            "i.number IN (SELECT rowid & 4294967295 FROM punch_search WHERE punch_search MATCH ? AND rowid BETWEEN ? AND ?)",
        ]))
            .map { "(\($0))" }.joined(separator: " AND ")
    }

    /// The arguments of `whereClause` and of `countFrom`/`countWhere`, in order.
    var allArguments: [(any DatabaseValueConvertible)?] {
        arguments + (searchMatch.map { [$0, projectId << 32, (projectId << 32) + 0xFFFF_FFFF] } ?? [])
    }

    /// True when the search index counts the matches by itself (only words of three letters
    /// or more): no item is read.
    var countsInTheIndex: Bool { searchMatch != nil && conditions.count == 1 }

    var from: String {
        needsLocation ? "punch_item i LEFT JOIN location l ON l.id = i.location_id" : "punch_item i"
    }

    /// FROM, WHERE and arguments for counting (and grouping, which reads the items: `readsItems`).
    ///
    /// With the search index and no other condition, the index counts the project's rowid
    /// range by itself; otherwise its matches are joined to their items (a few thousand
    /// look-ups, not every item of the project).
    func counting(readsItems: Bool = false) -> (from: String, where: String, arguments: [(any DatabaseValueConvertible)?]) {
        guard searchMatch != nil else { return (from, whereClause, allArguments) }
        let range = "punch_search MATCH ? AND punch_search.rowid BETWEEN ? AND ?"
        if !readsItems, conditions.count == 1 {
            // Only the project condition: the rowid range stands in for it.
            return ("punch_search", range, Array(allArguments.dropFirst()))
        }
        let join = "punch_search CROSS JOIN punch_item i ON i.project_id = punch_search.rowid >> 32"
            + " AND i.number = punch_search.rowid & 4294967295"
            + (needsLocation ? " LEFT JOIN location l ON l.id = i.location_id" : "")
        return (join, (conditions + [range]).map { "(\($0))" }.joined(separator: " AND "), allArguments)
    }

    // MARK: - Building

    private mutating func add(_ condition: String, _ values: (any DatabaseValueConvertible)?...) {
        conditions.append(condition)
        arguments += values
    }

    private mutating func anyOf(_ terms: [(sql: String, needle: String)]) {
        guard !terms.isEmpty else { return }
        conditions.append(terms.map(\.sql).joined(separator: " OR "))
        arguments += terms.map(\.needle)
    }

    private mutating func anyValue(_ column: String, _ values: [some DatabaseValueConvertible]) {
        guard !values.isEmpty else { return }
        conditions.append("\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
        arguments += values.map { $0 }
    }

    private static func terms(_ words: [String]) -> [String] {
        words.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `column` holds `word` whatever its case: SQL with one `?` and the value to bind.
    private static func contains(_ column: String, _ word: String) -> (sql: String, needle: String) {
        guard word.unicodeScalars.allSatisfy(\.isASCII) else {
            return ("instr(\(AppDatabase.foldFunction.name)(\(column)), ?) > 0", word.lowercased())
        }
        var pattern = "%"
        for character in word {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return ("\(column) LIKE ? ESCAPE '\\'", pattern + "%")
    }
}
