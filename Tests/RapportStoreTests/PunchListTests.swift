import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct PunchListTests {
    @Test func openItemsComeFirstThenByNumber() throws {
        // Given ACME-01's six items in every status, inserted out of order
        let f = try PunchFixture()
        // When the punch pane loads the project
        let rows = try f.db.punchItems(PunchQuery(projectId: f.acme01), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 50)
        // Then the items still open come first by number, then the closed and void ones by number
        #expect(rows.map(\.number) == [1, 3, 5, 6, 2, 4])
        #expect(rows.map(\.status) == [.open, .inProgress, .readyForReview, .open, .closed, .void])
        #expect(rows.map(\.title) == ["HDMI handshake fails", "Touch panel offline", "Mic gain too low",
                                      "Cable label missing", "Projector focus", "Duplicate of 1"])
    }

    @Test func eachRowShowsItsRoomNotTheWholePath() throws {
        let f = try PunchFixture()
        let rows = try f.db.punchItems(PunchQuery(projectId: f.acme01), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 50)
        // "HQ / Floor 3 / Board Room" → "Board Room", "HQ/Lobby" → "Lobby", no location → blank
        #expect(rows.map(\.location) == ["Board Room", "Lobby", "Board Room", "Warehouse", "Board Room", ""])
    }

    @Test func rowsCarryPriorityAssigneeAndDueDate() throws {
        let f = try PunchFixture()
        let rows = try f.db.punchItems(PunchQuery(projectId: f.acme01), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 2)
        #expect(rows.map(\.priority) == [.p1, .p2])
        #expect(rows.map(\.assignee) == ["alex", "alex"])
        #expect(rows.map(\.dueOn) == [LocalDate(year: 2026, month: 3, day: 13), LocalDate(year: 2026, month: 2, day: 28)])
        let last = try f.db.punchItems(PunchQuery(projectId: f.acme01), today: LocalDate(year: 2026, month: 1, day: 1), offset: 5, limit: 1)
        #expect(last.first?.dueOn == nil && last.first?.priority == .p2)
    }

    @Test(arguments: [
        (0, 3, [1, 3, 5]),
        (2, 3, [5, 6, 2]),  // a page that spans open and closed items
        (5, 3, [4]),
        (6, 3, []),
    ])
    func punchItemsPage(offset: Int, limit: Int, numbers: [Int]) throws {
        let f = try PunchFixture()
        #expect(try f.db.punchItems(PunchQuery(projectId: f.acme01), today: LocalDate(year: 2026, month: 1, day: 1), offset: offset, limit: limit).map(\.number) == numbers)
    }

    @Test func onlyTheProjectsOwnItemsAreListed() throws {
        let f = try PunchFixture()
        #expect(try f.db.punchItems(PunchQuery(projectId: f.glx01), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 50).map(\.title) == ["Dead pixel, panel 3"])
        #expect(try f.db.punchItems(PunchQuery(projectId: f.acme02), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 50).map(\.number) == [1, 2])
        #expect(try f.db.punchItems(PunchQuery(projectId: 999), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 50).isEmpty)
    }

    @Test func punchCountCountsEveryItemThePaneCanShow() throws {
        // The pane pages through all of a project's items, closed and void included
        let f = try PunchFixture()
        #expect(try f.db.punchTotal(projectId: f.acme01) == 6)
        #expect(try f.db.punchTotal(projectId: f.acme02) == 2)
        #expect(try f.db.punchTotal(projectId: 999) == 0)
    }
}

extension PunchListTests {
    @Test func dueDatesAreStoredAsPlainISOText() throws {
        // The temperature query compares due_on with today's date in SQL; that only works if the
        // column holds bare YYYY-MM-DD text (not JSON, not a timestamp)
        let f = try PunchFixture()
        let stored = try f.db.read { db in
            try String.fetchAll(db, sql: "SELECT due_on FROM punch_item WHERE due_on IS NOT NULL ORDER BY due_on")
        }
        #expect(stored == ["2026-02-28", "2026-03-13"])
    }
}
