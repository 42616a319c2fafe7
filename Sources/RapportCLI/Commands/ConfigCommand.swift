import ArgumentParser
import Foundation
import RapportModel
import RapportUI

extension RapportCommand {
    /// `rapport config check`: reads the config file as the dashboard would and lists every problem.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config", abstract: "Check the config file.", subcommands: [Check.self])

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "check",
                abstract: "Read config.toml as the dashboard does; list each problem with its line; exit 1 if any.")

            @Option(name: .long, help: ArgumentHelp("The config file (default: $XDG_CONFIG_HOME/rapport/config.toml).",
                                                    valueName: "path"))
            var file: String?

            func run() throws {
                let path = file ?? Paths().configFile
                guard FileManager.default.fileExists(atPath: path) else {
                    print("\(path): no config file; the defaults apply")
                    return
                }
                let config: Config
                do {
                    config = try Config.load(path: path)
                } catch let error as AppError {
                    throw CLIError(error)
                }
                guard !config.keyProblems.isEmpty else {
                    print("\(path): ok")
                    return
                }
                let lines = config.keyProblems.map { "\(path):\($0.line): \($0.message)" }
                throw CLIError(lines.joined(separator: "\n"))
            }
        }
    }

    /// `rapport keys`: the key reference, as `docs/keys.md` holds it, with the user's bindings.
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keys",
            abstract: "Print every command with its keys (Markdown, as docs/keys.md has them, or JSON).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

        @Flag(name: .long, help: "The built-in keys, ignoring config.toml.")
        var defaults = false
        @Option(help: "markdown or json.") var format: Format = .markdown

        func run() throws {
            print(try output(keymap: defaults ? Keymap.standard : ((try? Config.load(path: Paths().configFile))?.keymap ?? .standard)),
                  terminator: "")
        }

        func output(keymap: Keymap) throws -> String {
            switch format {
            case .markdown: return KeysDocument.markdown(keymap: keymap)
            case .json: return try jsonText(KeyRow.rows(keymap: keymap))
            }
        }
    }

    /// One command of the dashboard's table as `rapport keys --format json` lists it.
    struct KeyRow: Encodable, Equatable {
        var command: String
        var group: String
        var keys: [String]
        var scope: String
        var argument: String?
        var aliases: [String]
        var help: String

        static func rows(table: CommandTable = .standard, keymap: Keymap) -> [KeyRow] {
            CommandGroup.allCases.flatMap { group in
                table.commands.filter { $0.group == group }.map { command in
                    KeyRow(command: command.name, group: group.rawValue, keys: keymap.keys(for: command).map(\.description),
                           scope: command.scope.name, argument: command.argument?.placeholder, aliases: command.aliases,
                           help: command.help)
                }
            }
        }
    }
}
