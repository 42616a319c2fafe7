import Foundation
import Testing

/// `y` through a real terminal: the OSC 52 sequence reaches tmux, which keeps it as a buffer.
@Suite struct ClipboardEndToEndTests {
    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func yCopiesTheSelectedProjectThroughOSC52() async throws {
        let scratch = try Scratch()
        let session = try TmuxSession(command: try EndToEndTests.dashboard(database: scratch.seededDatabase()))
        defer { session.kill() }
        try await session.waitFor(text: "Projects")
        _ = try await session.waitForStableScreen()
        try session.send(keys: "y")
        let screen = try await session.waitFor(text: "to the clipboard")
        // The status line names what was copied, and tmux's buffer holds its code and name.
        let line = try #require(screen.split(separator: "\n").first { $0.contains("to the clipboard") })
        let code = try #require(line.split(separator: " ").first { $0.contains("-") && $0.first!.isUppercase })
        let copied = try session.clipboard()
        #expect(copied.hasPrefix(String(code) + " "))
    }
}
