import Foundation
import Testing

/// The colour the real binary sends through tmux: 24-bit when the terminal says it takes it
/// (COLORTERM) and a direct-colour entry is installed, the 256 otherwise, none with NO_COLOR.
@Suite struct ColourDepthEndToEndTests {
    /// Debian's ncurses-term has tmux-direct; without it the 24-bit case cannot be shown.
    static let directInstalled = ["/usr/share/terminfo/t/tmux-direct", "/lib/terminfo/t/tmux-direct"]
        .contains { FileManager.default.fileExists(atPath: $0) }

    func firstStyledLine(_ environment: [String: String]) async throws -> String {
        let scratch = try Scratch()
        let binary = Subprocess.shellQuoted(try RapportBinary.require())
        let command = "\(binary) --db \(Subprocess.shellQuoted(try scratch.seededDatabase())) --theme dark; exec sleep 600"
        // Empty, not unset: the test runner's own NO_COLOR=1 would otherwise reach the session.
        let session = try TmuxSession(command: command, environment: ["NO_COLOR": ""].merging(environment) { $1 })
        defer { session.kill() }
        try await session.waitFor(text: "Projects")
        let screen = try await session.waitForStableScreen(styled: true)
        try session.send(keys: "q")
        return String(screen.split(separator: "\n").first ?? "")
    }

    @Test(.enabled(if: TmuxSession.isUsable && Self.directInstalled, "needs tmux and tmux-direct (ncurses-term)"))
    func trueColourTerminalsGetTheThemesOwnColours() async throws {
        let line = try await firstStyledLine(["COLORTERM": "truecolor"])
        // The dark theme's title bar, #f0f6fc on #30363d, exactly
        #expect(line.contains("\u{1b}[38;2;240;246;252m"), "\(line.debugDescription)")
        #expect(line.contains("\u{1b}[48;2;48;54;61m"), "\(line.debugDescription)")
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func withoutColortermTheNearestOfThe256() async throws {
        let line = try await firstStyledLine([:])
        #expect(line.contains("\u{1b}[38;5;255m"), "\(line.debugDescription)")
        #expect(!line.contains("38;2;"))
    }

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func noColorWinsOverColorterm() async throws {
        let line = try await firstStyledLine(["COLORTERM": "truecolor", "NO_COLOR": "1"])
        #expect(!line.contains("38;2;") && !line.contains("38;5;") && !line.contains("48;"), "\(line.debugDescription)")
    }
}
