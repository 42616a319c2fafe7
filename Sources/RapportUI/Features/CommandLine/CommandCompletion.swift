import RapportModel

/// Tab completion on the `:` line: command names first, then the argument's known values, all
/// read from the command table.
enum CommandCompletion {
    struct Result: Equatable {
        var text: String
        var candidates: [String]
    }

    static func complete(_ text: String, table: CommandTable = .standard, state: AppState? = nil) -> Result {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count < 2 {
            let names = table.commands.filter { !isModal($0) }.flatMap { [$0.name] + $0.aliases }
            return finish(prefix: "", word: parts.first ?? "", among: names.sorted(), addSpace: true)
        }
        guard let command = table.command(named: parts[0]) else { return Result(text: text, candidates: []) }
        let word = parts[1].trimmingCharacters(in: .whitespaces)
        return finish(prefix: parts[0] + " ", word: word, among: command.argument?.values(in: state) ?? [], addSpace: false)
    }

    /// Form keys are not typed on the `:` line.
    private static func isModal(_ command: Command) -> Bool {
        if case .modal = command.scope { return true }
        return false
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
