import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The "in dispute" state: an open item contested, counted open, capping the temperature.
@Suite struct DisputeTests {
    @Test func aDisputedItemStaysOpenWithTheBallOnTheOtherSide() throws {
        // Given ACME-01's open #6
        let f = try PunchFixture()
        let id = try f.db.ids(f.acme01, 6)[0]
        let before = try f.db.punchSnapshot(f.acme01)
        let open = try f.db.projects(offset: 0, limit: 10).first { $0.id == f.acme01 }?.openPunch
        // When the customer disputes it, with a note
        #expect(try f.db.disputePunchItems(ids: [id], side: .customer, note: " Not in our scope ", by: Triage.pm,
                                           at: Triage.at(1)) == 1)
        // Then it is disputed, the ball is ours, the history says who and why, and it still counts as open
        let item = try f.db.item(f.acme01, 6)
        #expect(item.status == .disputed)
        #expect(item.ballInCourt == "us")
        #expect(try f.db.history(id).suffix(1) == ["status open→disputed (disputed by customer: Not in our scope)"])
        #expect(try f.db.projects(offset: 0, limit: 10).first { $0.id == f.acme01 }?.openPunch == open)
        #expect(try f.db.punchNumbers(projectId: f.acme01).contains(6))
        // And one undo puts it back
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == "dispute #6")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
    }

    @Test func aClosedItemCannotBeDisputed() throws {
        let f = try PunchFixture()
        #expect(throws: AppError.invalidPunchItem(reason: "#2 is closed; only an open item can be disputed")) {
            try f.db.disputePunchItems(ids: f.db.ids(f.acme01, 2), side: .us, note: "", by: Triage.pm, at: Triage.at(1))
        }
    }

    @Test func aDisputedItemCapsTheCustomersTemperature() throws {
        // Given Acme's temperatures, then one of its items disputed by us
        let f = try PunchFixture()
        let before = try f.db.refreshTemperatures(now: Triage.at(0), timeZone: zone("UTC")).first { $0.name == "Acme Corp" }
        #expect(before?.temperature.caps.contains(.disputedItem) == false)
        try f.db.disputePunchItems(ids: f.db.ids(f.acme01, 6), side: .us, note: "their cabling", by: Triage.pm,
                                   at: Triage.at(1))
        // Then the cap DESIGN.md names applies: a disputed item caps the score at 49
        let after = try f.db.refreshTemperatures(now: Triage.at(2), timeZone: zone("UTC")).first { $0.name == "Acme Corp" }
        #expect(after?.temperature.caps.contains(.disputedItem) == true)
        #expect((after?.temperature.score ?? 100) <= 49)
    }

    @Test func theStatusCheckAndTheOpenCountsKnowDisputed() throws {
        // Given a database migrated to v7-punch-disputed-status
        let db = try AppDatabase.inMemory()
        _ = try db.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Initech")).id!
            return try ins.insert(Project(customerId: customer, code: "INI-01", name: "Lobby", stage: .punch)).id!
        }
        try db.write { db in
            // Then the status check takes disputed and still refuses a word no status has
            try db.execute(sql: """
                INSERT INTO punch_item (project_id, number, title, status, created_at, updated_at)
                VALUES (1, 1, 'Rack fan', 'disputed', '2026-01-01', '2026-01-01')
                """)
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: """
                    INSERT INTO punch_item (project_id, number, title, status, created_at, updated_at)
                    VALUES (1, 2, 'Rack fan', 'argued', '2026-01-01', '2026-01-01')
                    """)
            }
            // And the trigger-kept count and the open-signals index count it as open
            #expect(try Int.fetchOne(db, sql: "SELECT open FROM project_punch_count WHERE project_id = 1") == 1)
            let index = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'punch_item_open_signals'")
            #expect(index?.hasSuffix("WHERE status IN ('open', 'in-progress', 'ready', 'disputed')") == true)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
        }
    }
}
