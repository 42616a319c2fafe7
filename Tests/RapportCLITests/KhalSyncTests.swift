import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// `rapport calendar sync` against khal, the terminal calendar that reads vdirs: khal shows the
/// occurrences Rapport wrote, and Rapport imports the event `khal new` made.
///
/// Skipped only where khal is not installed and this is not CI; under CI=true it must run
/// (.ci/run installs khal).
@Suite(.serialized, .enabled(if: KhalTool.path != nil || ProcessInfo.processInfo.environment["CI"] == "true"))
struct KhalSyncTests {
    let folder = NSTemporaryDirectory() + "rapport-khal-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    var vdir: String { folder + "/calendar" }

    static let calendar = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//test//EN\r
        BEGIN:VEVENT\r
        UID:coord@acme.example\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=America/New_York:20260303T100000\r
        DTEND;TZID=America/New_York:20260303T110000\r
        RRULE:FREQ=WEEKLY;COUNT=4\r
        EXDATE;TZID=America/New_York:20260317T100000\r
        SUMMARY:Site coordination\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:coord@acme.example\r
        DTSTAMP:20260101T000000Z\r
        RECURRENCE-ID;TZID=America/New_York:20260310T100000\r
        DTSTART;TZID=America/New_York:20260311T150000\r
        DTEND;TZID=America/New_York:20260311T160000\r
        SUMMARY:Site coordination (moved)\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:shutdown@acme.example\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;VALUE=DATE:20260305\r
        DTEND;VALUE=DATE:20260306\r
        SUMMARY:Site shutdown\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:sydney@acme.example\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=Australia/Sydney:20260402T090000\r
        DTEND;TZID=Australia/Sydney:20260402T093000\r
        RRULE:FREQ=DAILY;COUNT=3\r
        SUMMARY:Sydney stand-up\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    init() throws {
        try FileManager.default.createDirectory(atPath: vdir, withIntermediateDirectories: true)
        try RapportCommand.Init.parse([db]).run()
        try Self.calendar.write(toFile: folder + "/team.ics", atomically: true, encoding: .utf8)
        // khal's configuration: the vdir, fixed formats, and New York as its zone
        try """
            [calendars]
            [[rapport]]
            path = \(vdir)
            type = calendar
            [locale]
            timeformat = %H:%M
            dateformat = %Y-%m-%d
            longdateformat = %Y-%m-%d
            datetimeformat = %Y-%m-%d %H:%M
            longdatetimeformat = %Y-%m-%d %H:%M
            local_timezone = America/New_York
            default_timezone = America/New_York
            [default]
            default_calendar = rapport
            """.write(toFile: folder + "/khal.conf", atomically: true, encoding: .utf8)
    }

