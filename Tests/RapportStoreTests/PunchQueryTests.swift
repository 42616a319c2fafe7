import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// Seven items of one project, each term of the filter, each sort and each grouping in SQL.
///
/// | # | status | pri | category | location                  | title                | assignee | due   | blocks |
/// | - | ------ | --- | -------- | ------------------------- | -------------------- | -------- | ----- | ------ |
/// | 1 | open   | P1  | video    | HQ / Floor 3 / Board Room | HDMI handshake fails | alex     | 03-13 | yes    |
/// | 2 | closed | P2  | video    | HQ / Floor 3 / Board Room | Projector focus soft | sam      | 03-01 | yes    |
/// | 3 | in pr. | P2  | control  | HQ / Lobby                | Touch panel offline  | Alex     | 02-28 |        |
/// | 4 | void   | P2  | other    | –                         | Duplicate of 1       |          | 02-01 | yes    |
/// | 5 | ready  | P2  | audio    | HQ / Floor 3 / Board Room | Mic gain too low     | sam      | –     | yes    |
/// | 6 | open   | P3  | cabling  | Warehouse                 | Cable label missing  |          | 03-09 |        |
/// | 7 | open   | P1  | audio    | Café Étoile               | Ceiling speaker buzz | dana     | –     |        |
///
/// Today is 2026-03-10. Another project holds an item that matches every term, and must never show.
struct QueryFixture {
    let db: AppDatabase
    let project: Int64

    init() throws {
        db = try AppDatabase.inMemory()
        project = try db.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme Corp")).id!
            let other = try ins.insert(Project(customerId: customer, code: "Z-01", name: "Other", stage: .punch)).id!
            let project = try ins.insert(Project(customerId: customer, code: "Q-01", name: "Refit", stage: .punch)).id!
            let board = try ins.insert(Location(projectId: project, path: "HQ / Floor 3 / Board Room")).id
            let lobby = try ins.insert(Location(projectId: project, path: "HQ / Lobby")).id
            let warehouse = try ins.insert(Location(projectId: project, path: "Warehouse")).id
            let cafe = try ins.insert(Location(projectId: project, path: "Café Étoile")).id
            let elsewhere = try ins.insert(Location(projectId: other, path: "HQ / Floor 3 / Board Room")).id
            func day(_ m: Int, _ d: Int) -> LocalDate { LocalDate(year: 2026, month: m, day: d) }
            func item(_ n: Int, _ status: PunchStatus, _ priority: Priority, _ category: PunchCategory, _ location: Int64?,
                      _ title: String, _ assignee: String, _ due: LocalDate?, blocks: Bool, in p: Int64? = nil) throws {
                try ins.insert(PunchItem(projectId: p ?? project, number: n, title: title, locationId: location,
                                         category: category, priority: priority, status: status, assignee: assignee,
                                         dueOn: due, blocksAcceptance: blocks, rejections: n == 5 ? 1 : 0,
                                         createdAt: PunchFixture.now, updatedAt: PunchFixture.now))
            }
            try item(7, .open, .p1, .audio, cafe, "Ceiling speaker buzz", "dana", nil, blocks: false)
            try item(3, .inProgress, .p2, .control, lobby, "Touch panel offline", "Alex", day(2, 28), blocks: false)
            try item(1, .open, .p1, .video, board, "HDMI handshake fails", "alex", day(3, 13), blocks: true)
            try item(5, .readyForReview, .p2, .audio, board, "Mic gain too low", "sam", nil, blocks: true)
            try item(2, .closed, .p2, .video, board, "Projector focus soft", "sam", day(3, 1), blocks: true)
            try item(6, .open, .p3, .cabling, warehouse, "Cable label missing", "", day(3, 9), blocks: false)
            try item(4, .void, .p2, .other, nil, "Duplicate of 1", "", day(2, 1), blocks: true)
            try item(1, .open, .p1, .audio, elsewhere, "HDMI board mic buzz Café Étoile cable", "alex dana sam", day(1, 1),
                     blocks: true, in: other)
            return project
        }
    }

    func numbers(_ filter: PunchFilter = PunchFilter(), sort: PunchSort = .number, grouping: PunchGrouping = .none,
                 offset: Int = 0, limit: Int = 100) throws -> [Int] {
        try db.punchItems(PunchQuery(projectId: project, filter: filter, sort: sort, grouping: grouping),
                          today: Triage.today, offset: offset, limit: limit).map(\.number)
    }
}

