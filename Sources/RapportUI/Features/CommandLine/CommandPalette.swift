import RapportModel

/// What the `:` line offers while it is typed: recent lines when it is empty, commands matched
/// fuzzily on their names, aliases and help ("acc" finds record-acceptance) before a space,
/// and the argument's values after one. Each command shows its key from the live keymap.
enum CommandPalette {
    struct Row: Equatable {
        enum Kind: Equatable { case history, command, value }
        var kind: Kind
        /// What the line becomes when the row is taken.
        var text: String
        /// The command's name, the history line or the value, as shown.
        var label: String
        /// Indexes of `label`'s matched letters.
        var matched: [Int]
        var keys: String
        var help: String
        /// The command works where the user is.
        var here: Bool
    }

    /// Rows shown at most.
    static let limit = 10

    static func rows(_ text: String, _ state: AppState, table: CommandTable = .standard) -> [Row] {
        if text.isEmpty {
            var seen = Set<String>()
            return state.commandHistory.reversed().filter { seen.insert($0).inserted }.prefix(limit).map {
                Row(kind: .history, text: $0, label: $0, matched: [], keys: "", help: "recent", here: true)
            }
        }
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard let command = table.command(named: parts[0]), let values = command.argument?.values(in: state) else { return [] }
            let word = parts[1].trimmingCharacters(in: .whitespaces)
            return values.filter { $0.hasPrefix(word.lowercased()) }.prefix(limit).map {
                Row(kind: .value, text: parts[0] + " " + $0, label: $0, matched: Array(0..<word.count), keys: "",
                    help: "", here: true)
            }
        }
        let scopes = state.viewScopes
        var scored: [(row: Row, score: Int)] = []
        for command in table.commands where !isModal(command) {
            // The best of the name and each alias, else the help; names count most.
            var best: (label: String, match: FuzzyMatch)?
            for name in [command.name] + command.aliases {
                if let m = FuzzyMatch(parts[0], in: name), m.score > (best?.match.score ?? Int.min) { best = (name, m) }
            }
            var score = best?.match.score
            // In the help only whole runs count: letters picked across a sentence match anything.
            if score == nil, command.help.lowercased().contains(parts[0].lowercased()) { score = -5 }
            guard let score else { continue }
            let here = scopes.contains(command.scope)
            let keys = state.keymap.keys(for: command, in: here ? scopes : [command.scope, .global])
            let label = best?.label ?? command.name
            scored.append((Row(kind: .command, text: label + (command.argument == nil ? "" : " "), label: label,
                               matched: best?.match.positions ?? [], keys: keys.map(\.description).joined(separator: " "),
                               help: command.help, here: here), score + (here ? 5 : 0)))
        }
        return scored.sorted { ($0.score, $1.row.label) > ($1.score, $0.row.label) }.prefix(limit).map(\.row)
    }

    private static func isModal(_ command: Command) -> Bool {
        if case .modal = command.scope { return true }
        return false
    }
}
