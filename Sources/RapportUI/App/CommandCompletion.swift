import RapportModel

/// Tab completion on the `:` line: command names first, then the argument's known values.
enum CommandCompletion {
    struct Result: Equatable {
        var text: String
        var candidates: [String]
    }

    static func complete(_ text: String) -> Result {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count < 2 {
            let names = Command.allCases.map(\.rawValue) + Command.aliases.keys
            return finish(prefix: "", word: parts.first ?? "", among: names.sorted(), addSpace: true)
        }
        let name = parts[0].lowercased()
        guard let command = Command(rawValue: name) ?? Command.aliases[name] else { return Result(text: text, candidates: []) }
        let word = parts[1].trimmingCharacters(in: .whitespaces)
        return finish(prefix: parts[0] + " ", word: word, among: values(for: command), addSpace: false)
    }

    /// The one known value that `word` starts, for arguments typed short (`:sort d`); nil when
    /// none or several do. An exact match always wins.
    static func resolve(_ word: String, for command: Command) -> String? {
        let all = values(for: command)
        let lower = word.lowercased()
        if all.contains(lower) { return lower }
        let matches = all.filter { $0.hasPrefix(lower) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The values an argument can take, where they are a known set.
    static func values(for command: Command) -> [String] {
        switch command {
        case .sort: return PunchSort.allCases.map(\.rawValue)
        case .group: return PunchGrouping.allCases.map(\.rawValue)
        case .export: return ExportFormat.allCases.map(\.rawValue)
        case .setStage: return ProjectStage.allCases.map(\.rawValue)
        case .setDue: return ["today", "tomorrow", "mon", "tue", "wed", "thu", "fri", "+1w", "none"]
        default: return []
        }
    }

    private static func finish(prefix: String, word: String, among all: [String], addSpace: Bool) -> Result {
        let matches = Array(Set(all.filter { $0.hasPrefix(word.lowercased()) })).sorted()
        guard let first = matches.first else { return Result(text: prefix + word, candidates: []) }
        if matches.count == 1 { return Result(text: prefix + first + (addSpace ? " " : ""), candidates: matches) }
        var common = first
        for m in matches.dropFirst() { while !m.hasPrefix(common) { common.removeLast() } }
        return Result(text: prefix + (common.count > word.count ? common : word), candidates: matches)
    }
}
