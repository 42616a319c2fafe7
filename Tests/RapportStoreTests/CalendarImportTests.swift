import Foundation
import Testing
import GRDB
import RapportModel
@testable import RapportStore

/// Importing calendar events: matched by UID (and original start), updated by SEQUENCE,
/// overrides kept as overrides, one undo step.
@Suite struct CalendarImportTests {
    static let at = utc("2026-03-01T12:00:00Z")

    static func series(sequence: Int = 0, title: String = "Site coordination") -> CalendarEvent {
        CalendarEvent(meeting: Meeting(uid: "coord@acme", title: title, startsAt: utc("2026-03-03T15:00:00Z"),
                                       endsAt: utc("2026-03-03T16:00:00Z"), tzid: "America/New_York", rrule: "FREQ=WEEKLY",
                                       sequence: sequence),
                      attendees: [Invitee(name: "Sam Lee", email: "SAM@acme.example", role: "required", status: .accepted)],
                      projectCode: "ACME-01")
    }

    static func override(sequence: Int = 0, title: String = "Moved") -> CalendarEvent {
        CalendarEvent(meeting: Meeting(uid: "coord@acme", title: title, startsAt: utc("2026-03-11T15:00:00Z"),
                                       endsAt: utc("2026-03-11T16:00:00Z"), tzid: "America/New_York",
                                       recurrenceId: utc("2026-03-10T14:00:00Z"), sequence: sequence))
    }

    static func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            try ins.insert(Project(customerId: acme, code: "ACME-01", name: "Boardroom", stage: .punch))
            try ins.insert(Contact(customerId: acme, name: "Sam Lee", emails: "sam@acme.example", department: .facilities,
                                   role: .champion))
        }
        return db
    }

    func meetings(_ db: AppDatabase) throws -> [Meeting] {
        try db.read { db in try Meeting.fetchAll(db, sql: "SELECT * FROM meeting ORDER BY id") }
    }

    @Test func aSeriesAndItsOverrideImportOnceAndLinkToProjectAndContact() throws {
        let db = try Self.database()
        // When a series with an override is imported twice
        let first = try db.importCalendar([Self.series(), Self.override()], by: "dana", at: Self.at)
        let again = try db.importCalendar([Self.series(), Self.override()], by: "dana", at: Self.at)
        // Then the first adds both and the second changes nothing
        #expect(first == CalendarImportResult(added: 2))
        #expect(again == CalendarImportResult(unchanged: 2))
        let rows = try meetings(db)
        #expect(rows.count == 2)
        // And the override is one, of its series, linked to the series' project
        #expect(rows[1].seriesId == rows[0].id && rows[1].recurrenceId == utc("2026-03-10T14:00:00Z"))
        #expect(rows[0].projectId == 1 && rows[1].projectId == 1)
        let people = try db.read { db in try Attendee.fetchAll(db, sql: "SELECT * FROM attendee WHERE meeting_id = ?", arguments: [rows[0].id]) }
        #expect(people.map(\.contactId) == [1])
        // And the agenda shows the moved occurrence in place of the series' own
        let agenda = try db.agenda(from: utc("2026-03-09T00:00:00Z"), to: utc("2026-03-16T00:00:00Z"), timeZone: .gmt)
        #expect(agenda.map(\.title) == ["Moved"])
    }

    @Test func aHigherSequenceUpdatesALowerOneIsOlderAndLeftAlone() throws {
        let db = try Self.database()
        _ = try db.importCalendar([Self.series(sequence: 1)], by: "dana", at: Self.at)
        let older = try db.importCalendar([Self.series(sequence: 0, title: "Stale")], by: "dana", at: Self.at)
        #expect(older == CalendarImportResult(older: 1))
        let newer = try db.importCalendar([Self.series(sequence: 2, title: "Renamed")], by: "dana", at: Self.at)
        #expect(newer == CalendarImportResult(updated: 1))
        #expect(try meetings(db).map(\.title) == ["Renamed"])
        #expect(try meetings(db).map(\.sequence) == [2])
    }

    @Test func aSeriesInTheFileDropsOverridesItNoLongerHas() throws {
        let db = try Self.database()
        _ = try db.importCalendar([Self.series(), Self.override()], by: "dana", at: Self.at)
        let result = try db.importCalendar([Self.series(sequence: 1)], by: "dana", at: Self.at)
        #expect(result == CalendarImportResult(updated: 1))
        #expect(try meetings(db).count == 1)
        // An override alone updates its series' override without touching the series
        _ = try db.importCalendar([Self.override(sequence: 1, title: "Moved again")], by: "dana", at: Self.at)
        #expect(try meetings(db).map(\.title) == ["Site coordination", "Moved again"])
    }

    @Test func anOverrideWithoutItsSeriesStandsAloneAsAOneOff() throws {
        let db = try Self.database()
        var second = Self.override()
        second.meeting.recurrenceId = utc("2026-03-17T14:00:00Z")
        second.line = 30
        let result = try db.importCalendar([Self.override(), second], by: "dana", at: Self.at)
        #expect(result.added == 1)
        #expect(result.skipped == [.init(uid: "coord@acme", line: 30, reason: "an override whose series is neither in the file nor stored")])
        #expect(try meetings(db).map(\.seriesId) == [nil])
    }

    @Test func anImportIsOneUndoStep() throws {
        let db = try Self.database()
        _ = try db.importCalendar([Self.series(), Self.override()], label: "import team.ics", by: "dana", at: Self.at)
        let step = try #require(try db.undo(by: "dana", at: Self.at))
        #expect(step.label == "import team.ics")
        #expect(try meetings(db).isEmpty)
        #expect(try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attendee") } == 0)
        _ = try db.redo(by: "dana", at: Self.at)
        #expect(try meetings(db).count == 2)
    }

    @Test func aFailingEventRollsTheWholeImportBack() throws {
        let db = try Self.database()
        var broken = Self.series()
        broken.meeting.uid = "other@acme"
        broken.meeting.title = "   "
        #expect(throws: AppError.invalidMeeting(reason: "the title is empty")) {
            try db.importCalendar([Self.series(), broken], by: "dana", at: Self.at)
        }
        #expect(try meetings(db).isEmpty)
    }

    @Test func exportedEventsAreWhatWasImported() throws {
        let db = try Self.database()
        _ = try db.importCalendar([Self.series(), Self.override()], by: "dana", at: Self.at)
        let events = try db.calendarEvents(projectId: 1)
        #expect(events.map(\.meeting.uid) == ["coord@acme", "coord@acme"])
        #expect(events.map(\.meeting.recurrenceId) == [nil, utc("2026-03-10T14:00:00Z")])
        #expect(events[0].attendees == Self.series().attendees)
        #expect(events[0].projectCode == "ACME-01" && events[0].customerName == nil)
        #expect(try db.calendarEvents(customerId: 1).count == 2)
        #expect(try db.calendarEvents(customerId: 99).isEmpty)
    }
}
