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
            abstract: "Print every command with its keys (Markdown), as docs/keys.md has them.")

        @Flag(name: .long, help: "The built-in keys, ignoring config.toml.")
        var defaults = false

        func run() throws {
            let keymap = defaults ? Keymap.standard : ((try? Config.load(path: Paths().configFile))?.keymap ?? .standard)
            print(KeysDocument.markdown(keymap: keymap), terminator: "")
        }
    }
}
