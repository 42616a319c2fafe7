import Foundation
import RapportUI
import Testing
@testable import RapportCLI

/// The man page, the completions and `--version`: drawn from the command definitions, committed,
/// and checked here against what the definitions give now.
struct ShellIntegrationTests {
    static let top = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func versionIsPrintedOnStandardOutput() {
        let outcome = RapportCommand.run(["--version"])
        #expect(outcome == RapportCommand.Outcome(status: 0, message: "0.4.0", toStandardError: false))
        #expect(RapportVersion.number == "0.4.0")
    }

    /// `rapport generate-docs` rewrites them; a stale committed file fails here.
    @Test func committedFilesAreFresh() throws {
        let files = try ShellDocuments.files()
        #expect(files.map(\.path) == ["docs/rapport.1", "completions/rapport.bash", "completions/_rapport", "completions/rapport.fish"])
        for file in files {
            let committed = try? String(contentsOf: Self.top.appendingPathComponent(file.path), encoding: .utf8)
            #expect(committed == file.text, "\(file.path) is stale: run `swift run rapport generate-docs` at the top of the tree")
        }
    }

    @Test func generateDocsWritesEveryFile() throws {
        let folder = NSTemporaryDirectory() + "rapport-docs-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let printed = try RapportCommand.GenerateDocs.parse([folder]).output()
        let expected = try ShellDocuments.files()
        #expect(printed == expected.map { "Wrote \(folder)/\($0.path)\n" }.joined())
        for file in expected {
            #expect(try String(contentsOfFile: folder + "/" + file.path, encoding: .utf8) == file.text)
        }
    }

    @Test func generateDocsRefusesAnUnwritableFolder() throws {
        let outcome = RapportCommand.run(["generate-docs", "/proc/rapport-no-such"])
        #expect(outcome.status == 1)
        #expect(outcome.message == "Error: /proc/rapport-no-such/docs: cannot make the folder")
    }

    /// Every command that lists records takes `--format json`.
    @Test func everyListingTakesJSON() throws {
        var listings: [String] = []
        func visit(_ command: CommandHelp) {
            if ["list", "due", "history", "agenda", "keys"].contains(command.commandName) { listings.append(command.fullName) }
            command.subcommands?.forEach(visit)
        }
        visit(try CommandHelp.rapport())
        #expect(listings == ["rapport punch list", "rapport keys", "rapport customer list", "rapport contact list",
                             "rapport project list", "rapport project history", "rapport milestone list", "rapport location list",
                             "rapport assumption list", "rapport assumptions due", "rapport agenda", "rapport meeting list",
                             "rapport note list", "rapport intel list", "rapport opportunity list"])
        for name in listings {
            let command = try #require(try Self.command(name))
            let format = command.arguments?.first { $0.spelledNames == ["--format"] }
            #expect(format?.allValues?.contains("json") == true, "\(name) has no --format json")
        }
    }

    @Test func keysAsJSON() throws {
        let text = try RapportCommand.Keys.parse(["--defaults", "--format", "json"]).output(keymap: .standard)
        let rows = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(rows?.count == CommandTable.standard.commands.count)
        let quit = try #require(RapportCommand.KeyRow.rows(keymap: .standard).first { $0.command == "quit" })
        #expect(quit == RapportCommand.KeyRow(command: "quit", group: "General", keys: ["q", "C-c"], scope: "global",
                                              argument: nil, aliases: ["q"], help: "Quit Rapport"))
        #expect(try RapportCommand.Keys.parse(["--defaults"]).output(keymap: .standard) == KeysDocument.markdown())
    }

    static func command(_ fullName: String) throws -> CommandHelp? {
        func find(_ command: CommandHelp) -> CommandHelp? {
            command.fullName == fullName ? command : command.subcommands?.lazy.compactMap(find).first
        }
        return find(try CommandHelp.rapport())
    }

    @Test func manPageCoversNestedCommandsAndTheVersion() throws {
        let page = ManPage.text(try CommandHelp.rapport())
        #expect(page.contains(".TH RAPPORT 1 \"2026\\-12\\-02\" \"rapport 0.4.0\" \"User Commands\"\n"))
        #expect(page.contains(".SS \"rapport punch list\"\n"))
        #expect(page.contains(".SS \"rapport import customers\"\n"))
        #expect(!page.contains("generate\\-docs"), "hidden commands stay out of the page")
        #expect(!page.unicodeScalars.contains { !$0.isASCII }, "non-ASCII is written as \\[uXXXX]")
    }

    @Test func roffEscapes() {
        #expect(ManPage.escaped("--db a\\b") == "\\-\\-db a\\eb")
        #expect(ManPage.escaped(".hidden") == "\\&.hidden")
        #expect(ManPage.escaped("`rapport init PATH` makes one ★") == "\\fBrapport init PATH\\fR makes one \\[u2605]")
    }

    /// groff reads the page without a warning (`-ww`: every warning on).
    @Test(.enabled(if: ShellTool.path("groff") != nil || ProcessInfo.processInfo.environment["CI"] == "true"))
    func manPageRendersWithoutWarnings() throws {
        let groff = try #require(ShellTool.path("groff"), "groff is missing; .ci/run installs groff-base")
        let page = ManPage.text(try CommandHelp.rapport())
        let result = try ShellTool.run(groff, ["-man", "-Tutf8", "-ww", "-z"], input: page)
        #expect(result.status == 0)
        #expect(result.standardError == "")
    }

    /// The bash script, sourced in bash, completes commands and nested subcommands.
    @Test(arguments: [(["rapport", "pu"], ["punch"]), (["rapport", "punch", "l"], ["list"]),
                      (["rapport", "import", "cu"], ["customers"]), (["rapport", "as"], ["assumption", "assumptions"]),
                      (["rapport", "punch", "list", "--fo"], ["--format"])])
    func bashCompletes(words: [String], expected: [String]) throws {
        let script = RapportCommand.completionScript(for: .bash)
        let line = words.joined(separator: " ")
        let words = words.map { "'\($0)'" }.joined(separator: " ")
        let driver = """
            source /dev/stdin
            COMP_WORDS=(\(words)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _rapport rapport "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try ShellTool.run("/bin/bash", ["--norc", "--noprofile", "-c", driver], input: script)
        #expect(result.standardError == "")
        #expect(result.standardOutput.split(separator: "\n").map(String.init).sorted() == expected)
    }
}

/// A program on PATH, run to its end with text on stdin.
enum ShellTool {
    static func path(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Written by one reader thread, read after `group.wait()`.
    private final class Box: @unchecked Sendable { var data = Data() }

    struct Result { var status: Int32; var standardOutput: String; var standardError: String }

    static func run(_ executable: String, _ arguments: [String], input: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while writing, so a full pipe never stalls the child.
        let out = Box(), err = Box()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { out.data = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: out.data, as: UTF8.self),
                      standardError: String(decoding: err.data, as: UTF8.self))
    }
}