    /// Runs khal with the test's configuration and data folders; its standard output.
    func khal(_ arguments: [String]) throws -> String {
        guard let path = KhalTool.path else {
            Issue.record("khal is not installed: .ci/run installs it (apt-get install khal)")
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-c", folder + "/khal.conf"] + arguments
        process.environment = ["HOME": folder, "XDG_DATA_HOME": folder + "/data", "XDG_CACHE_HOME": folder + "/cache",
                               "XDG_CONFIG_HOME": folder + "/config", "TZ": "America/New_York", "LANG": "C.UTF-8",
                               "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "khal \(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }

    func importFile(_ path: String) throws -> String {
        try RapportCommand.ImportCommand.ICS.parse([path, "--db", db]).output()
    }

    func sync() throws -> String {
        try RapportCommand.CalendarCommand.Sync.parse([vdir, "--db", db]).output()
    }

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func khalShowsTheOccurrencesRapportWroteAndRapportImportsKhalsEvent() throws {
        // Given a calendar imported into Rapport and synced to an empty vdir
        _ = try importFile(folder + "/team.ics")
        #expect(try sync().hasSuffix("wrote 3 files"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: vdir).sorted()
            == ["coord@acme.example.ics", "shutdown@acme.example.ics", "sydney@acme.example.ics"])
        // When khal lists March and early April
        let listed = try khal(["list", "2026-03-01", "45d"])
        // Then it shows Rapport's occurrences: the cancelled 17 March missing, the moved one on the
        // 11th, the all-day shutdown on its date, Sydney's 09:00 as New York's evening before
        #expect(listed == """
            Tuesday, 2026-03-03
            10:00-11:00 Site coordination ⟳
            Thursday, 2026-03-05
             Site shutdown
            Wednesday, 2026-03-11
            15:00-16:00 Site coordination (moved) ⟳
            Tuesday, 2026-03-24
            10:00-11:00 Site coordination ⟳
            Wednesday, 2026-04-01
            18:00-18:30 Sydney stand-up ⟳
            Thursday, 2026-04-02
            18:00-18:30 Sydney stand-up ⟳
            Friday, 2026-04-03
            18:00-18:30 Sydney stand-up ⟳

            """)
        // When khal makes a new event and Rapport syncs
        _ = try khal(["new", "2026-03-20", "14:00", "15:00", "Punch walk"])
        let synced = try sync()
        // Then Rapport read that one file and added it, and writes nothing back
        #expect(synced == "Synced \(vdir): read 1 file (1 added, 0 updated, 0 unchanged), wrote 0 files")
        let database = try AppDatabase.open(path: db)
        let agenda = try database.agenda(from: Self.utc("2026-03-20T00:00:00Z"), to: Self.utc("2026-03-21T00:00:00Z"), timeZone: .gmt)
        #expect(agenda.map(\.title) == ["Punch walk"])
        #expect(agenda.map(\.start) == [Self.utc("2026-03-20T18:00:00Z")])
        // And a sync with nothing changed reads and writes nothing
        #expect(try sync() == "Synced \(vdir): read 0 files (0 added, 0 updated, 0 unchanged), wrote 0 files")
    }

    @Test func aMeetingChangedOrDeletedInEitherPlaceFollowsToTheOther() throws {
        _ = try importFile(folder + "/team.ics")
        _ = try sync()
        // When khal's file of the shutdown is deleted, the next sync removes the meeting
        try FileManager.default.removeItem(atPath: vdir + "/shutdown@acme.example.ics")
        #expect(try sync().contains("removed 1 meeting whose files were deleted"))
        #expect(try AppDatabase.open(path: db).calendarEvents().map(\.meeting.uid).contains("shutdown@acme.example") == false)
        // When a newer version of the series is imported into Rapport (from a file that also has the
        // shutdown again), both files are written
        let newer = Self.calendar.replacingOccurrences(of: "SUMMARY:Sydney stand-up", with: "SEQUENCE:1\r\nSUMMARY:Sydney daily")
        try newer.write(toFile: folder + "/newer.ics", atomically: true, encoding: .utf8)
        _ = try importFile(folder + "/newer.ics")
        #expect(try sync().hasSuffix("wrote 2 files"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: vdir).filter { !$0.hasPrefix(".") }.count == 3)
        let listed = try khal(["list", "2026-04-01", "1d"])
        #expect(listed.contains("18:00-18:30 Sydney daily ⟳"))
    }

    /// Runs a `rapport meeting …` command on the test's database; its output.
    func meeting(_ arguments: [String]) throws -> String {
        switch try RapportCommand.parseAsRoot(["meeting"] + arguments + ["--db", db, "--zone", "America/New_York"]) {
        case let c as RapportCommand.MeetingCommand.Add: return try c.output()
        case let c as RapportCommand.MeetingCommand.Set: return try c.output()
        case let c as RapportCommand.MeetingCommand.Cancel: return try c.output()
        case let c as RapportCommand.MeetingCommand.List: return try c.output()
        default: Issue.record("not a meeting command: \(arguments)"); return ""
        }
    }

    @Test func editsMadeInRapportAfterASyncReachKhal() throws {
        _ = try importFile(folder + "/team.ics")
        _ = try sync()
        let coordination = try AppDatabase.open(path: db).calendarEvents()
            .first { $0.meeting.uid == "coord@acme.example" }!.meeting.id!
        // When one occurrence is moved and renamed, another cancelled, and a meeting added in Rapport
        _ = try meeting(["set", "\(coordination)", "--occurrence", "2026-03-24", "--this", "--start", "13:00",
                         "--title", "Coordination (late)"])
        _ = try meeting(["cancel", "\(coordination)", "--occurrence", "2026-03-03"])
        _ = try meeting(["add", "--title", "Acceptance walk", "--start", "2026-03-26T09:00", "--minutes", "90",
                         "--tz", "America/New_York"])
        // Then the next sync writes the series' file and the new one, and khal lists what Rapport has
        #expect(try sync().hasSuffix("wrote 2 files"))
        #expect(try khal(["list", "2026-03-01", "30d"]) == """
            Thursday, 2026-03-05
             Site shutdown
            Wednesday, 2026-03-11
            15:00-16:00 Site coordination (moved) ⟳
            Tuesday, 2026-03-24
            13:00-14:00 Coordination (late) ⟳
            Thursday, 2026-03-26
            09:00-10:30 Acceptance walk

            """)
        // And what khal read back is what Rapport wrote: a second sync has nothing to do
        #expect(try sync() == "Synced \(vdir): read 0 files (0 added, 0 updated, 0 unchanged), wrote 0 files")
    }
}

enum KhalTool {
    static let path: String? = ["/usr/bin/khal", "/usr/local/bin/khal"].first { FileManager.default.isExecutableFile(atPath: $0) }
}