/// A filter built term by term, for the case table.
private func filter(_ build: (inout PunchFilter) -> Void) -> PunchFilter {
    var f = PunchFilter()
    build(&f)
    return f
}

@Suite struct PunchQueryTests {
    @Test(arguments: [
        ("a word of the title, any case", filter { $0.words = ["hdmi"] }, [1]),
        ("a word of the location path", filter { $0.words = ["BOARD"] }, [1, 2, 5]),
        ("every word must appear", filter { $0.words = ["board", "mic"] }, [5]),
        ("words are substrings", filter { $0.words = ["able"] }, [6]),
        ("accented word, other case", filter { $0.words = ["étoile"] }, [7]),
        ("accented word in capitals", filter { $0.words = ["CAFÉ"] }, [7]),
        ("blank words are ignored", filter { $0.words = [" ", ""] }, [1, 2, 3, 4, 5, 6, 7]),
        ("% is a character, not a wildcard", filter { $0.words = ["%"] }, []),
        ("_ is a character, not a wildcard", filter { $0.words = ["_"] }, []),
        ("one status", filter { $0.statuses = [.open] }, [1, 6, 7]),
        ("any of the statuses", filter { $0.statuses = [.closed, .void] }, [2, 4]),
        ("a location substring", filter { $0.locations = ["floor 3"] }, [1, 2, 5]),
        ("any of the locations", filter { $0.locations = ["lobby", "warehouse"] }, [3, 6]),
        ("an assignee, any case", filter { $0.assignees = ["ALEX"] }, [1, 3]),
        ("any of the assignees", filter { $0.assignees = ["dana", "sam"] }, [2, 5, 7]),
        ("priorities", filter { $0.priorities = [.p1, .p3] }, [1, 6, 7]),
        ("categories", filter { $0.categories = [.audio, .control] }, [3, 5, 7]),
        ("overdue: open and due before today", filter { $0.overdue = true }, [3, 6]),
        ("blocking: open and blocks acceptance", filter { $0.blocking = true }, [1, 5]),
        ("all terms together", filter { $0.statuses = [.open]; $0.priorities = [.p1]; $0.words = ["buzz"] }, [7]),
        ("terms that exclude each other", filter { $0.blocking = true; $0.categories = [.cabling] }, []),
    ])
    func eachFilterTermNarrowsTheList(_ name: String, _ filter: PunchFilter, _ expected: [Int]) throws {
        // Given the seven items (and another project's item that matches everything)
        let f = try QueryFixture()
        // When the pane asks for the filtered list and its count
        let query = PunchQuery(projectId: f.project, filter: filter, sort: .number)
        // Then only the matching items of this project come back, and the count agrees
        #expect(try f.numbers(filter) == expected, "\(name)")
        #expect(try f.db.punchCount(query, today: Triage.today) == expected.count, "\(name)")
        #expect(try f.db.punchTotal(projectId: f.project) == 7)
    }

    @Test(arguments: [
        (PunchSort.status, [1, 3, 5, 6, 7, 2, 4]),
        (.priority, [1, 7, 2, 3, 4, 5, 6]),
        (.due, [4, 3, 2, 6, 1, 5, 7]),
        (.location, [7, 1, 2, 5, 3, 6, 4]),
        (.number, [1, 2, 3, 4, 5, 6, 7]),
    ])
    func eachSortOrdersTheListThenByNumber(sort: PunchSort, expected: [Int]) throws {
        #expect(try QueryFixture().numbers(sort: sort) == expected)
    }

