import ArgumentParser
import Foundation
import RapportModel

/// The files drawn from the command definitions and committed with the source: the man page
/// and the shell completions. A test fails when a committed one differs from what this gives.
enum ShellDocuments {
    struct File: Equatable {
        /// Relative to the top of the tree.
        var path: String
        var text: String
    }

    static func files() throws -> [File] {
        [
            File(path: "docs/rapport.1", text: ManPage.text(try CommandHelp.rapport())),
            File(path: "completions/rapport.bash", text: RapportCommand.completionScript(for: .bash)),
            File(path: "completions/_rapport", text: RapportCommand.completionScript(for: .zsh)),
            File(path: "completions/rapport.fish", text: RapportCommand.completionScript(for: .fish)),
        ]
    }
}

extension RapportCommand {
    /// `rapport generate-docs [DIR]`: writes the man page and completions under DIR (the top of
    /// the tree). Hidden: a tool for whoever changes a command, not for daily work.
    struct GenerateDocs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-docs",
            abstract: "Write docs/rapport.1 and completions/ (bash, zsh, fish) from the command definitions.",
            shouldDisplay: false)

        @Argument(help: "The top of the source tree.") var directory: String = "."

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                var written = ""
                for file in try ShellDocuments.files() {
                    let url = URL(fileURLWithPath: directory).appendingPathComponent(file.path)
                    let folder = url.deletingLastPathComponent()
                    do {
                        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    } catch {
                        throw CLIError("\(folder.path): cannot make the folder")
                    }
                    do {
                        try Data(file.text.utf8).write(to: url, options: .atomic)
                    } catch {
                        throw CLIError("\(url.path): cannot write the file")
                    }
                    written += "Wrote \(TerminalSafe.line(url.path))\n"
                }
                return written
            }
        }
    }
}
