import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// The dashboard's `:import FILE.ics`, `:export-calendar FILE` and `:calendar-sync DIR`, as
/// `rapport render --write` runs them: the same work as the CLI commands, reported on the
/// status line, with the calendar pane reloaded.
@Suite(.serialized) @MainActor
struct CalendarFilesInTheDashboardTests {
    let folder = NSTemporaryDirectory() + "rapport-calendar-files-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/vdir", withIntermediateDirectories: true)
        try RapportCommand.Init.parse([db]).run()
        try KhalSyncTests.calendar.write(toFile: folder + "/team.ics", atomically: true, encoding: .utf8)
    }

    func screen(_ keys: String, db: String? = nil) throws -> [String] {
        try RapportCommand.Render.parse(["--db", db ?? self.db, "--write", "--now", "2026-03-02T09:00", "--tz", "America/New_York",
                                         "--size", "120x40", "--keys", keys]).screen()
    }

    @Test func aCalendarIsImportedExportedAndSyncedFromTheCommandLine() throws {
        let imported = try screen(": import Space \(folder)/team.ics Enter")
        #expect(imported.last == " Imported team.ics: 4 added, 0 updated, 0 unchanged (u undoes)")
        // The calendar pane shows what came in.
        #expect(imported.contains { $0.contains("Site coordination") })
        #expect(imported.contains { $0.contains("Site shutdown") })

        let exported = try screen(": export-calendar Space \(folder)/out.ics Enter")
        #expect(exported.last == " Exported 3 meetings (4 events) to out.ics")
        // What the dashboard exported imports into a fresh database as the same meetings.
        let fresh = folder + "/fresh.sqlite"
        try RapportCommand.Init.parse([fresh]).run()
        #expect(try RapportCommand.ImportCommand.ICS.parse([folder + "/out.ics", "--db", fresh]).output()
                == "Imported \(folder)/out.ics: 4 added, 0 updated, 0 unchanged")
        let ours = try AppDatabase.open(path: db).calendarEvents().map(\.meeting.uid).sorted()
        #expect(try AppDatabase.open(path: fresh).calendarEvents().map(\.meeting.uid).sorted() == ours)

        let synced = try screen(": calendar-sync Space \(folder)/vdir Enter")
        #expect(synced.last == " Synced vdir: read 0 files (0 added, 0 updated, 0 unchanged), wrote 3 files")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/vdir").filter { $0.hasSuffix(".ics") }.count == 3)
    }

    @Test func aBadFileIsRefusedWithItsLineAndNothingImported() throws {
        try "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026013\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .write(toFile: folder + "/bad.ics", atomically: true, encoding: .utf8)
        let refused = try screen(": import Space \(folder)/bad.ics Enter")
        #expect(refused.last?.contains("bad.ics:4: DTSTART") == true, "\(refused.last ?? "")")
        #expect(try AppDatabase.open(path: db).calendarEvents().isEmpty)
        let missing = try screen(": calendar-sync Space \(folder)/nowhere Enter")
        #expect(missing.last?.contains("no such folder") == true, "\(missing.last ?? "")")
    }
}
