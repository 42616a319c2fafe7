/// The key reference, generated from the command table: `docs/keys.md` and `rapport keys`
/// print it, and a test fails when the committed file is not what the table gives.
public enum KeysDocument {
    public static func markdown(table: CommandTable = .standard, keymap: Keymap = .standard) -> String {
        var out = """
            # Keys

            Generated from the command table by `rapport keys`; do not edit by hand (a test
            compares this file with the table). Every command can be rebound in `config.toml`:
            `[keys]` sets a command's keys where it works, `[keys.VIEW]` sets them in one view only,
            and `"none"` unbinds. Views: \(ViewRegistry.scopeNames.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")).

            ```toml
            [keys]
            quit = ["q", "C-c"]

            [keys.punch]          # only in the punch list
            move-down = ["n", "Down"]
            move-up = ["e", "Up"]
            ```

            Commands with an argument also run from the `:` line (`:sort due`, `:stage acceptance`);
            Tab completes names and values.

            """
        for group in CommandGroup.allCases {
            let commands = table.commands.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            out += "\n## \(group.rawValue)\n\n| keys | command | where | does |\n| --- | --- | --- | --- |\n"
            for command in commands {
                let keys = keymap.keys(for: command).map { "`\(escape($0.description))`" }.joined(separator: " ")
                var name = "`\(command.name)`"
                if let argument = command.argument { name += " `\(escape(argument.placeholder))`" }
                if !command.aliases.isEmpty { name += " (" + command.aliases.map { "`:\($0)`" }.joined(separator: ", ") + ")" }
                out += "| \(keys.isEmpty ? "–" : keys) | \(name) | \(command.scope.name) | \(escape(command.help)) |\n"
            }
        }
        return out
    }

    /// Pipes would end a table cell.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
