import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// The calendar's views, a meeting's view and the sales drop-in brief on the seeded firm, as
/// `rapport render` draws them (seed, clock and zone fixed, so every character is).
@Suite(.serialized) @MainActor
struct CalendarScreenRenderTests {
    let folder = NSTemporaryDirectory() + "rapport-calendar-render-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1", "--now", "2026-11-27T09:00"]).run()
    }

    nonisolated static let screens: [(name: String, keys: String)] = [
        ("week", "3 v"),
        ("month", "3 v v"),
        ("meeting", "3 Enter"),
        ("drop-in-brief", "3 Enter b"),
        ("agenda", "3"),
        // The meeting form: new from the calendar, and editing a series' occurrence (its scope choice first).
        ("new-meeting-form", "3 n"),
        ("meeting-form", "3 Enter E"),
        ("meeting-scope-choice", "3 Enter E C-u"),  // the field emptied shows the three choices
        ("invite-form", "3 Enter A"),
    ]

    @Test(arguments: screens.map(\.name), ["120x40", "80x24"])
    func screenMatchesItsSnapshot(name: String, size: String) throws {
        let keys = Self.screens.first { $0.name == name }!.keys
        let actual = try RapportCommand.Render.parse(["--db", db, "--now", "2026-11-27T09:00", "--tz", "America/Chicago",
                                                      "--size", size, "--keys", keys]).screen().joined(separator: "\n") + "\n"
        try TextSnapshot.check(actual, named: "calendar-\(name)-\(size)")
    }

    @Test func theBriefSaysWhoWillBeThereAndWhatBlocks() throws {
        let screen = try RapportCommand.Render.parse(["--db", db, "--now", "2026-11-27T09:00", "--tz", "America/Chicago",
                                                      "--size", "120x40", "--keys", "3 Enter b"]).screen().joined(separator: "\n")
        #expect(screen.contains("Drop-in brief"))
        #expect(screen.contains("Who will be there"))
        #expect(screen.contains("Nothing blocks acceptance; $298,650.00 waits for it"))
    }
}
