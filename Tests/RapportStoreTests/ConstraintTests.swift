import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// The schema refuses bad rows even when the app's own checks are bypassed (a script, a bug,
/// a future server), and a refused batch leaves nothing half-written.
@Suite struct ConstraintTests {
    static let now = utc("2026-03-10T14:00:00Z")

    /// A database holding one customer with one project (ACME-01, id returned).
    static func databaseWithProject() throws -> (AppDatabase, projectId: Int64) {
        let db = try AppDatabase.inMemory()
        let projectId = try db.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme Corp"))
            return try ins.insert(Project(customerId: customer.id!, code: "ACME-01", name: "Boardroom", stage: .punch)).id!
        }
        return (db, projectId)
    }

    static func item(_ projectId: Int64, number: Int, title: String = "Projector flickers") -> PunchItem {
        PunchItem(projectId: projectId, number: number, title: title, createdAt: now, updatedAt: now)
    }

    /// Expects `body` to throw an SQLite error whose message contains `reason`, so a typo in a
    /// test's SQL cannot pass for the constraint under test.
    static func expectRefused(_ reason: String, sourceLocation: SourceLocation = #_sourceLocation,
                              _ body: () throws -> Void) {
        #expect(sourceLocation: sourceLocation) {
            try body()
        } throws: { error in
            String(describing: error).contains(reason)
        }
    }

    // MARK: - Foreign keys

    @Test func aPunchItemForAMissingProjectIsRefused() throws {
        // Given an empty database
        let db = try AppDatabase.inMemory()
        // When a customer and a punch item for project 42 (which does not exist) are inserted together
        Self.expectRefused("FOREIGN KEY constraint failed") {
            try db.insertAll { ins in
                try ins.insert(Customer(name: "Acme Corp"))
                try ins.insert(Self.item(42, number: 1))
            }
        }
        // Then neither was written
        #expect(try db.counts().values.allSatisfy { $0 == 0 })
    }

    @Test func aProjectForAMissingCustomerIsRefused() throws {
        let (db, _) = try Self.databaseWithProject()
        Self.expectRefused("FOREIGN KEY constraint failed") {
            _ = try db.insertAll { ins in try ins.insert(Project(customerId: 999, code: "GHOST-1", name: "x", stage: .sold)) }
        }
        #expect(try db.projectCount() == 1)
    }

    // MARK: - CHECK constraints

    @Test(arguments: [
        ("priority 4", "INSERT INTO punch_item (project_id, number, title, priority, created_at, updated_at) VALUES (?, 2, 'Rack fan noisy', 4, '2026-03-10 14:00:00.000', '2026-03-10 14:00:00.000')"),
        ("priority 0", "INSERT INTO punch_item (project_id, number, title, priority, created_at, updated_at) VALUES (?, 2, 'Rack fan noisy', 0, '2026-03-10 14:00:00.000', '2026-03-10 14:00:00.000')"),
        ("status done", "INSERT INTO punch_item (project_id, number, title, status, created_at, updated_at) VALUES (?, 2, 'Rack fan noisy', 'done', '2026-03-10 14:00:00.000', '2026-03-10 14:00:00.000')"),
        ("number 0", "INSERT INTO punch_item (project_id, number, title, created_at, updated_at) VALUES (?, 0, 'Rack fan noisy', '2026-03-10 14:00:00.000', '2026-03-10 14:00:00.000')"),
        ("blank title", "INSERT INTO punch_item (project_id, number, title, created_at, updated_at) VALUES (?, 2, '   ', '2026-03-10 14:00:00.000', '2026-03-10 14:00:00.000')"),
        ("stage shipped", "INSERT INTO project (customer_id, code, name, stage) SELECT customer_id, 'ACME-99', 'x', 'shipped' FROM project WHERE id = ?"),
    ])
    func valuesOutsideTheWorkflowAreRefused(what: String, sql: String) throws {
        // Given a project, and a punch item inserted in the same batch as the bad row
        let (db, projectId) = try Self.databaseWithProject()
        // When a row with a value the app never writes is inserted
        Self.expectRefused("CHECK constraint failed") {
            try db.insertAll { ins in
                try ins.insert(Self.item(projectId, number: 1))
                try ins.db.execute(sql: sql, arguments: [projectId])
            }
        }
        // Then the whole batch is gone, the good item with it
        #expect(try db.punchTotal(projectId: projectId) == 0, "\(what)")
        #expect(try db.projectCount() == 1)
    }

    @Test(arguments: [0, 6, 9])
    func influenceOutsideOneToFiveIsRefused(influence: Int) throws {
        let (db, _) = try Self.databaseWithProject()
        Self.expectRefused("CHECK constraint failed") {
            try db.insertAll { ins in
                try ins.insert(Contact(customerId: 1, name: "Dana Reyes", department: .facilities, role: .champion,
                                       influence: 5))
                try ins.insert(Contact(customerId: 1, name: "Lee Park", department: .executive, role: .signer,
                                       influence: influence))
            }
        }
        #expect(try db.counts()["contact"] == 0)
    }

    @Test func influenceAtTheEdgesIsAccepted() throws {
        // The positive control: 1 and 5 are valid, so the check is not simply refusing contacts
        let (db, _) = try Self.databaseWithProject()
        try db.insertAll { ins in
            try ins.insert(Contact(customerId: 1, name: "A", department: .endUser, role: .user, influence: 1))
            try ins.insert(Contact(customerId: 1, name: "B", department: .executive, role: .finalApprover, influence: 5))
        }
        #expect(try db.counts()["contact"] == 2)
    }

    // MARK: - Uniqueness

    @Test func projectCodesAreUnique() throws {
        // Given ACME-01
        let (db, _) = try Self.databaseWithProject()
        // When a second customer and a second ACME-01 are inserted together
        Self.expectRefused("UNIQUE constraint failed: project.code") {
            try db.insertAll { ins in
                let other = try ins.insert(Customer(name: "Globex"))
                try ins.insert(Project(customerId: other.id!, code: "ACME-01", name: "Lobby", stage: .sold))
            }
        }
        // Then the code still names one project and the new customer was not kept
        #expect(try db.projectCount() == 1)
        #expect(try db.counts()["customer"] == 1)
    }

    @Test func itemNumbersAreUniquePerProject() throws {
        // Given item 1 of ACME-01
        let (db, projectId) = try Self.databaseWithProject()
        _ = try db.insertAll { ins in try ins.insert(Self.item(projectId, number: 1)) }
        // When another item 1 is added to the same project, with item 2 in the same batch
        Self.expectRefused("UNIQUE constraint failed: punch_item.project_id, punch_item.number") {
            try db.insertAll { ins in
                try ins.insert(Self.item(projectId, number: 2, title: "Mic gain too low"))
                try ins.insert(Self.item(projectId, number: 1, title: "Touch panel offline"))
            }
        }
        // Then "item 1" still means one thing and item 2 was not kept
        #expect(try db.punchItems(PunchQuery(projectId: projectId), today: LocalDate(year: 2026, month: 1, day: 1), offset: 0, limit: 10).map(\.title) == ["Projector flickers"])
    }

    @Test func anotherProjectMayUseTheSameNumbers() throws {
        // The positive control: numbering is per project
        let (db, projectId) = try Self.databaseWithProject()
        let otherId = try db.insertAll { ins in
            try ins.insert(Self.item(projectId, number: 1))
            let other = try ins.insert(Project(customerId: 1, code: "ACME-02", name: "Lobby", stage: .install))
            try ins.insert(Self.item(other.id!, number: 1, title: "Lobby screen dead pixel"))
            return other.id!
        }
        #expect(try db.punchTotal(projectId: projectId) == 1)
        #expect(try db.punchTotal(projectId: otherId) == 1)
    }
}
