import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The agenda reads expanded occurrences; these tests hold the table to the series it came from.
@Suite struct OccurrenceTableTests {
    static let from = AgendaTests.from
    static let to = AgendaTests.to
    static let newYork = zone("America/New_York")

    /// Every occurrence overlapping the window, expanded straight from the meeting records, as
    /// the agenda did before the table existed: the reference the table must equal.
    static func expandedDirectly(_ db: AppDatabase, from: Date, to: Date) throws -> [AgendaEntry] {
        let meetings = try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.*, p.code AS project_code, c.name AS customer_name FROM meeting m
                LEFT JOIN project p ON p.id = m.project_id
                LEFT JOIN customer c ON c.id = COALESCE(m.customer_id, p.customer_id)
                """).map { (try Meeting(row: $0), $0["project_code"] as String?, $0["customer_name"] as String?) }
        }
        var entries: [AgendaEntry] = []
        for (meeting, code, customer) in meetings {
            guard let recurrence = meeting.recurrence else { continue }
            for start in recurrence.occurrences(overlapping: from..<to) {
                entries.append(AgendaEntry(meetingId: meeting.id!, title: meeting.title, start: start,
                                           end: start + recurrence.duration, projectCode: code, customerName: customer,
                                           location: meeting.location, salesWelcome: meeting.salesWelcome))
            }
        }
        return entries.sorted { ($0.start, $0.meetingId) < ($1.start, $1.meetingId) }
    }

    static func occurrenceRows(_ db: AppDatabase) throws -> [[Double]] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT meeting_id, starts_at, ends_at FROM meeting_occurrence ORDER BY 2, 1")
                .map { [$0[0], $0[1], $0[2]] }
        }
    }

    // MARK: - Expansion

    @Test func theTableAnswersAsExpandingEverySeriesWould() throws {
        // Given the meetings of every shape of the agenda tests
        let db = try AgendaTests.database()
        // When windows before, across and after the DST change are read
        for (from, to) in [(Self.from, Self.to), (utc("2026-01-01T00:00:00Z"), utc("2026-02-01T00:00:00Z")),
                           (utc("2026-10-20T00:00:00Z"), utc("2026-11-10T00:00:00Z"))] {
            // Then the occurrences are those of a direct expansion, in the same order
            #expect(try db.agenda(from: from, to: to, timeZone: Self.newYork) == Self.expandedDirectly(db, from: from, to: to))
        }
    }

    @Test func aSeededSetMatchesTheDirectExpansion() throws {
        // Given the small demo set, whose seeding expands the fortnight from its `now`
        let now = utc("2026-05-06T15:00:00Z")
        let db = try AppDatabase.inMemory()
        _ = try DemoDataGenerator(size: .s, seed: 3, now: now, timeZone: Self.newYork).generate(into: db)
        let window = try #require(try db.read { try OccurrenceTable.window($0) })
        #expect(window.start <= now.timeIntervalSince1970 - 86_400 && window.end >= now.timeIntervalSince1970 + 14 * 86_400)
        // When the agenda of that fortnight, and of one two months later, is read
        for start in [now - 3600 * 15, now + 60 * 86_400] {
            let end = start + 14 * 86_400
            // Then it is the direct expansion of every series
            let agenda = try db.agenda(from: start, to: end, timeZone: Self.newYork)
            #expect(!agenda.isEmpty)
            #expect(agenda == (try Self.expandedDirectly(db, from: start, to: end)))
        }
    }

    @Test func preparingTheSameWindowAgainChangesNothing() throws {
        // Given a window already expanded
        let db = try AgendaTests.database()
        try db.prepareAgenda(from: Self.from, to: Self.to)
        let rows = try Self.occurrenceRows(db)
        let window = try db.read { try OccurrenceTable.window($0) }
        // When it is asked for again, and a smaller window inside it too
        try db.prepareAgenda(from: Self.from, to: Self.to)
        try db.prepareAgenda(from: Self.from + 86_400, to: Self.to - 86_400)
        _ = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // Then no occurrence was added or lost, and the window stayed as it was
        #expect(try Self.occurrenceRows(db) == rows)
        #expect(try db.read { try OccurrenceTable.window($0) } == window)
        #expect(!rows.isEmpty)
    }

    @Test func movingTheWindowExpandsOnlyTheMissingDays() throws {
        // Given the fortnight expanded
        let db = try AgendaTests.database()
        try db.prepareAgenda(from: Self.from, to: Self.to)
        let first = try #require(try db.read { try OccurrenceTable.window($0) })
        // When the next month is read
        let later = try db.agenda(from: Self.to, to: Self.to + 30 * 86_400, timeZone: Self.newYork)
        // Then the window grew to cover it, keeping its start, with no duplicates
        let grown = try #require(try db.read { try OccurrenceTable.window($0) })
        #expect(grown.start == first.start && grown.end > first.end)
        #expect(later == (try Self.expandedDirectly(db, from: Self.to, to: Self.to + 30 * 86_400)))
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
                == Self.expandedDirectly(db, from: Self.from, to: Self.to))
        // And a window a year away starts over instead of expanding the year between
        let farAway = utc("2027-06-01T00:00:00Z")
        _ = try db.agenda(from: farAway, to: farAway + 14 * 86_400, timeZone: Self.newYork)
        let moved = try #require(try db.read { try OccurrenceTable.window($0) })
        #expect(moved.start > grown.end)
        #expect(try db.agenda(from: farAway, to: farAway + 14 * 86_400, timeZone: Self.newYork)
                == Self.expandedDirectly(db, from: farAway, to: farAway + 14 * 86_400))
    }

    // MARK: - Writes keep it right

    @Test func aNewMeetingShowsUpAfterTheWindowWasExpanded() throws {
        // Given the fortnight already expanded
        let db = try AgendaTests.database()
        let before = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // When a daily meeting is added through the ordinary insert
        _ = try db.insertAll { ins in
            try ins.insert(Meeting(customerId: 1, uid: "daily@acme", title: "Daily check", startsAt: utc("2026-03-16T13:00:00Z"),
                                   endsAt: utc("2026-03-16T13:10:00Z"), tzid: "America/New_York", rrule: "FREQ=DAILY;COUNT=3"))
        }
        // Then the agenda shows its three occurrences among the others
        let after = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        #expect(after.filter { $0.title == "Daily check" }.map(\.start)
                == ["2026-03-16T13:00:00Z", "2026-03-17T13:00:00Z", "2026-03-18T13:00:00Z"].map(utc))
        #expect(after.count == before.count + 3)
        #expect(after == (try Self.expandedDirectly(db, from: Self.from, to: Self.to)))
    }

    @Test func aChangedSeriesIsExpandedAgain() throws {
        // Given the Tuesday coordination series expanded for the fortnight
        let db = try AgendaTests.database()
        _ = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // When it moves to Thursdays and one more occurrence is cancelled, by a plain UPDATE
        try db.write { db in
            try db.execute(sql: """
                UPDATE meeting SET rrule = 'FREQ=WEEKLY;BYDAY=TH', exdates = ? WHERE uid = 'coord@acme'
                """, arguments: [String(decoding: try JSONEncoder().encode([1_773_324_000_000.0]), as: UTF8.self)])
        }
        // Then the agenda has it on Thursdays, 12 March cancelled
        let coordination = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
            .filter { $0.title == "Site coordination" }
        #expect(coordination.map(\.start) == [utc("2026-03-19T14:00:00Z")])
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
                == Self.expandedDirectly(db, from: Self.from, to: Self.to))
    }

    @Test func replacingOccurrencesAppliesAChangeAtOnce() throws {
        // Given the fortnight expanded
        let db = try AgendaTests.database()
        _ = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        let id = try #require(try db.read { try Int64.fetchOne($0, sql: "SELECT id FROM meeting WHERE uid = 'standup@acme'") })
        // When the stand-up is extended to the whole fortnight and its occurrences replaced
        try db.write { db in
            try db.execute(sql: "UPDATE meeting SET rrule = 'FREQ=DAILY;UNTIL=20260322T235959Z' WHERE id = ?", arguments: [id])
        }
        try db.replaceOccurrences(meetingId: id)
        // Then the table already holds them and nothing is left to re-expand
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM meeting_occurrence_stale") } == 0)
        #expect(try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork).filter { $0.title == "Install stand-up" }
            .count == 14)
    }

    @Test func aDeletedMeetingLeavesNoOccurrence() throws {
        // Given the fortnight expanded
        let db = try AgendaTests.database()
        _ = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // When the coordination series is deleted
        try db.write { db in try db.execute(sql: "DELETE FROM meeting WHERE uid = 'coord@acme'") }
        // Then its occurrences went with it
        #expect(try db.agendaCount(from: Self.from, to: Self.to, timeZone: Self.newYork) == 5)
        #expect(try db.read { try Int.fetchOne($0, sql: """
            SELECT COUNT(*) FROM meeting_occurrence WHERE meeting_id NOT IN (SELECT id FROM meeting)
            """) } == 0)
    }

    @Test func aWeeklySeriesKeepsItsWallClockTimeAcrossBothDSTChanges() throws {
        // Given a Tuesday 10:00 New York series, expanded from February to December
        let db = try AgendaTests.database()
        let from = utc("2026-02-01T00:00:00Z"), to = utc("2026-12-01T00:00:00Z")
        let starts = try db.agenda(from: from, to: to, timeZone: Self.newYork)
            .filter { $0.title == "Site coordination" }.map(\.start)
        // Then every occurrence is at 10:00 local: 15:00 UTC in winter, 14:00 UTC in summer
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.newYork
        #expect(starts.count == 43 - 1)  // Tuesdays from 3 Feb to 24 Nov, less the cancelled 17 March
        #expect(starts.allSatisfy { calendar.component(.hour, from: $0) == 10 && calendar.component(.weekday, from: $0) == 3 })
        #expect(starts.contains(utc("2026-03-03T15:00:00Z")) && starts.contains(utc("2026-03-10T14:00:00Z")))
        #expect(starts.contains(utc("2026-10-27T14:00:00Z")) && starts.contains(utc("2026-11-03T15:00:00Z")))
    }

    // MARK: - Paging

    @Test(arguments: [1, 2, 4, 100])
    func pagesJoinedAreTheWholeAgenda(pageSize: Int) throws {
        // Given the fortnight
        let db = try AgendaTests.database()
        let whole = try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork)
        // When it is read a page at a time
        let total = try db.agendaCount(from: Self.from, to: Self.to, timeZone: Self.newYork)
        var pages: [AgendaEntry] = []
        for offset in stride(from: 0, to: total + pageSize, by: pageSize) {
            pages += try db.agenda(from: Self.from, to: Self.to, timeZone: Self.newYork, offset: offset, limit: pageSize)
        }
        // Then the pages, in order, are the whole agenda, and the count is its length
        #expect(total == whole.count)
        #expect(pages == whole)
    }

    @Test func pagesOfASeededSetAreTheWholeAgenda() throws {
        let now = utc("2026-05-06T15:00:00Z")
        let db = try AppDatabase.inMemory()
        _ = try DemoDataGenerator(size: .s, seed: 1, now: now, timeZone: Self.newYork).generate(into: db)
        let whole = try db.agenda(from: now, to: now + 14 * 86_400, timeZone: Self.newYork)
        var pages: [AgendaEntry] = []
        for offset in stride(from: 0, to: whole.count + 7, by: 7) {
            pages += try db.agenda(from: now, to: now + 14 * 86_400, timeZone: Self.newYork, offset: offset, limit: 7)
        }
        #expect(whole.count > 20)
        #expect(pages == whole)
        #expect(try db.agendaCount(from: now, to: now + 14 * 86_400, timeZone: Self.newYork) == whole.count)
    }
}

@Suite struct AgendaEdgeTests {
    @Test func aMeetingOfNoLengthAtTheWindowsStartIsNotInIt() throws {
        // Given a zero-length reminder exactly at the window's start, and one a minute in
        let db = try AppDatabase.inMemory()
        let from = utc("2026-03-09T00:00:00Z")
        _ = try db.insertAll { ins in
            try ins.insert(Meeting(uid: "at-start", title: "At start", startsAt: from, endsAt: from, tzid: "UTC"))
            try ins.insert(Meeting(uid: "inside", title: "Inside", startsAt: from + 60, endsAt: from + 60, tzid: "UTC"))
        }
        // Then the agenda and its count agree with the direct expansion: only the one inside
        let agenda = try db.agenda(from: from, to: from + 86_400, timeZone: .gmt)
        #expect(agenda.map(\.title) == ["Inside"])
        #expect(agenda == (try OccurrenceTableTests.expandedDirectly(db, from: from, to: from + 86_400)))
        #expect(try db.agendaCount(from: from, to: from + 86_400, timeZone: .gmt) == 1)
    }
}
