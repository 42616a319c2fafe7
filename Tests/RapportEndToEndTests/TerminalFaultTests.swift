import Foundation
import Testing

/// The real binary in tmux when the terminal misbehaves: odd TERMs, signals, resize storms.
@Suite struct TerminalFaultTests {
    static func binary() throws -> String { try RapportBinary.require() }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason), arguments: [
        ("TERM=dumb", "cannot move the cursor"), ("unset TERM;", "TERM is not set"), ("TERM=no-such-terminal", "unknown to ncurses"),
    ])
    func aTerminalThatCannotCarryTheDashboardGetsAClearMessage(setting: String, message: String) async throws {
        // Given a seeded database and a shell whose TERM is dumb, unset or unknown
        let scratch = try Scratch()
        let database = Subprocess.shellQuoted(try scratch.seededDatabase())
        let session = try TmuxSession(command: """
            \(setting) export TERM; \(Subprocess.shellQuoted(try Self.binary())) --db \(database); echo "EXITED:$?"; exec sleep 600
            """)
        defer { session.kill() }
        // When rapport starts, Then it says why it cannot, exits 1, and drew nothing of the dashboard
        let screen = try await session.waitFor(text: "EXITED:")
        #expect(screen.contains(message), "\(TmuxSession.framed(screen))")
        #expect(screen.contains("EXITED:1"))
        #expect(!screen.contains("Projects") && !screen.contains("\u{1B}"))
        #expect(try session.pane("#{alternate_on}") == "0")
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason), arguments: [(SIGTERM, "143"), (SIGHUP, "129"), (SIGINT, "130")])
    func aSignalGivesTheTerminalBackAndLosesNoChange(signal: Int32, status: String) async throws {
        // Given the dashboard with the punch pane focused, and one priority changed with `p`
        let scratch = try Scratch()
        let database = try scratch.seededDatabase()
        let before = try Self.punchJSON(database)
        let session = try TmuxSession(command: try EndToEndTests.dashboard(database: database))
        defer { session.kill() }
        try await session.waitFor(text: "Projects")
        try session.send(keys: "2")
        try await session.waitForStableScreen()
        try session.send(keys: "p")
        try await session.waitUntil("the change to be made") { _ in (try? Self.punchJSON(database)) != before }
        // When the process gets the signal from outside
        let shell = Int32(try session.pane("#{pane_pid}"))!
        let pid = try #require(ChildProcesses.of(shell, named: "rapport").first)
        kill(pid, signal)
        // Then it ends as that signal ends a process, the terminal as the shell left it, the change kept
        try await EndToEndTests.expectCleanExit(session, statuses: [status])
        #expect(try Self.punchJSON(database) != before)
        let check = try Subprocess.run(try Self.binary(), ["check", "--db", database], timeout: .seconds(30))
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func twoHundredResizesAndTinyTerminalsDoNotCrash() async throws {
        // Given the dashboard at 120x40
        let scratch = try Scratch()
        let session = try TmuxSession(command: try EndToEndTests.dashboard(database: scratch.seededDatabase()))
        defer { session.kill() }
        try await session.waitFor(text: "Projects")
        // When the window is resized 200 times, down to a single cell, with keys in between
        let sizes = [(1, 1), (2, 1), (1, 3), (10, 2), (40, 10), (200, 60), (80, 24), (3, 3), (119, 39), (60, 5)]
        for i in 0..<200 {
            let (columns, rows) = sizes[i % sizes.count]
            try session.resize(columns: columns, rows: rows)
            if i % 20 == 0 { try session.send(keys: "j") }
        }
        // Then it is still running, and draws the dashboard when the window is back to 120x40
        try session.resize(columns: 120, rows: 40)
        try await session.waitUntil("the four panes after the storm") { screen in
            EndToEndTests.titles.allSatisfy { screen.contains($0) } && !screen.contains("EXITED:")
        }
        try session.send(keys: "q")
        try await EndToEndTests.expectCleanExit(session, statuses: ["0"])
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func aReadOnlyFileOpensAndSaysSo() async throws {
        // Given a database file of mode 0444
        let scratch = try Scratch()
        let database = try scratch.seededDatabase()
        chmod(database, 0o444)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: database))
        let session = try TmuxSession(command: try EndToEndTests.dashboard(database: database))
        defer { session.kill() }
        // When the dashboard opens, Then it shows the data and says read-only; a change is refused
        // The top bar says so for as long as it is; the status line's notice clears itself after a while.
        try await session.waitUntil("the dashboard saying read-only") { $0.contains("Projects") && $0.contains("READ-ONLY") }
        try session.send(keys: "2")
        try session.send(keys: "p")
        try await session.waitUntil("the change refused") { $0.contains("nothing was changed") }
        try session.send(keys: "q")
        try await EndToEndTests.expectCleanExit(session, statuses: ["0"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == bytes)
    }

    static func punchJSON(_ database: String) throws -> String {
        let code = try Subprocess.run(try binary(), ["punch", "list", "--db", database, "BER-0004", "--format", "json"],
                                      timeout: .seconds(30))
        return code.stdout
    }
}
