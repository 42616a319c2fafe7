import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The trigram index behind the filter's words, and the indexes behind the pane's sorts.
struct PunchSearchIndexTests {
    func words(_ text: String) -> PunchFilter {
        var filter = PunchFilter()
        filter.words = text.split(separator: " ").map(String.init)
        return filter
    }

    /// The item numbers a filter gives through the search index, as a large project would get
    /// them; the count through the index must agree with the page.
    func indexed(_ f: QueryFixture, _ filter: PunchFilter) throws -> [Int] {
        let sql = PunchSQL(PunchQuery(projectId: f.project, filter: filter, sort: .number), today: Triage.today,
                           useSearchIndex: true)
        return try f.db.read { db in
            let numbers = try Int.fetchAll(db, sql: """
                SELECT i.number FROM \(sql.from) WHERE \(sql.whereClause) ORDER BY \(sql.order)
                """, arguments: StatementArguments(sql.allArguments))
            let c = sql.counting()
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(c.from) WHERE \(c.where)",
                                         arguments: StatementArguments(c.arguments))
            #expect(count == numbers.count)
            return numbers
        }
    }

    @Test(arguments: ["handshake", "board", "BOARD room", "café", "CAFÉ", "étoile", "hq", "mic gain", "zzz", "HQ Floor"])
    func theIndexAgreesWithReadingEveryRow(text: String) throws {
        let f = try QueryFixture()
        #expect(try indexed(f, words(text)) == f.numbers(words(text)), "\(text)")
    }

    @Test(arguments: ["board status:open", "hq !2", "board overdue", "mic @floor", "speaker +audio"])
    func theIndexAgreesWithOtherTermsToo(text: String) throws {
        let f = try QueryFixture()
        let filter = try PunchFilter(parsing: text)
        #expect(try indexed(f, filter) == f.numbers(filter), "\(text)")
        // Grouped counts through the index agree with the page as well
        let query = PunchQuery(projectId: f.project, filter: filter, grouping: .location)
        let sql = PunchSQL(query, today: Triage.today, useSearchIndex: true)
        let c = sql.counting(readsItems: true)
        let grouped = try f.db.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(c.from) WHERE \(c.where)", arguments: StatementArguments(c.arguments))
        }
        #expect(grouped == (try f.numbers(filter)).count)
    }

    /// A large project's long words are counted in the index at once; a word of one or two
    /// letters would read every item, so its count is left to the background (nil), while its
    /// first page still comes at once; the full count agrees with the rows.
    @Test func aLargeProjectCountsLongWordsAtOnceAndLeavesShortOnesForLater() throws {
        // Given the fixture's project grown past the large-project line, one new item in ten about HDMI
        let f = try QueryFixture()
        try f.db.write { db in
            try db.execute(sql: """
                WITH RECURSIVE n(x) AS (SELECT 101 UNION ALL SELECT x + 1 FROM n WHERE x < 2200)
                INSERT INTO punch_item (project_id, number, title, created_at, updated_at)
                SELECT ?, x, CASE WHEN x % 10 = 0 THEN 'HDMI dropout' ELSE 'Speaker hum' END, '2026-03-01', '2026-03-01' FROM n
                """, arguments: [f.project])
        }
        func query(_ text: String) -> PunchQuery { PunchQuery(projectId: f.project, filter: words(text)) }
        // Then "hdmi" is counted from the index, and agrees with the full count
        #expect(try f.db.quickPunchCount(query("hdmi"), today: Triage.today) == 211)
        #expect(try f.db.punchCount(query("hdmi"), today: Triage.today) == 211)
        // And "hd" is not counted at once, but its first page is there and the full count is right
        #expect(try f.db.quickPunchCount(query("hd"), today: Triage.today) == nil)
        #expect(try f.db.punchItems(query("hd"), today: Triage.today, offset: 0, limit: 5).map(\.number) == [1, 110, 120, 130, 140])
        #expect(try f.db.punchCount(query("hd"), today: Triage.today) == 211)
        // And no filter is the kept count
        #expect(try f.db.quickPunchCount(query(""), today: Triage.today) == 2107)
    }

    @Test func theIndexFollowsRenamesMovesAndDeletes() throws {
        // Given the seven-item fixture
        let f = try QueryFixture()
        #expect(try indexed(f, words("handshake")) == [1])
        // When item 1 is renamed, then the old word finds nothing and the new one finds it
        try f.db.write { db in try db.execute(sql: "UPDATE punch_item SET title = 'EDID negotiation fails' WHERE project_id = ? AND number = 1", arguments: [f.project]) }
        #expect(try indexed(f, words("handshake")).isEmpty)
        #expect(try indexed(f, words("negotiation")) == [1])
        // When item 6 moves to the lobby, then a word of the new path finds it
        try f.db.write { db in
            try db.execute(sql: """
                UPDATE punch_item SET location_id = (SELECT id FROM location WHERE path = 'HQ / Lobby' AND project_id = ?1)
                WHERE project_id = ?1 AND number = 6
                """, arguments: [f.project])
        }
        #expect(try indexed(f, words("lobby")) == [3, 6])
        // When a location is renamed, then its items are found by the new name
        try f.db.write { db in try db.execute(sql: "UPDATE location SET path = 'HQ / Atrium' WHERE path = 'HQ / Lobby'") }
        #expect(try indexed(f, words("atrium")) == [3, 6])
        // When an item is deleted, then it is gone from the index too
        try f.db.write { db in try db.execute(sql: "DELETE FROM punch_item WHERE project_id = ? AND number = 3", arguments: [f.project]) }
        #expect(try indexed(f, words("atrium")) == [6])
    }

    @Test func wordsWithWildcardsAreTakenLiterally() throws {
        let f = try QueryFixture()
        #expect(try f.numbers(words("%")).isEmpty)
        #expect(try f.numbers(words("a_c")).isEmpty)
        #expect(try indexed(f, words("a_c")).isEmpty)
        #expect(try indexed(f, words("\"board")).isEmpty)  // a quote inside a word is text, not syntax
    }

    @Test(arguments: [PunchSort.status, .priority, .due, .number])
    func sortedPagesReadAnIndexNotASort(sort: PunchSort) throws {
        // A page of a 100,000-item project must not sort every row to show 50.
        let f = try QueryFixture()
        // The page statement punchItems runs
        let page = PunchSQL(PunchQuery(projectId: f.project, sort: sort), today: LocalDate(year: 2026, month: 3, day: 10))
            .page(offset: 0, limit: 50)
        // EXPLAIN QUERY PLAN rows are (id, parent, notused, detail); read the detail column.
        let details = try f.db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + page.sql, arguments: page.arguments).map { $0["detail"] as String }
        }
        #expect(!details.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(details)")
    }
}

