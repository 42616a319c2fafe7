import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The reads stay on indexes: a page costs the page, whatever its offset. Each test explains
/// the statement the store itself runs (built by the same code), never a copy of its SQL, so
/// a change to a production query is checked here.
@Suite struct QueryPlanTests {
    static func plan(_ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try AppDatabase.inMemory().read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    static func plan(_ statement: SQLStatement) throws -> [String] { try plan(statement.sql, statement.arguments) }

    /// True when a plan line reads the whole of `table` (by name or alias).
    static func scans(_ line: String, _ table: String) -> Bool {
        line == "SCAN \(table)" || line.hasPrefix("SCAN \(table) ")
    }

    static let today = LocalDate(year: 2026, month: 3, day: 10)

    @Test func theProjectsPageSkipsRowsOnTheCodeIndex() throws {
        let plan = try Self.plan(AppDatabase.projectsPageSQL, [40, 4_960])
        // The skipped rows are entries of the code index (covering: no table row is read) ...
        #expect(plan.contains { $0.contains("SCAN project USING COVERING INDEX sqlite_autoindex_project_1") }, "\(plan)")
        // ... the page's projects are found by id, and their open items read from the kept counts
        #expect(plan.contains { $0.contains("SEARCH p USING INTEGER PRIMARY KEY") }, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH project_punch_count USING INTEGER PRIMARY KEY") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "p") || Self.scans($0, "i") }, "\(plan)")
    }

    static let agendaBounds = AppDatabase.OccurrenceBounds(from: 0, to: 1, lowest: 0, dayFrom: 0, dayTo: 86_400).arguments

    /// The page is chosen on the occurrence key; only its rows are joined (and sorted again).
    @Test func theAgendaPageIsARangeOnTheOccurrenceKey() throws {
        var arguments = Self.agendaBounds
        _ = arguments.append(contentsOf: ["limit": 40, "offset": 0])
        let plan = try Self.plan(AppDatabase.agendaSQL(paged: true), arguments)
        #expect(plan.contains { $0.contains("SEARCH o USING PRIMARY KEY (starts_at>? AND starts_at<?)") },
                "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH m USING INTEGER PRIMARY KEY") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "m") || Self.scans($0, "p") || Self.scans($0, "c") }, "\(plan)")
    }

    @Test func theWholeAgendaIsOneWalkOfTheKeyWithoutASort() throws {
        let plan = try Self.plan(AppDatabase.agendaSQL(paged: false), Self.agendaBounds)
        #expect(plan.contains { $0.contains("SEARCH o USING PRIMARY KEY (starts_at>? AND starts_at<?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    /// Our outbound mail for responsiveness: a range of the partial index on `email-out` rows,
    /// which holds every column read (no table row).
    @Test func theRepliesAreARangeOfTheirCoveringPartialIndex() throws {
        let plan = try Self.plan(TemperatureSignalReader.repliesSQL, ["2025-09-01", "2026-03-10"])
        #expect(plan.contains { $0.contains("USING COVERING INDEX interaction_reply_on_at (at>? AND at<?)") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "interaction") }, "\(plan)")
    }

    @Test func theUnansweredEscalationsReadTheirPartialIndex() throws {
        let plan = try Self.plan(TemperatureSignalReader.escalationsSQL, ["2026-03-10", "2026-02-24"])
        #expect(plan.contains { $0.contains("interaction_escalation_on_customer_at") }, "\(plan)")
    }

    @Test(arguments: [PunchSort.status, .priority, .due, .number])
    func aPunchPageReadsAnIndexInItsOrderNotASort(sort: PunchSort) throws {
        // A page of a 100,000-item project must not sort every row to show 50.
        let page = PunchSQL(PunchQuery(projectId: 1, sort: sort), today: Self.today).page(offset: 5_000, limit: 50)
        let plan = try Self.plan(page)
        #expect(plan.contains { $0.contains("SEARCH i USING INDEX") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") || Self.scans($0, "i") }, "\(plan)")
    }

    @Test func aFilteredCountReadsTheProjectNotTheTable() throws {
        var filter = PunchFilter()
        filter.words = ["hd"]
        filter.overdue = true
        let count = PunchSQL(PunchQuery(projectId: 1, filter: filter, sort: .due, grouping: .location), today: Self.today).count
        let plan = try Self.plan(count)
        #expect(plan.contains { $0.contains("SEARCH i USING INDEX") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "i") }, "\(plan)")
    }

    @Test func aLargeProjectsWordsAreLookedUpInTheSearchIndex() throws {
        var filter = PunchFilter()
        filter.words = ["handshake"]
        let sql = PunchSQL(PunchQuery(projectId: 1, filter: filter, grouping: .category), today: Self.today,
                           useSearchIndex: true)
        for statement in [sql.count, sql.page(offset: 0, limit: 50), try #require(sql.groups)] {
            let plan = try Self.plan(statement)
            #expect(plan.contains { $0.contains("VIRTUAL TABLE INDEX") }, "\(plan)")
            #expect(!plan.contains { Self.scans($0, "i") }, "\(plan)")
        }
    }

    /// A word of one or two letters cannot use the trigram index: the first page then walks
    /// the list's own index in its order and stops at the page, so it shows before the count
    /// (which reads every item) arrives.
    @Test(arguments: ["h", "hd"])
    func aShortWordsFirstPageWalksTheListsIndexWithoutASort(word: String) throws {
        var filter = PunchFilter()
        filter.words = [word]
        let sql = PunchSQL(PunchQuery(projectId: 1, filter: filter), today: Self.today, useSearchIndex: true)
        #expect(!sql.countsInTheIndex)
        let plan = try Self.plan(sql.page(offset: 0, limit: 114))
        #expect(plan.contains { $0.contains("SEARCH i USING INDEX punch_item_open_first (project_id=?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") || Self.scans($0, "i") }, "\(plan)")
    }

    @Test func undoFindsOtherUsersLaterStepsThroughTheRowIndex() throws {
        // An undo must not read a 500-step journal of 10,000-row imports whole: from the step's
        // own rows (or the items in the rooms it created) to later changes of those rows.
        let later = "SEARCH c USING COVERING INDEX journal_change_on_row (row_id=? AND table_name=? AND entry_id>?)"
        let same = try Self.plan(Journal.builtOnSameRowsSQL, [42, "alice"])
        #expect(same.first?.hasPrefix("SEARCH mine USING INDEX") == true, "\(same)")
        #expect(same.contains(later), "\(same)")
        let places = try Self.plan(Journal.builtOnNewPlacesSQL, [42, "alice"])
        #expect(places.contains { $0.hasPrefix("SEARCH i USING") && $0.contains("location_id=?") }, "\(places)")
        #expect(places.contains(later), "\(places)")
        let undone = try Self.plan(Journal.undoneUnderSQL, [42, "alice"])
        #expect(undone.contains { $0.hasPrefix("SEARCH c USING COVERING INDEX journal_change_on_row (row_id=? AND table_name=?") },
                "\(undone)")
        #expect(!(same + places + undone).contains { Self.scans($0, "c") || Self.scans($0, "mine") || Self.scans($0, "i") })
    }

    @Test func aStepsOwnJournalRowsAreFoundByItsEntry() throws {
        // Every triage keystroke captures its rows' images: that must read the step's own
        // journal rows, not every journaled row of the table (100,000 after a large import).
        let db = try AppDatabase.inMemory()
        let statements: [(String, StatementArguments)] = try db.read { db in
            try [(Journal.captureBeforeSQL(db, "punch_item"), StatementArguments([42, "punch_item", "[1,2]"])),
                 (Journal.captureAfterSQL(db, "punch_item"), StatementArguments([42, "punch_item"]))]
        }
        for (sql, arguments) in statements {
            let plan = try Self.plan(sql, arguments)
            #expect(plan.contains { $0.contains("journal_change USING INDEX journal_change_on_entry_id (entry_id=?)") }, "\(plan)")
            #expect(!plan.contains { $0.contains("journal_change_on_row") || Self.scans($0, "journal_change") }, "\(plan)")
        }
    }
}

extension QueryPlanTests {
    /// The customer view's recent notes and calls: that customer's rows on (customer_id, at),
    /// not every interaction read and sorted (which took ~60 ms on the `l` set).
    @Test func aCustomersLoggedNotesReadTheCustomerIndex() throws {
        let plan = try Self.plan(AppDatabase.interactionRowsSQL(customer: true, project: false), [1, nil, 5])
        #expect(plan.contains { $0.contains("SEARCH i USING INDEX interaction_on_customer_at (customer_id=?)") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "i") }, "\(plan)")
        let project = try Self.plan(AppDatabase.interactionRowsSQL(customer: false, project: true), [nil, 1, 5])
        #expect(!project.contains { Self.scans($0, "i") }, "\(project)")
    }
}

extension QueryPlanTests {
    /// The watch list's unanswered mail: a range of its partial index, not every interaction
    /// scanned and sorted.
    @Test func theWatchListsWaitingMailIsARangeOfItsPartialIndex() throws {
        let plan = try Self.plan(AppDatabase.awaitingMailSQL, ["2026-02-08", "2025-09-11", "2026-03-10"])
        #expect(plan.contains { $0.contains("USING INDEX interaction_awaiting_on_at (at>? AND at<?)") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "interaction") || $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
