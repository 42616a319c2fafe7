import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// The calendar's sales filter and a grid's day counts in one query: the same numbers the
/// day-by-day counts give, only meetings sales may join when filtered.
@Suite struct AgendaFilterTests {
    /// The weekly series sales may join, a daily stand-up they may not, and an all-day workshop.
    static func database() throws -> AppDatabase {
        let (db, _) = try MeetingWriteTests.database()
        _ = try db.addMeeting(MeetingDraft(title: "Stand-up", startsAt: utc("2026-03-02T13:00:00Z"), endsAt: utc("2026-03-02T13:15:00Z"),
                                           tzid: "America/New_York", rrule: "FREQ=DAILY;COUNT=20"), by: "dana", at: MeetingWriteTests.at)
        _ = try db.addMeeting(MeetingDraft(title: "Workshop", startsAt: utc("2026-03-12T00:00:00Z"), endsAt: utc("2026-03-14T00:00:00Z"),
                                           tzid: "UTC", allDay: true, salesWelcome: true), by: "dana", at: MeetingWriteTests.at)
        // Over midnight in New York: counted on both days.
        _ = try db.addMeeting(MeetingDraft(title: "Cutover", startsAt: utc("2026-03-18T03:00:00Z"), endsAt: utc("2026-03-18T07:00:00Z"),
                                           tzid: "America/New_York"), by: "dana", at: MeetingWriteTests.at)
        return db
    }

    @Test(arguments: [false, true])
    func dayCountsInOneQueryAreTheDayByDayCounts(salesOnly: Bool) throws {
        let db = try Self.database()
        let zone = TimeZone(identifier: "America/New_York")!
        let first = LocalDate(year: 2026, month: 2, day: 23)
        let grouped = try db.agendaDayCounts(first: first, days: 42, timeZone: zone, salesOnly: salesOnly)
        let daily = try (0..<42).map { i in
            try db.agendaCount(from: first.adding(days: i).startOfDay(in: zone), to: first.adding(days: i + 1).startOfDay(in: zone),
                               timeZone: zone, salesOnly: salesOnly)
        }
        #expect(grouped == daily)
        #expect(grouped.reduce(0, +) > 0)
        // 12 and 13 March: the all-day workshop; the stand-up only unfiltered.
        let march12 = first.days(until: LocalDate(year: 2026, month: 3, day: 12))
        #expect(grouped[march12] == (salesOnly ? 1 : 2))
        #expect(grouped[march12 + 1] == (salesOnly ? 1 : 2))
    }

    @Test func theSalesAgendaListsOnlyMeetingsSalesMayJoin() throws {
        let db = try Self.database()
        let march = MeetingWriteTests.march
        let all = try db.agenda(from: march.0, to: march.1, timeZone: .gmt)
        let sales = try db.agenda(from: march.0, to: march.1, timeZone: .gmt, offset: 0, limit: -1, salesOnly: true)
        #expect(sales == all.filter(\.salesWelcome))
        #expect(Set(sales.map(\.title)) == ["Site coordination", "Workshop"])
        #expect(try db.agendaCount(from: march.0, to: march.1, timeZone: .gmt, salesOnly: true) == sales.count)
        let page = try db.agenda(from: march.0, to: march.1, timeZone: .gmt, offset: 2, limit: 2, salesOnly: true)
        #expect(page == Array(sales[2..<4]))
    }
}

/// The sales mark is copied onto the expanded occurrences; changing it on a meeting whose
/// occurrences are already expanded changes the sales counts at once.
@Suite struct OccurrenceSalesMarkTests {
    @Test func countsFollowTheMarkAfterExpansion() throws {
        let db = try AgendaFilterTests.database()
        let zone = TimeZone(identifier: "America/New_York")!
        let first = LocalDate(year: 2026, month: 2, day: 23)
        let before = try db.agendaDayCounts(first: first, days: 42, timeZone: zone, salesOnly: true).reduce(0, +)
        let standUp = try db.agenda(from: MeetingWriteTests.march.0, to: MeetingWriteTests.march.1, timeZone: .gmt)
            .first { $0.title == "Stand-up" }!
        // Only the mark, as another program writing the file would: the times did not move, so
        // nothing is re-expanded and the copy on the occurrences must follow by itself.
        try db.writer.write { try $0.execute(sql: "UPDATE meeting SET sales_welcome = 1 WHERE id = ?", arguments: [standUp.meetingId]) }
        let after = try db.agendaDayCounts(first: first, days: 42, timeZone: zone, salesOnly: true).reduce(0, +)
        // The daily stand-up's 20 occurrences, all inside the six weeks, now count for sales.
        #expect(after == before + 20)
        #expect(try db.agendaCount(from: first.startOfDay(in: zone), to: first.adding(days: 42).startOfDay(in: zone),
                                   timeZone: zone, salesOnly: true) == after - 1) // the all-day workshop is on two days
    }
}

/// A series given a project after one occurrence was moved: the moved one is of it too.
@Suite struct OverrideProjectTests {
    @Test func aSeriesProjectReachesItsOverrides() throws {
        let (db, id) = try MeetingWriteTests.database()
        var moved = MeetingDraft(try db.meetingDetail(meetingId: id, occurrence: nil).meeting)
        moved.startsAt = MeetingWriteTests.tuesday10 + 3600
        moved.endsAt = moved.startsAt + 3600
        _ = try db.changeMeeting(meetingId: id, scope: .occurrence(MeetingWriteTests.tuesday10), draft: moved, by: "dana",
                                 at: MeetingWriteTests.at)
        var series = MeetingDraft(try db.meetingDetail(meetingId: id, occurrence: nil).meeting)
        series.projectId = nil
        series.customerId = try db.customerId(name: "Acme Corp")
        _ = try db.changeMeeting(meetingId: id, scope: .series, draft: series, by: "dana", at: MeetingWriteTests.at)
        let march = MeetingWriteTests.march
        let entries = try db.agenda(from: march.0, to: march.1, timeZone: .gmt)
        // Every occurrence, the moved one included, is now Acme's with no project.
        #expect(entries.count == 5)
        #expect(entries.allSatisfy { $0.projectCode == nil && $0.customerName == "Acme Corp" })
        #expect(entries.contains { $0.start == MeetingWriteTests.tuesday10 + 3600 })
    }
}
