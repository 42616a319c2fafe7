import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// `rapport seed` then `rapport render`, run in process as a user would type them.
@Suite(.serialized) @MainActor
struct RenderCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-render-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let seed = try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1", "--now", "2026-11-27T09:00"])
        try seed.run()
    }

    func render(_ arguments: [String]) throws -> [String] {
        try RapportCommand.Render.parse(["--db", db, "--now", "2026-11-27T09:00"] + arguments).screen()
    }

    @Test func allFourPanesAreFilledAt120x40() throws {
        let lines = try render(["--size", "120x40"])
        let text = lines.joined(separator: "\n")
        for title in ["1 Projects", "2 Punch list", "3 Calendar", "4 Temperature"] { #expect(text.contains(title)) }
        #expect(text.contains("of 40 ─"))  // projects: 40 of them
        #expect(text.contains("Score Band"))
        // Every pane has rows, not just a frame.
        func count(_ pattern: String) -> Int {
            lines.filter { $0.range(of: pattern, options: .regularExpression) != nil }.count
        }
        #expect(count(#"^│[A-Z]{3}-\d{4}  "#) == 14)  // projects, one page of them
        #expect(count(#"^│[ $●] +\d+ (open|in prog|ready|closed|void) "#) >= 10)  // punch items
        #expect(count(#"││[A-Z][a-z][a-z] \d\d \d\d:\d\d|││ +\d\d:\d\d"#) >= 10)  // agenda rows
        #expect(count(#"││.+ +!?\d+ [↑→↓] (cold|cool|warm|hot) "#) == 12)  // every customer's temperature
        #expect(lines.last!.contains("? help"))
    }

    /// The seeded firm at 80x24, exactly: the seed, `--now` and `TZ` fix every character.
    @Test func stillReadableAt80x24() throws {
        let lines = try render(["--size", "80x24", "--tz", "UTC"])
        let actual = lines.joined(separator: "\n") + "\n"
        try TextSnapshot.check(actual, named: "render-seed1-80x24")
    }

    @Test func keysAreReplayedThroughTheReducer() throws {
        // Given the dashboard, when the user tabs to the punch pane and opens the third item
        let lines = try render(["--size", "120x40", "--keys", "Tab j j Enter"])
        // Then the punch item's detail is open, with its history
        #expect(lines.contains { $0.range(of: #"─ [A-Z]{3}-\d{4} #\d+ · j scroll · Esc back"#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.contains("History:") })
    }

    @Test func theSameSeedGivesTheSameScreen() throws {
        let other = folder + "/again.sqlite"
        let seed = try RapportCommand.Seed.parse(["--db", other, "--size", "s", "--seed", "1", "--now", "2026-11-27T09:00"])
        try seed.run()
        let again = try RapportCommand.Render.parse(["--db", other, "--now", "2026-11-27T09:00"]).screen()
        // The clock line and the data come from the seed and --now only.
        #expect(Array(again.dropFirst()) == Array(try render([]).dropFirst()))
    }

    @Test func seedingAFileWithDataIsRefused() throws {
        let seed = try RapportCommand.Seed.parse(["--db", db, "--size", "s"])
        #expect(throws: CLIError.self) { try seed.run() }
    }

    @Test func badSizeIsRefusedWithTheFormat() {
        #expect(throws: (any Error).self) { try RapportCommand.Render.parse(["--db", db, "--size", "wide"]) }
        let message = RapportCommand.Render.message(for: ValidationErrorProbe.error(["--db", db, "--size", "wide"]))
        #expect(message.contains("expected COLUMNSxROWS"))
    }
}

/// Captures the parse error of a command line.
enum ValidationErrorProbe {
    static func error(_ arguments: [String]) -> Error {
        do {
            _ = try RapportCommand.Render.parse(arguments)
            return CLIError("no error")
        } catch { return error }
    }
}
