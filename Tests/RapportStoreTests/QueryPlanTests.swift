import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The dashboard's reads stay on indexes: a page costs the page, whatever its offset.
@Suite struct QueryPlanTests {
    static func plan(_ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try AppDatabase.inMemory().read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    /// True when a plan line reads the whole of `table` (by name or alias).
    static func scans(_ line: String, _ table: String) -> Bool {
        line == "SCAN \(table)" || line.hasPrefix("SCAN \(table) ")
    }

    @Test func theProjectsPageSkipsRowsOnTheCodeIndex() throws {
        let plan = try Self.plan(AppDatabase.projectsPageSQL, [40, 4_960])
        // The skipped rows are entries of the code index (covering: no table row is read) ...
        #expect(plan.contains { $0.contains("SCAN project USING COVERING INDEX sqlite_autoindex_project_1") }, "\(plan)")
        // ... the page's projects are found by id, and their open items read from the kept counts
        #expect(plan.contains { $0.contains("SEARCH p USING INTEGER PRIMARY KEY") }, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH project_punch_count USING INTEGER PRIMARY KEY") }, "\(plan)")
        #expect(!plan.contains { Self.scans($0, "p") || Self.scans($0, "i") }, "\(plan)")
    }

    @Test func theAgendaPageIsARangeOnTheOccurrenceKey() throws {
        let plan = try Self.plan("""
            SELECT meeting_id, starts_at, ends_at FROM meeting_occurrence
            WHERE starts_at >= ?1 AND starts_at < ?2 AND ends_at > ?3
            ORDER BY starts_at, meeting_id LIMIT ?4 OFFSET ?5
            """, [0, 1, 0, 40, 0])
        #expect(plan.contains { $0.contains("SEARCH meeting_occurrence USING PRIMARY KEY (starts_at>? AND starts_at<?)") },
                "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func theUnansweredEscalationsReadTheirPartialIndex() throws {
        let plan = try Self.plan("""
            SELECT customer_id, MIN(at) FROM interaction
            WHERE kind = 'email-in' AND urgency >= 0.7 AND at <= ?1 GROUP BY customer_id
            """, ["2026-03-10"])
        #expect(plan.contains { $0.contains("interaction_escalation_on_customer_at") }, "\(plan)")
    }
}
