import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct MigrationTests {
    /// Columns each table must have: keys, foreign keys, and what the queries filter on.
    static let keyColumns: [String: [String]] = [
        "customer": ["id", "name", "trajectory"],
        "contact": ["id", "customer_id", "role", "influence", "left_on", "successor_id"],
        "project": ["id", "customer_id", "code", "stage"],
        "location": ["id", "project_id", "path"],
        "location_fact": ["id", "location_id", "key", "value", "verified"],
        "punch_item": ["id", "project_id", "number", "location_id", "priority", "status", "due_on",
                       "blocks_acceptance", "rejections", "created_at", "updated_at"],
        "punch_event": ["id", "punch_item_id", "at", "from_value", "to_value"],
        "milestone": ["id", "project_id", "kind", "amount_cents", "due_on", "payment", "requires_acceptance"],
        "assumption": ["id", "project_id", "review_on", "status"],
        "meeting": ["id", "project_id", "customer_id", "uid", "starts_at", "ends_at", "tzid", "rrule",
                    "exdates", "last_ends_at"],
        "attendee": ["id", "meeting_id", "contact_id", "status"],
        "interaction": ["id", "customer_id", "project_id", "contact_id", "kind", "at", "sentiment", "urgency",
                        "answered_at"],
        "intel": ["id", "customer_id", "project_id", "contact_id", "category", "at"],
        "opportunity": ["id", "customer_id", "stage"],
        "temperature_snapshot": ["id", "customer_id", "day", "score", "band"],
        "milestone_payment": ["id", "milestone_id", "project_id", "paid_on", "amount_cents"],
        "project_stage_event": ["id", "project_id", "at", "who", "from_stage", "to_stage"],
    ]

    @Test func migratingAnEmptyDatabaseCreatesEveryTable() throws {
        // Given a brand-new database
        // When it is opened (which migrates it)
        let db = try AppDatabase.inMemory()
        // Then every table the store counts exists, and nothing is in them
        #expect(try db.tableNames().isSuperset(of: AppDatabase.tables))
        #expect(Set(Self.keyColumns.keys) == Set(AppDatabase.tables))
        #expect(try db.counts() == Dictionary(uniqueKeysWithValues: AppDatabase.tables.map { ($0, 0) }))
        #expect(try db.isEmpty())
    }

    @Test(arguments: AppDatabase.tables)
    func eachTableHasItsKeyColumns(table: String) throws {
        let db = try AppDatabase.inMemory()
        let columns = try db.columnNames(of: table)
        for column in Self.keyColumns[table]! {
            #expect(columns.contains(column), "\(table).\(column) missing; has \(columns)")
        }
    }

    static let foreignKeys: [(String, Set<String>)] = [
        ("contact", ["customer_id → customer", "successor_id → contact"]),
        ("project", ["customer_id → customer"]),
        ("location", ["project_id → project"]),
        ("location_fact", ["location_id → location"]),
        ("punch_item", ["project_id → project", "location_id → location"]),
        ("punch_event", ["punch_item_id → punch_item"]),
        ("milestone", ["project_id → project"]),
        ("assumption", ["project_id → project", "punch_item_id → punch_item", "change_note_id → interaction"]),
        ("meeting", ["project_id → project", "customer_id → customer", "series_id → meeting"]),
        ("meeting_note", ["meeting_id → meeting"]),
        ("action_item", ["meeting_id → meeting", "punch_item_id → punch_item"]),
        ("attendee", ["meeting_id → meeting", "contact_id → contact"]),
        ("interaction", ["customer_id → customer", "project_id → project", "contact_id → contact"]),
        ("intel", ["customer_id → customer", "project_id → project", "contact_id → contact", "meeting_id → meeting"]),
        ("opportunity", ["customer_id → customer", "project_id → project"]),
        ("temperature_snapshot", ["customer_id → customer"]),
        ("milestone_payment", ["milestone_id → milestone", "project_id → project"]),
        ("project_stage_event", ["project_id → project"]),
    ]

    @Test(arguments: foreignKeys)
    func foreignKeysPointWhereTheModelSays(table: String, keys: Set<String>) throws {
        #expect(try AppDatabase.inMemory().foreignKeys(of: table) == keys)
    }

    @Test(arguments: [
        ("punch_item", "punch_item_on_project_status", ["project_id", "status"]),
        ("interaction", "interaction_on_customer_at", ["customer_id", "at"]),
        ("meeting", "meeting_on_last_ends_at", ["last_ends_at"]),
        ("punch_item", "punch_item_open_first", ["project_id", "<expression>", "number"]),
        ("punch_item", "punch_item_by_priority", ["project_id", "priority", "number"]),
        ("punch_item", "punch_item_by_due", ["project_id", "<expression>", "due_on", "number"]),
    ])
    func theQueriesIndexesExist(table: String, index: String, columns: [String]) throws {
        // The dashboard pages through these; without them a page costs a table scan
        let indexes = try AppDatabase.inMemory().indexes(on: table)
        #expect(indexes[index] == columns, "indexes on \(table): \(indexes)")
    }

    @Test func everyKindOfRecordCanBeStoredAndCounted() throws {
        // Given a database
        let db = try AppDatabase.inMemory()
        let now = utc("2026-03-10T14:00:00Z")
        // When one value of every model type is inserted, linked to the others
        try db.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme Corp", domains: "acme.example"))
            let champion = try ins.insert(Contact(customerId: customer.id!, name: "Dana Reyes", department: .facilities,
                                                  role: .champion, influence: 4))
            try ins.insert(Contact(customerId: customer.id!, name: "Lee Park", department: .itNetwork, role: .user,
                                   leftOn: LocalDate(year: 2026, month: 1, day: 15), successorId: champion.id))
            let project = try ins.insert(Project(customerId: customer.id!, code: "ACME-01", name: "Boardroom refit",
                                                 stage: .punch, signedOn: LocalDate(year: 2025, month: 11, day: 3)))
            let room = try ins.insert(Location(projectId: project.id!, path: "HQ / Floor 3 / Board Room"))
            try ins.insert(LocationFact(locationId: room.id!, key: "VLAN", value: "120", verified: true))
            let item = try ins.insert(PunchItem(projectId: project.id!, number: 1, title: "HDMI handshake fails",
                                                locationId: room.id, dueOn: LocalDate(year: 2026, month: 3, day: 13),
                                                createdAt: now, updatedAt: now))
            try ins.insert(PunchEvent(punchItemId: item.id!, at: now, who: "pm", field: "status",
                                      fromValue: "open", toValue: "in-progress"))
            let final = try ins.insert(Milestone(projectId: project.id!, name: "Final", kind: .final, amountCents: 1_250_000,
                                                 requiresAcceptance: true, invoicedOn: LocalDate(year: 2026, month: 3, day: 1)))
            try ins.insert(MilestonePayment(milestoneId: final.id!, projectId: project.id!,
                                            paidOn: LocalDate(year: 2026, month: 3, day: 9), amountCents: 250_000,
                                            recordedBy: "pm"))
            try ins.insert(StageEvent(projectId: project.id!, at: now, who: "pm", fromStage: .commission, toStage: .punch))
            try ins.insert(Assumption(projectId: project.id!, text: "Ceiling void is 600 mm", owner: "pm"))
            let meeting = try ins.insert(Meeting(projectId: project.id, uid: "m-1@rapport", title: "Site meeting",
                                                 startsAt: now, endsAt: now + 3600, tzid: "America/New_York",
                                                 rrule: "FREQ=WEEKLY;COUNT=4", exdates: [now + 7 * 86_400]))
            try ins.insert(Attendee(meetingId: meeting.id!, contactId: champion.id, name: "Dana Reyes"))
            try ins.insert(Interaction(customerId: customer.id!, projectId: project.id, contactId: champion.id,
                                       kind: .emailIn, at: now, subject: "Thanks", sentiment: 0.7,
                                       messageId: "<1@acme.example>"))
            try ins.insert(Intel(customerId: customer.id!, category: .opportunity, text: "Second floor next year",
                                 capturedBy: "sales", at: now))
            try ins.insert(Opportunity(customerId: customer.id!, source: "intel", title: "Floor 2 rooms",
                                       estimateCents: 4_000_000, owner: "sales"))
        }
        // Then each lands in its own table (the snapshot table is written by the scorer, not here)
        var expected = Dictionary(uniqueKeysWithValues: AppDatabase.tables.map { ($0, 1) })
        expected["contact"] = 2
        expected["temperature_snapshot"] = 0
        #expect(try db.counts() == expected)
        #expect(try !db.isEmpty())
    }

    @Test func migrationHistoryIsRecorded() throws {
        // The applied migration ids are what a newer or older build compares against
        let applied = try AppDatabase.inMemory().read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(applied == ["v1-first-model", "v2-triage-journal", "v3-punch-order-and-search",
                            "v4-occurrences-and-snapshot-validity", "v5-journal-per-user",
                            "v6-punch-external-fields", "v7-punch-disputed-status",
                            "v8-contract-to-cash", "v9-calendar-records", "v10-mail-threads", "v11-reply-index",
                            "v13-capture", "v14-occurrence-sales", "v15-awaiting-mail-index",
                            "v16-search-index", "v17-snapshot-scores-index"])
    }
}
