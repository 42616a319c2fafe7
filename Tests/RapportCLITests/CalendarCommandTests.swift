import Foundation
import RapportInterop
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// `rapport import ics`, `export ics`, `meeting …` and `agenda`, run in process with exact output.
@Suite(.serialized)
struct CalendarCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-calendar-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    var file: String { folder + "/team.ics" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Init.parse([db]).run()
        try KhalSyncTests.calendar.write(toFile: file, atomically: true, encoding: .utf8)
    }

    func failure(_ command: () throws -> String) -> String? {
        let error = #expect(throws: CLIError.self) { _ = try command() }
        return error?.description
    }

    func agenda(_ arguments: [String]) throws -> String {
        try RapportCommand.Agenda.parse(["--db", db, "--zone", "America/New_York"] + arguments).output()
    }

    @Test func importingTwiceAddsOnceAndTheAgendaShowsEachOccurrence() throws {
        let first = try RapportCommand.ImportCommand.ICS.parse([file, "--db", db]).output()
        #expect(first == "Imported \(file): 4 added, 0 updated, 0 unchanged")
        let again = try RapportCommand.ImportCommand.ICS.parse([file, "--db", db]).output()
        #expect(again == "Imported \(file): 0 added, 0 updated, 4 unchanged")
        #expect(try agenda(["--from", "2026-03-02", "--days", "10"]) == """
            Tue 2026-03-03
              10:00-11:00    Site coordination
            
            Thu 2026-03-05
              all day        Site shutdown
            
            Wed 2026-03-11
              15:00-16:00    Site coordination (moved)

            """)
    }

    @Test func aMalformedFileIsRefusedWithLineAndReasonAndNothingIsImported() throws {
        let broken = KhalSyncTests.calendar.replacingOccurrences(of: "DTSTART;VALUE=DATE:20260305", with: "DTSTART;VALUE=DATE:2026-03-05")
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(failure { try RapportCommand.ImportCommand.ICS.parse([file, "--db", db]).output() }
            == "\(file):24: DTSTART: '2026-03-05' is not a DATE (YYYYMMDD); nothing was imported")
        #expect(try RapportCommand.MeetingCommand.List.parse(["--db", db]).output().hasSuffix("0 meetings\n"))
    }

    /// `meeting list` is written as it is read; it must say what the events read whole say.
    @Test(arguments: [[String](), ["--customer", "Brookline Energy"]])
    func theStreamedMeetingListIsTheSeriesOfTheEvents(filter: [String]) throws {
        let seeded = folder + "/listed.sqlite"
        try RapportCommand.Seed.parse(["--db", seeded, "--size", "s", "--seed", "1"]).run()
        // and a series with a moved occurrence (the khal calendar's)
        _ = try RapportCommand.ImportCommand.ICS.parse([file, "--db", seeded]).output()
        let database = try AppDatabase.open(path: seeded)
        let customerId = try filter.isEmpty ? nil : #require(try database.customers().first { $0.name == filter[1] }).id
        let events = try database.calendarEvents(customerId: customerId)
        let series = events.filter { $0.meeting.recurrenceId == nil }
        // JSON: byte for byte what the encoder wrote of the series
        let json = try RapportCommand.MeetingCommand.List.parse(["--db", seeded, "--format", "json"] + filter).output()
        #expect(json == (try MeetingText.json(series.map(\.meeting))))
        // The table: a line a series, its changed occurrences counted, and the count
        let table = try RapportCommand.MeetingCommand.List.parse(["--db", seeded] + filter).output()
        let lines = table.split(separator: "\n").dropFirst().dropLast()
        #expect(lines.count == series.count && series.count > 2)
        let changed = Dictionary(grouping: events.filter { $0.meeting.recurrenceId != nil }, by: \.meeting.uid).mapValues(\.count)
        for (line, event) in zip(lines, series) {
            let when = MeetingText.when(event.meeting) + (changed[event.meeting.uid].map { " (\($0) changed)" } ?? "")
            #expect(line.hasPrefix(String(format: "%4lld ", event.meeting.id!) + TableText.fit(when, 46)))
            #expect(!line.hasSuffix(" "))
        }
        #expect(table.hasSuffix("\n\(series.count) meetings\n"))
        #expect(changed.isEmpty == !filter.isEmpty)
    }

    @Test func anExportImportsIntoAFreshDatabaseAsTheSameMeetings() throws {
        // Given the seeded firm's meetings, exported
        let seeded = folder + "/seeded.sqlite"
        try RapportCommand.Seed.parse(["--db", seeded, "--size", "s", "--seed", "3"]).run()
        let exported = folder + "/export.ics"
        let said = try RapportCommand.ExportCommand.ICS.parse(["--db", seeded, "-o", exported]).text()
        #expect(said == "Exported 40 meetings (40 events) to \(exported)\n")
        // When the file is imported into an empty database
        let imported = try RapportCommand.ImportCommand.ICS.parse([exported, "--db", db]).output()
        #expect(imported == "Imported \(exported): 40 added, 0 updated, 0 unchanged")
        // Then its meetings are those of the seeded file, field by field (the projects are not there)
        func meetings(_ path: String) throws -> [CalendarEvent] {
            try AppDatabase.open(path: path).calendarEvents().map {
                var event = $0
                event.meeting.id = nil
                event.meeting.projectId = nil
                event.meeting.customerId = nil
                event.projectCode = nil
                event.customerName = nil
                return event
            }
        }
        #expect(try meetings(db) == meetings(seeded))
        // And exporting the copy gives the same file but for the links to projects and customers
        let again = try RapportCommand.ExportCommand.ICS.parse(["--db", db]).text()
        let original = try String(contentsOfFile: exported, encoding: .utf8)
        func unlinked(_ text: String) -> String {
            text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("X-RAPPORT-PROJECT") && !$0.hasPrefix("X-RAPPORT-CUSTOMER") }
                .joined(separator: "\r\n")
        }
        #expect(unlinked(again) == unlinked(original))
    }

    @Test func meetingsAreAddedChangedByScopeCancelledAndShown() throws {
        func run(_ command: [String]) throws -> String {
            let parsed = try RapportCommand.parseAsRoot(command + ["--db", db])
            switch parsed {
            case let c as RapportCommand.MeetingCommand.Add: return try c.output()
            case let c as RapportCommand.MeetingCommand.Set: return try c.output()
            case let c as RapportCommand.MeetingCommand.Cancel: return try c.output()
            case let c as RapportCommand.MeetingCommand.Show: return try c.output()
            case let c as RapportCommand.MeetingCommand.List: return try c.output()
            default: Issue.record("not a meeting command: \(command)"); return ""
            }
        }
        let added = try run(["meeting", "add", "--title", "Site coordination", "--start", "2026-03-03T10:00", "--minutes", "60",
                             "--tz", "America/New_York", "--rrule", "FREQ=WEEKLY;COUNT=4", "--location", "Board Room",
                             "--sales-welcome", "yes", "--attendee", "Kim Park <kim@acme.example>:optional:accepted",
                             "--attendee", "sam@acme.example"])
        #expect(added == "Added meeting 1: Site coordination, Tue 2026-03-03 10:00-11:00 America/New_York, FREQ=WEEKLY;COUNT=4")
        #expect(try run(["meeting", "set", "1", "--occurrence", "2026-03-10", "--this", "--start", "15:00", "--title", "Moved"])
            == "change occurrence of Site coordination (meeting 2)")
        #expect(try run(["meeting", "cancel", "1", "--occurrence", "2026-03-17"]) == "cancel occurrence of Site coordination")
        #expect(try run(["meeting", "set", "1", "--occurrence", "2026-03-24", "--following", "--start", "09:00"])
            == "change Site coordination from 2026-03-24 14:00 UTC (meeting 3)")
        #expect(try agenda(["--from", "2026-03-01", "--days", "31"]) == """
            Tue 2026-03-03
              10:00-11:00 ★  Site coordination                                                 Board Room

            Tue 2026-03-10
              15:00-16:00 ★  Moved                                                             Board Room

            Tue 2026-03-24
              09:00-10:00 ★  Site coordination                                                 Board Room

            """)
        #expect(try agenda(["--from", "2026-03-01", "--days", "31", "--sales"]).components(separatedBy: "★").count == 4)
        // The series at an occurrence it changed shows that occurrence as it is now.
        #expect(try run(["meeting", "show", "1", "--occurrence", "2026-03-10"]) == """
            Moved
              when:      Tue 2026-03-10 15:00-16:00 America/New_York
              changes:   one occurrence of meeting 1 (Site coordination)
              where:     Board Room
              ★ sales welcome
              people:
                Kim Park <kim@acme.example>  optional, accepted
                sam@acme.example  required, needs-action
              occurrence 2026-03-10:

            """)
        #expect(try run(["meeting", "show", "1"]).hasPrefix("""
            Site coordination
              when:      Tue 2026-03-03 10:00-11:00 America/New_York
              repeats:   FREQ=WEEKLY;COUNT=3
              cancelled: 2026-03-17
            """))
        #expect(failure { try run(["meeting", "cancel", "1", "--occurrence", "2026-03-12"]) }
            == "'Site coordination' has no occurrence starting 2026-03-12 04:00 UTC; nothing was changed")
        #expect(failure { try run(["meeting", "add", "--title", "x", "--start", "2026-03-03T10:00", "--tz", "Mars/Base"]) }
            == "--tz: 'Mars/Base' is not a time zone; write e.g. America/New_York")
    }

    @Test func theAgendaAsJSONNamesEachOccurrenceByItsSeriesAndOriginalStart() throws {
        _ = try RapportCommand.ImportCommand.ICS.parse([file, "--db", db]).output()
        let json = try agenda(["--from", "2026-03-11", "--days", "1", "--format", "json"])
        #expect(json == """
            [
              {
                "allDay" : false,
                "end" : "2026-03-11T16:00:00-04:00",
                "location" : "",
                "meetingId" : 2,
                "occurrence" : "2026-03-10T14:00:00Z",
                "salesWelcome" : false,
                "seriesId" : 1,
                "start" : "2026-03-11T15:00:00-04:00",
                "title" : "Site coordination (moved)"
              }
            ]

            """)
        #expect(try agenda(["--from", "2027-01-01", "--days", "2"]) == "No meetings from 2027-01-01 to 2027-01-02.\n")
    }
}
