import Foundation
import Testing
import GRDB
import RapportModel
@testable import RapportStore

/// The agenda over what iCalendar adds to a series: overrides, cancellations, RDATEs, all-day
/// dates, and rules or zones Rapport cannot read (shown with the reason, never dropped).
@Suite struct AgendaOverrideTests {
    static let from = utc("2026-03-09T04:00:00Z")  // Monday 9 March, 00:00 in New York
    static let to = utc("2026-03-23T04:00:00Z")
    static let newYork = zone("America/New_York")

    /// A weekly Tuesday 10:00 New York series, its id, and the database.
    static func series() throws -> (AppDatabase, Int64) {
        let db = try AppDatabase.inMemory()
        let id = try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            let project = try ins.insert(Project(customerId: acme, code: "ACME-01", name: "Boardroom", stage: .punch)).id!
            return try ins.insert(Meeting(projectId: project, uid: "coord@acme", title: "Site coordination",
                                          startsAt: utc("2026-02-03T15:00:00Z"), endsAt: utc("2026-02-03T16:00:00Z"),
                                          tzid: "America/New_York", rrule: "FREQ=WEEKLY", salesWelcome: true)).id!
        }
        return (db, id)
    }

    @Test func anOverrideReplacesItsOccurrenceAndKeepsItsOriginalStartAsKey() throws {
        // Given the series, and its 10 March occurrence moved to Wednesday 11 March at 15:00
        let (db, series) = try Self.series()
        let override = try db.insertAll { ins in
            try ins.insert(Meeting(projectId: 1, uid: "coord@acme", title: "Site coordination (moved)",
                                   startsAt: utc("2026-03-11T19:00:00Z"), endsAt: utc("2026-03-11T20:00:00Z"),
                                   tzid: "America/New_York", seriesId: series, recurrenceId: utc("2026-03-10T14:00:00Z"))).id!
        }
        // When the fortnight is shown
        let agenda = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // Then the moved occurrence shows once, at its new time, and the series' own is gone
        #expect(agenda.map(\.start) == ["2026-03-11T19:00:00Z", "2026-03-17T14:00:00Z"].map(utc))
        #expect(agenda.map(\.title) == ["Site coordination (moved)", "Site coordination"])
        // And the override knows its series and the start its notes are kept under
        #expect(agenda[0].meetingId == override && agenda[0].seriesId == series && agenda[0].isOverride)
        #expect(agenda[0].occurrence == utc("2026-03-10T14:00:00Z"))
        #expect(!agenda[1].isOverride && agenda[1].occurrence == agenda[1].start)
        #expect(try db.agendaCount(from: Self.from, to: Self.to, timeZone: Self.newYork) == 2)
    }

    @Test func aCancelledOverrideRemovesTheOccurrence() throws {
        let (db, series) = try Self.series()
        try db.insertAll { ins in
            try ins.insert(Meeting(uid: "coord@acme", title: "Site coordination", startsAt: utc("2026-03-17T14:00:00Z"),
                                   endsAt: utc("2026-03-17T15:00:00Z"), tzid: "America/New_York", seriesId: series,
                                   recurrenceId: utc("2026-03-17T14:00:00Z"), status: .cancelled))
        }
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork).map(\.start)
            == [utc("2026-03-10T14:00:00Z")])
    }

    @Test func writingAnOverrideAfterTheAgendaWasReadReExpandsItsSeries() throws {
        // Given an agenda already expanded
        let (db, series) = try Self.series()
        #expect(try db.agendaCount(from: Self.from, to: Self.to, timeZone: Self.newYork) == 2)
        // When an override is written by another path, then deleted again
        try db.insertAll { ins in
            try ins.insert(Meeting(uid: "coord@acme", title: "Moved", startsAt: utc("2026-03-12T14:00:00Z"),
                                   endsAt: utc("2026-03-12T15:00:00Z"), tzid: "America/New_York", seriesId: series,
                                   recurrenceId: utc("2026-03-10T14:00:00Z")))
        }
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork).map(\.title) == ["Moved", "Site coordination"])
        try db.write { db in try db.execute(sql: "DELETE FROM meeting WHERE series_id IS NOT NULL") }
        // Then the series' own occurrence is back
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork).map(\.start)
            == ["2026-03-10T14:00:00Z", "2026-03-17T14:00:00Z"].map(utc))
    }

    @Test func aCancelledSeriesShowsNothing() throws {
        let (db, _) = try Self.series()
        try db.write { db in try db.execute(sql: "UPDATE meeting SET status = 'cancelled'") }
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork).isEmpty)
    }

    @Test func rdatesAddOccurrences() throws {
        let (db, _) = try Self.series()
        let extra = utc("2026-03-13T14:00:00Z")
        let json = String(decoding: try Meeting.databaseJSONEncoder(for: "rdates").encode([extra]), as: UTF8.self)
        try db.write { db in try db.execute(sql: "UPDATE meeting SET rdates = ?", arguments: [json]) }
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork).map(\.start)
            == ["2026-03-10T14:00:00Z", "2026-03-13T14:00:00Z", "2026-03-17T14:00:00Z"].map(utc))
    }

    @Test(arguments: [("FREQ=WEEKLY;BYHOUR=25", "America/New_York"), ("FREQ=WEEKLY", "Mars/Olympus_Mons")])
    func aSeriesThatCannotBeFullyReadIsShownWithTheReason(rrule: String, tzid: String) throws {
        // Given a series whose rule or zone Rapport cannot read
        let db = try AppDatabase.inMemory()
        try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            try ins.insert(Meeting(customerId: acme, uid: "odd@acme", title: "Odd series",
                                   startsAt: utc("2026-02-03T15:00:00Z"), endsAt: utc("2026-02-03T16:00:00Z"),
                                   tzid: tzid, rrule: rrule))
        }
        // When the fortnight is shown
        let agenda = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // Then it is there every week, each occurrence marked with why
        #expect(agenda.count == 2)
        #expect(agenda.allSatisfy { $0.title == "Odd series" && $0.problem != nil })
        let reason = try #require(agenda.first?.problem).description
        #expect(reason.hasPrefix(tzid == "Mars/Olympus_Mons" ? "unknown time zone 'Mars/Olympus_Mons'" : "recurrence not fully read"))
    }

    @Test(arguments: ["America/New_York", "Australia/Sydney", "Pacific/Kiritimati"])
    func anAllDayMeetingStaysOnItsDateInEveryZone(tzid: String) throws {
        // Given a shutdown held on 9 and 10 March (all day, end exclusive), and one on 23 March
        let db = try AppDatabase.inMemory()
        try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            try ins.insert(Meeting(customerId: acme, uid: "shutdown@acme", title: "Site shutdown",
                                   startsAt: utc("2026-03-09T00:00:00Z"), endsAt: utc("2026-03-11T00:00:00Z"),
                                   tzid: "UTC", allDay: true))
            try ins.insert(Meeting(customerId: acme, uid: "later@acme", title: "Later shutdown",
                                   startsAt: utc("2026-03-23T00:00:00Z"), endsAt: utc("2026-03-24T00:00:00Z"),
                                   tzid: "UTC", allDay: true))
        }
        let local = zone(tzid)
        let from = LocalDate(year: 2026, month: 3, day: 9).startOfDay(in: local)
        let to = LocalDate(year: 2026, month: 3, day: 23).startOfDay(in: local)
        // When the fortnight from 9 March is read in that zone
        let agenda = try db.agenda(from: from, to: to, timeZone: local)
        // Then the shutdown starts at local midnight of the 9th and ends at that of the 11th; the 23rd is not in
        #expect(agenda.map(\.title) == ["Site shutdown"])
        #expect(agenda.first?.allDay == true)
        #expect(agenda.first?.start == from)
        #expect(agenda.first?.end == LocalDate(year: 2026, month: 3, day: 11).startOfDay(in: local))
        #expect(try db.agendaCount(from: from, to: to, timeZone: local) == 1)
    }

    @Test func theRebuiltMeetingTableKeepsUIDsUniqueAmongSeriesOnly() throws {
        let (db, series) = try Self.series()
        // A second series with the same UID is refused ...
        #expect(throws: DatabaseError.self) {
            try db.insertAll { ins in
                try ins.insert(Meeting(uid: "coord@acme", title: "Copy", startsAt: Self.from, endsAt: Self.from, tzid: "UTC"))
            }
        }
        // ... an override with it is not, but only one per original start
        try db.insertAll { ins in
            try ins.insert(Meeting(uid: "coord@acme", title: "Moved", startsAt: Self.from, endsAt: Self.from, tzid: "UTC",
                                   seriesId: series, recurrenceId: utc("2026-03-10T14:00:00Z")))
        }
        #expect(throws: DatabaseError.self) {
            try db.insertAll { ins in
                try ins.insert(Meeting(uid: "coord@acme", title: "Moved twice", startsAt: Self.from, endsAt: Self.from,
                                       tzid: "UTC", seriesId: series, recurrenceId: utc("2026-03-10T14:00:00Z")))
            }
        }
        // And deleting the series deletes its overrides
        try db.write { db in try db.execute(sql: "DELETE FROM meeting WHERE id = ?", arguments: [series]) }
        #expect(try db.counts()["meeting"] == 0)
    }
}