    @Test func groupingByLocationKeepsEachRoomTogetherAndSortsWithin() throws {
        // Given the items sorted by due date
        let f = try QueryFixture()
        let query = PunchQuery(projectId: f.project, sort: .due, grouping: .location)
        // When grouped by location
        // Then each room's items are together (rooms by name, no location last), by due date within
        #expect(try f.numbers(sort: .due, grouping: .location) == [7, 2, 1, 5, 3, 6, 4])
        #expect(try f.db.punchGroups(query, today: Triage.today) == [
            PunchGroupCount(key: "Café Étoile", count: 1), PunchGroupCount(key: "HQ / Floor 3 / Board Room", count: 3),
            PunchGroupCount(key: "HQ / Lobby", count: 1), PunchGroupCount(key: "Warehouse", count: 1),
            PunchGroupCount(key: "", count: 1),
        ])
    }

    @Test func groupingByCategoryFollowsTheCategoryList() throws {
        let f = try QueryFixture()
        #expect(try f.numbers(sort: .priority, grouping: .category) == [7, 5, 1, 2, 3, 6, 4])
        let query = PunchQuery(projectId: f.project, grouping: .category)
        #expect(try f.db.punchGroups(query, today: Triage.today).map { "\($0.key) \($0.count)" }
            == ["audio 2", "video 2", "control 1", "cabling 1", "other 1"])
    }

    @Test func groupCountsFollowTheFilter() throws {
        let f = try QueryFixture()
        var filter = PunchFilter()
        filter.words = ["board"]
        let grouped = PunchQuery(projectId: f.project, filter: filter, grouping: .category)
        #expect(try f.db.punchGroups(grouped, today: Triage.today).map { "\($0.key) \($0.count)" } == ["audio 1", "video 2"])
        #expect(try f.db.punchGroups(PunchQuery(projectId: f.project, filter: filter), today: Triage.today).isEmpty)
    }

    @Test(arguments: [(0, 3, [1, 3, 5]), (3, 3, [6, 7, 2]), (6, 3, [4]), (7, 3, [])])
    func pagesComeFromTheDatabase(offset: Int, limit: Int, expected: [Int]) throws {
        #expect(try QueryFixture().numbers(sort: .status, offset: offset, limit: limit) == expected)
    }

    @Test func rowsCarryWhatThePaneAndTheGateShow() throws {
        let f = try QueryFixture()
        var filter = PunchFilter()
        filter.words = ["mic"]
        let row = try #require(try f.db.punchItems(PunchQuery(projectId: f.project, filter: filter), today: Triage.today,
                                                   offset: 0, limit: 1).first)
        #expect(row.location == "Board Room" && row.locationPath == "HQ / Floor 3 / Board Room")
        #expect(row.category == .audio && row.blocksAcceptance && row.rejections == 1)
        #expect(row.status == .readyForReview && row.assignee == "sam" && row.dueOn == nil)
    }

    @Test func aFilterReadsTheProjectThroughAnIndex() throws {
        // A keystroke must cost the project's items, not the table's
        let f = try QueryFixture()
        var filter = PunchFilter()
        filter.words = ["board"]
        filter.overdue = true
        let sql = PunchSQL(PunchQuery(projectId: f.project, filter: filter, sort: .due, grouping: .location),
                           today: Triage.today)
        // The statements punchCount and punchItems run
        let plan = try [sql.count, sql.page(offset: 0, limit: 50)].map { statement in
            try f.db.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
                    .map { $0["detail"] as String }.joined(separator: " | ")
            }
        }.joined(separator: " || ")
        #expect(plan.contains("SEARCH i USING INDEX"), "\(plan)")
        #expect(!plan.contains("SCAN i"), "\(plan)")
    }
}
