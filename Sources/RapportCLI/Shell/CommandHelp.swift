import ArgumentParser
import Foundation

/// The command tree as ArgumentParser describes it (`--experimental-dump-help`, ToolInfo v0):
/// the man page is drawn from the same definitions the parser and the completions use.
struct CommandHelp: Decodable {
    var commandName: String
    var superCommands: [String]?
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var defaultSubcommand: String?
    var subcommands: [CommandHelp]?
    var arguments: [ArgumentHelpInfo]?

    struct ArgumentHelpInfo: Decodable {
        enum Kind: String, Decodable { case positional, option, flag }
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var kind: Kind
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
        var discussion: String?

        /// `-o, --output` as typed: short names first, then long ones.
        var spelledNames: [String] {
            let names = names ?? []
            return names.filter { $0.kind == "short" }.map { "-" + $0.name }
                + names.filter { $0.kind == "longWithSingleDash" }.map { "-" + $0.name }
                + names.filter { $0.kind == "long" }.map { "--" + $0.name }
        }
    }

    private struct Tool: Decodable { var command: CommandHelp }

    /// `rapport`'s whole tree, read from the parser's own dump.
    static func rapport() throws -> CommandHelp {
        let json: String
        do {
            _ = try RapportCommand.parseAsRoot(["--experimental-dump-help"])
            throw CLIError("--experimental-dump-help printed nothing")
        } catch let error as CLIError {
            throw error
        } catch {
            json = RapportCommand.fullMessage(for: error)
        }
        return try JSONDecoder().decode(Tool.self, from: Data(json.utf8)).command
    }

    /// `rapport punch list`.
    var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }

    var visibleSubcommands: [CommandHelp] { (subcommands ?? []).filter { $0.shouldDisplay ?? true } }

    /// The arguments a reader is told about: not hidden, and not the `--help` every command has
    /// nor the root's `--version` the parser repeats on each subcommand.
    var visibleArguments: [ArgumentHelpInfo] {
        let inherited = (superCommands ?? []).isEmpty ? ["--help"] : ["--help", "--version"]
        return (arguments ?? []).filter { argument in
            argument.shouldDisplay && !argument.spelledNames.contains { inherited.contains($0) }
        }
    }
}
