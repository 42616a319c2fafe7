import ArgumentParser
import Testing
@testable import RapportCLI

/// The command lines read without the argument parser must mean what the parser makes of them,
/// and every other command line must go to the parser.
struct FastStartTests {
    /// What the parser makes of a command line, in the fast path's terms (nil: anything else).
    static func parsedPlan(_ arguments: [String]) -> FastStart.Plan? {
        do {
            let command = try RapportCommand.parseAsRoot(arguments)
            if let open = command as? RapportCommand.Open,
               !open.database.readOnly, open.look.theme == nil, !open.look.screenReader,
               !open.look.noMouse {
                return .dashboard(db: open.database.db)
            }
            if let glance = command as? GlanceCommand { return .glance(glance.request) }
            if let demo = command as? RapportCommand.Demo, !demo.fresh, demo.look.theme == nil, !demo.look.screenReader, !demo.look.noMouse {
                return .demo(db: demo.db)
            }
            return nil
        } catch {
            let outcome = RapportCommand.outcome(of: error)
            let version = RapportCommand.Outcome(status: 0, message: RapportVersion.number, toStandardError: false)
            return outcome == version ? .version : nil
        }
    }

    @Test(arguments: [
        [], ["--db", "firm.sqlite"], ["demo"], ["demo", "--db", "demo.sqlite"], ["--version"],
        ["--db", "/tmp/a b.sqlite"], ["demo", "--db", "d"],
        ["glance", "Brookline"], ["glance", "brook", "--db", "f.sqlite"], ["glance", "--format", "json", "Acme Corp"],
        ["glance", "--color", "never", "--now", "2026-12-03T09:00", "--tz", "UTC", "x"], ["glance", "--read-only", "x"],
        ["glance", "x", "--color", "always", "--format", "text", "--read-only", "--db", "a b"],
    ])
    func theFastPathMeansWhatTheParserMeans(arguments: [String]) {
        let fast = FastStart.plan(for: arguments)
        #expect(fast != nil, "\(arguments) should start without the parser")
        #expect(fast == Self.parsedPlan(arguments), "\(arguments)")
    }

    /// Everything else goes to the parser, which reads it (or refuses it) as before.
    @Test(arguments: [
        ["--help"], ["-h"], ["open"], ["--db"], ["--db", ""], ["--db", "--read-only"], ["--db=firm.sqlite"],
        ["--read-only"], ["--db", "a", "--read-only"], ["--theme", "dark"], ["--screen-reader"], ["demo", "--fresh"],
        ["demo", "--db"], ["demo", "--help"], ["--version", "x"], ["--db", "a", "--version"], ["version"],
        ["--db", "a", "--db", "b"], ["glance"], ["punch", "list"], ["demos"], ["demo", "demo"], ["--VERSION"],
        ["glance", "--help"], ["glance", "-h", "x"], ["glance", "a", "b"], ["glance", "--format=json", "x"],
        ["glance", "--format", "xml", "x"], ["glance", "--db", "a", "--db", "b", "x"], ["glance", "x", "--color"],
        ["glance", "x", "--read-only", "--read-only"], ["glance", "--", "-x"], ["glance", "x", "--now", "--tz"],
        ["glance", "x", "--verbose"], ["Glance", "x"],
    ])
    func everythingElseGoesToTheParser(arguments: [String]) {
        #expect(FastStart.plan(for: arguments) == nil, "\(arguments)")
        #expect(FastStart.command(for: arguments) == nil, "\(arguments)")
    }

    @Test func versionIsAnsweredAsTheParserWould() throws {
        let fast = RapportCommand.run(["--version"])
        let error = try #require(throws: (any Error).self) { try RapportCommand.parseAsRoot(["--version"]) }
        let parsed = RapportCommand.outcome(of: error)
        #expect(fast == parsed)
        #expect(fast == RapportCommand.Outcome(status: 0, message: "0.4.0", toStandardError: false))
    }

    /// A command without `commandName` makes the parser derive it from the type's name with
    /// `String(describing:)` on every run, for every command in the tree: protocol-conformance
    /// lookups that were a third of `rapport --version`. The names are checked against the
    /// committed man page and completions (`ShellIntegrationTests`).
    @Test func everyCommandNamesItself() {
        var unnamed: [String] = []
        func visit(_ command: any ParsableCommand.Type, path: String) {
            let name = command.configuration.commandName
            if name == nil { unnamed.append("\(path) \(command)") }
            for sub in command.configuration.subcommands { visit(sub, path: path + " " + (name ?? "?")) }
        }
        visit(RapportCommand.self, path: "")
        #expect(unnamed == [])
    }
}
