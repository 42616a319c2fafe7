import Foundation
import Testing

/// The real `rapport` binary in a real terminal (tmux), driven by keys as a user drives it.
@Suite struct EndToEndTests {
    static let titles = ["Projects", "Punch list", "Calendar", "Temperature"]

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func helpOpensAndClosesAndQuittingGivesTheTerminalBack() async throws {
        // Given a seeded database and the dashboard at 120x40
        let scratch = try Scratch()
        let session = try TmuxSession(command: try Self.dashboard(database: scratch.seededDatabase()))
        defer { session.kill() }
        try await session.waitUntil("the four panes") { screen in Self.titles.allSatisfy { screen.contains($0) } }
        let dashboard = try await session.waitForStableScreen()

        // When `?` is pressed, Then the help overlay covers the dashboard
        try session.send(keys: "?")
        try await session.waitUntil("the help overlay") { $0.contains("Help") && $0 != dashboard }

        // When Esc is pressed, Then the dashboard is back as it was (the status line may differ)
        try session.send(keys: "Escape")
        try await session.waitUntil("the dashboard again after Esc") { Self.body($0) == Self.body(dashboard) }

        // When `q` is pressed, Then rapport exits with 0 and the terminal is as the shell left it
        try session.send(keys: "q")
        try await Self.expectCleanExit(session, statuses: ["0"])
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func aTooSmallTerminalAsksToEnlargeAndTheDashboardComesBack() async throws {
        // Given the dashboard at 120x40
        let scratch = try Scratch()
        let session = try TmuxSession(command: try Self.dashboard(database: scratch.seededDatabase()))
        defer { session.kill() }
        try await session.waitFor(text: "Projects")

        // When the window shrinks to 40x10, Then rapport asks for a larger one
        try session.resize(columns: 40, rows: 10)
        try await session.waitUntil("a request to enlarge") { $0.lowercased().contains("enlarge") }

        // When it grows back to 120x40, Then the panes are drawn again
        try session.resize(columns: 120, rows: 40)
        try await session.waitUntil("the four panes after growing back") { screen in
            Self.titles.allSatisfy { screen.contains($0) } && !screen.lowercased().contains("enlarge")
        }
        try session.send(keys: "q")
        try await Self.expectCleanExit(session, statuses: ["0"])
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func tabMovesTheFocusAndShiftTabMovesItBack() async throws {
        // Given the dashboard, with the first pane focused
        let scratch = try Scratch()
        let session = try TmuxSession(command: try Self.dashboard(database: scratch.seededDatabase()))
        defer { session.kill() }
        try await session.waitFor(text: "Projects")
        let before = try await session.waitForStableScreen(styled: true)

        // When Tab is pressed, Then the screen shows another pane focused (text or colours change)
        try session.send(keys: "Tab")
        try await session.waitUntil("the focus to move", styled: true) { Self.body($0) != Self.body(before) }

        // When Shift-Tab is pressed, Then the first pane is focused again
        try session.send(keys: "BTab")
        try await session.waitUntil("the focus to come back", styled: true) { Self.body($0) == Self.body(before) }
        try session.send(keys: "q")
        try await Self.expectCleanExit(session, statuses: ["0"])
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func ctrlCQuitsAndGivesTheTerminalBack() async throws {
        // Given the dashboard
        let scratch = try Scratch()
        let session = try TmuxSession(command: try Self.dashboard(database: scratch.seededDatabase()))
        defer { session.kill() }
        try await session.waitFor(text: "Projects")

        // When Ctrl-C is pressed, Then rapport ends (quitting, or as if interrupted) and the terminal is usable
        try session.send(keys: "C-c")
        try await Self.expectCleanExit(session, statuses: ["0", "130"])
    }

    @Test func withoutATerminalRapportSaysSoAndFails() throws {
        // Given stdin and stdout that are not a TTY
        let scratch = try Scratch()
        let database = scratch.url.appending(path: "nothing.sqlite").path

        // When rapport is asked for the dashboard
        let result = try Subprocess.run(try RapportBinary.require(), ["--db", database], timeout: .seconds(30))

        // Then it exits (no crash) non-zero, saying it needs a terminal
        #expect(result.exited, "rapport was killed by signal \(result.status)")
        #expect(result.status != 0)
        #expect(result.output.contains("terminal"), "output was: \(result.output)")
    }

    // MARK: - Helpers

    /// A shell script running the dashboard on `database`, then reporting how it ended and the
    /// terminal modes it left behind, then staying, so the pane can still be read and queried.
    static func dashboard(database: String) throws -> String {
        let binary = Subprocess.shellQuoted(try RapportBinary.require())
        return """
            \(binary) --db \(Subprocess.shellQuoted(database))
            echo "EXITED:$?"
            echo "TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig|icrnl|opost)' | tr '\\n' ' ')"
            exec sleep 600
            """
    }

    /// Expects rapport to have exited with one of `statuses`, its screen gone, and the terminal
    /// back in the shell's modes: line editing and echo on, cursor shown, main screen.
    static func expectCleanExit(_ session: TmuxSession, statuses: Set<String>) async throws {
        let screen = try await session.waitFor(text: "TTY:")
        let status = screen.split(separator: "\n").first { $0.hasPrefix("EXITED:") }?.dropFirst("EXITED:".count)
        #expect(status.map { statuses.contains(String($0)) } == true, "exit status \(status ?? "none")\n\(TmuxSession.framed(screen))")
        #expect(!screen.contains("Projects"), "rapport's screen is still showing")
        let modes = screen.split(separator: "\n").first { $0.hasPrefix("TTY:") }?.split(separator: " ").dropFirst() ?? []
        #expect(Set(modes) == ["icanon", "echo", "isig", "icrnl", "opost"], "terminal modes left: \(modes.joined(separator: " "))")
        #expect(try session.pane("#{alternate_on}") == "0", "still on the alternate screen")
        #expect(try session.pane("#{cursor_flag}") == "1", "the cursor is still hidden")
        #expect(try session.pane("#{keypad_cursor_flag}") == "0", "the keypad is still in application mode")
    }

    /// The screen without its last line (the status line).
    static func body(_ screen: String) -> [Substring] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)
    }
}
