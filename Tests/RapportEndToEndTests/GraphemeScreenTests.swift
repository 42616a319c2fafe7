import Foundation
import Testing

/// Emoji sequences, flags and combining marks reach the real terminal whole, and the live screen
/// is the one `rapport render` prints.
@Suite struct GraphemeScreenTests {
    /// Clusters tmux (3.3) keeps whole in a cell: its screen must equal the render to the character.
    static let exact = ["👩‍💻 laptop dock", "👨‍👩‍👧 family room TV", "🇩🇪 flag cable", "Cafe\u{301} cre\u{300}me", "会议室投影机"]
    /// Clusters tmux 3.3 draws narrower or in two cells: the rest of their row must still be in place.
    static let aligned = ["🏳️‍🌈 pride display", "👍🏽 approved"]

    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func theLiveScreenIsTheRenderedOne() async throws {
        // Given a project whose punch list has titles with ZWJ sequences, flags and combining marks
        let scratch = try Scratch()
        let database = try scratch.seededDatabase()
        let binary = try RapportBinary.require()
        for title in Self.exact + Self.aligned {
            let add = try Subprocess.run(binary, ["punch", "add", "--db", database, "BER-0004", "\(title) !1"], timeout: .seconds(30))
            #expect(add.status == 0, "\(add.output)")
        }
        // When the dashboard shows it in tmux, and `rapport render` draws the same at the same size
        let session = try TmuxSession(command: try EndToEndTests.dashboard(database: database))
        defer { session.kill() }
        try await session.waitFor(text: "laptop dock")
        let live = try await session.waitForStableScreen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["LANG"] = "C.UTF-8"
        let render = try Subprocess.run(binary, ["render", "--db", database, "--size", "120x40", "--now", "2026-11-27T09:00"],
                                        environment: environment, timeout: .seconds(60))
        let rendered = render.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Then every line is the same, except that a cluster tmux cannot hold leaves the rest of its row in place
        for (y, line) in rendered.enumerated() where y < 39 {
            let shown = y < live.count ? live[y] : ""
            if let marker = Self.aligned.first(where: { line.contains($0) }).map({ String($0.split(separator: " ")[1]) }) {
                #expect(shown.components(separatedBy: marker).last == line.components(separatedBy: marker).last,
                        "row \(y) moved:\n\(shown)\n\(line)")
            } else {
                #expect(shown == line, "row \(y):\nlive:   \(shown)\nrender: \(line)")
            }
        }
        for title in Self.exact { #expect(live.contains { $0.contains(title) }, "\(title) is not on the live screen whole") }
        try session.send(keys: "q")
        try await EndToEndTests.expectCleanExit(session, statuses: ["0"])
    }
}