/// The per-project counts kept by triggers agree with counting the rows, through every kind of write.
struct ProjectPunchCountTests {
    func counted(_ db: AppDatabase, _ project: Int64) throws -> (kept: [Int], counted: [Int]) {
        try db.read { db in
            let kept = try Row.fetchOne(db, sql: "SELECT total, open FROM project_punch_count WHERE project_id = ?",
                                        arguments: [project]).map { [$0["total"] as Int, $0["open"] as Int] } ?? [0, 0]
            let counted = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS total, IFNULL(SUM(status IN ('open', 'in-progress', 'ready')), 0) AS open
                FROM punch_item WHERE project_id = ?
                """, arguments: [project]).map { [$0["total"] as Int, $0["open"] as Int] }!
            return (kept, counted)
        }
    }

    @Test func countsFollowAddsChangesUndoAndRedo() throws {
        // Given the seven-item fixture (5 of them open: open, in progress or ready)
        let f = try QueryFixture()
        var c = try counted(f.db, f.project)
        #expect(c.kept == c.counted)
        #expect(c.kept == [7, 5])
        // When an item is added, closed, and both are undone and redone
        let item = try f.db.addPunchItem(projectId: f.project, draft: PunchDraft(title: "New one"), by: "t", at: Triage.at())
        _ = try f.db.changePunchItems(ids: [item.id!], change: .void, by: "t", at: Triage.at())
        c = try counted(f.db, f.project)
        #expect(c.kept == [8, 5])
        _ = try f.db.undo(by: "t", at: Triage.at())
        _ = try f.db.undo(by: "t", at: Triage.at())
        #expect(try counted(f.db, f.project).kept == [7, 5])
        _ = try f.db.redo(by: "t", at: Triage.at())
        c = try counted(f.db, f.project)
        // Then the kept counts always equal a fresh count
        #expect(c.kept == c.counted)
        #expect(c.kept == [8, 6])
    }
}
