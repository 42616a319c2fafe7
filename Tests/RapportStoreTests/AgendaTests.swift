import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct AgendaTests {
    /// Monday 9 March 2026, 00:00 in New York (the day after the spring DST change), and 14 days on.
    static let from = utc("2026-03-09T04:00:00Z")
    static let to = utc("2026-03-23T04:00:00Z")

    /// Meetings of every shape around that fortnight.
    static func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            let globex = try ins.insert(Customer(name: "Globex")).id!
            let acme01 = try ins.insert(Project(customerId: acme, code: "ACME-01", name: "Boardroom refit", stage: .punch)).id!
            // Weekly on Tuesdays at 10:00 New York time since February, for ever; 17 March cancelled.
            try ins.insert(Meeting(projectId: acme01, uid: "coord@acme", title: "Site coordination",
                                   startsAt: utc("2026-02-03T15:00:00Z"), endsAt: utc("2026-02-03T16:00:00Z"),
                                   tzid: "America/New_York", rrule: "FREQ=WEEKLY",
                                   exdates: [utc("2026-03-17T14:00:00Z")], location: "Board Room", salesWelcome: true))
            // Three kickoff meetings in January: finished before the window.
            try ins.insert(Meeting(projectId: acme01, uid: "kickoff@acme", title: "Kickoff series",
                                   startsAt: utc("2026-01-06T15:00:00Z"), endsAt: utc("2026-01-06T16:00:00Z"),
                                   tzid: "America/New_York", rrule: "FREQ=WEEKLY;COUNT=3"))
            // A daily stand-up for three days.
            try ins.insert(Meeting(projectId: acme01, uid: "standup@acme", title: "Install stand-up",
                                   startsAt: utc("2026-03-09T08:00:00Z"), endsAt: utc("2026-03-09T08:15:00Z"),
                                   tzid: "UTC", rrule: "FREQ=DAILY;UNTIL=20260311T235959Z"))
            // A customer meeting without a project.
            try ins.insert(Meeting(customerId: globex, uid: "qbr@globex", title: "Quarterly review",
                                   startsAt: utc("2026-03-12T18:00:00Z"), endsAt: utc("2026-03-12T19:30:00Z"),
                                   tzid: "America/Chicago", location: "Globex HQ", salesWelcome: true))
            // An overnight cutover still under way when the window opens.
            try ins.insert(Meeting(customerId: acme, uid: "cutover@acme", title: "Overnight cutover",
                                   startsAt: utc("2026-03-09T02:00:00Z"), endsAt: utc("2026-03-09T05:00:00Z"),
                                   tzid: "America/New_York"))
            // One-offs just outside: ends as the window opens, starts as it closes.
            try ins.insert(Meeting(customerId: acme, uid: "before@acme", title: "Too early",
                                   startsAt: utc("2026-03-09T03:00:00Z"), endsAt: from, tzid: "UTC"))
            try ins.insert(Meeting(customerId: acme, uid: "after@acme", title: "Too late",
                                   startsAt: to, endsAt: to + 3600, tzid: "UTC"))
        }
        return db
    }

    @Test func theFortnightShowsEachOccurrenceInStartOrder() throws {
        // Given meetings of every shape
        let db = try Self.database()
        // When the calendar pane asks for the 14 days from Monday 9 March
        let agenda = try db.agenda(from: Self.from, to: Self.to, timeZone: zone("America/New_York"))
        // Then series are expanded, finished and cancelled occurrences are left out, and
        // everything comes in start order
        #expect(agenda.map(\.title) == ["Overnight cutover", "Install stand-up", "Install stand-up",
                                        "Site coordination", "Install stand-up", "Quarterly review"])
        #expect(agenda.map(\.start) == ["2026-03-09T02:00:00Z", "2026-03-09T08:00:00Z", "2026-03-10T08:00:00Z",
                                        "2026-03-10T14:00:00Z",  // 10:00 EDT, not 15:00 UTC as in February
                                        "2026-03-11T08:00:00Z", "2026-03-12T18:00:00Z"].map(utc))
        #expect(agenda.map(\.end) == ["2026-03-09T05:00:00Z", "2026-03-09T08:15:00Z", "2026-03-10T08:15:00Z",
                                      "2026-03-10T15:00:00Z", "2026-03-11T08:15:00Z", "2026-03-12T19:30:00Z"].map(utc))
    }

    @Test func entriesSayWhoseMeetingItIsAndWhetherSalesMayJoin() throws {
        let db = try Self.database()
        let agenda = try db.agenda(from: Self.from, to: Self.to, timeZone: zone("America/New_York"))
        let byTitle = Dictionary(agenda.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        // A project meeting names the project and, through it, the customer
        #expect(byTitle["Site coordination"]?.projectCode == "ACME-01")
        #expect(byTitle["Site coordination"]?.customerName == "Acme Corp")
        #expect(byTitle["Site coordination"]?.location == "Board Room")
        // A customer meeting has no project
        #expect(byTitle["Quarterly review"]?.projectCode == nil)
        #expect(byTitle["Quarterly review"]?.customerName == "Globex")
        // Only the meetings marked so are open to sales
        #expect(agenda.filter(\.salesWelcome).map(\.title) == ["Site coordination", "Quarterly review"])
    }

    @Test func aFinishedSeriesRecordsItsEndAndIsSkipped() throws {
        // Given the January kickoff series (COUNT=3) and the open-ended coordination series
        let db = try Self.database()
        let kickoffEnd = try db.read { db in
            try Date.fetchOne(db, sql: "SELECT last_ends_at FROM meeting WHERE uid = 'kickoff@acme'")
        }
        let coordinationNeverEnds = try db.read { db in
            try Bool.fetchOne(db, sql: "SELECT last_ends_at IS NULL FROM meeting WHERE uid = 'coord@acme'")
        }
        // Then the kickoff series is stored as ending with its third meeting, the other as never ending
        #expect(kickoffEnd == utc("2026-01-20T16:00:00Z"))
        #expect(coordinationNeverEnds == true)
        // And a window after January shows nothing of it, while one in January shows all three
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: .gmt).allSatisfy { $0.title != "Kickoff series" })
        let january = try db.agenda(from: utc("2026-01-01T00:00:00Z"), to: utc("2026-02-01T00:00:00Z"), timeZone: .gmt)
        #expect(january.map(\.start) == ["2026-01-06T15:00:00Z", "2026-01-13T15:00:00Z", "2026-01-20T15:00:00Z"].map(utc))
    }

    @Test func aCancelledOccurrenceStaysCancelledOutOfTheDatabase() throws {
        // Given the Tuesday series with 17 March cancelled (EXDATEs are stored as a JSON list)
        let db = try Self.database()
        // When the second half of March is shown
        let coordination = try db.agenda(from: utc("2026-03-16T00:00:00Z"), to: utc("2026-03-31T00:00:00Z"), timeZone: .gmt)
            .filter { $0.title == "Site coordination" }
        // Then the 17th is missing and the 24th is there
        #expect(coordination.map(\.start) == [utc("2026-03-24T14:00:00Z")])
    }

    @Test func anEmptyWindowShowsNothing() throws {
        let db = try Self.database()
        #expect(try db.agenda(from: utc("2025-06-01T00:00:00Z"), to: utc("2025-06-15T00:00:00Z"), timeZone: .gmt).isEmpty)
    }
}
