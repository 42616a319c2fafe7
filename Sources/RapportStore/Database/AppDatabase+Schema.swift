import GRDB

extension AppDatabase {
    /// The schema's history. A migration is never edited once shipped; changes are new migrations.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-first-model") { db in
            try createParties(db)
            try createProjects(db)
            try createPunchList(db)
            try createMeetings(db)
            try createSalesKnowledge(db)
        }
        migrator.registerMigration("v2-triage-journal") { db in
            try createJournal(db)
        }
        migrator.registerMigration("v3-punch-order-and-search") { db in
            try createPunchOrderAndSearch(db)
        }
        migrator.registerMigration("v4-occurrences-and-snapshot-validity", migrate: createDerivedTables)
        migrator.registerMigration("v5-journal-per-user", migrate: indexJournalPerUser)
        // Neither rebuilds a table, so foreign keys stay on (no whole-file check at the end).
        migrator.registerMigration("v6-punch-external-fields", foreignKeyChecks: .immediate, migrate: addPunchExternalFields)
        migrator.registerMigration("v7-punch-disputed-status", foreignKeyChecks: .immediate, migrate: allowDisputedStatus)
        migrator.registerMigration("v8-contract-to-cash", foreignKeyChecks: .immediate, migrate: addContractToCash)
        // Rebuilds `meeting`: foreign keys off while it runs, checked once at the end.
        migrator.registerMigration("v9-calendar-records", migrate: addCalendarRecords)
        migrator.registerMigration("v10-mail-threads", foreignKeyChecks: .immediate, migrate: indexMailThreads)
        migrator.registerMigration("v11-reply-index", foreignKeyChecks: .immediate, migrate: indexReplies)
        migrator.registerMigration("v13-capture", foreignKeyChecks: .immediate, migrate: addCapture)
        migrator.registerMigration("v14-occurrence-sales", foreignKeyChecks: .immediate, migrate: addOccurrenceSales)
        migrator.registerMigration("v15-awaiting-mail-index", foreignKeyChecks: .immediate, migrate: indexAwaitingMail)
        migrator.registerMigration("v16-search-index", foreignKeyChecks: .immediate, migrate: createSearchIndex)
        migrator.registerMigration("v17-snapshot-scores-index", foreignKeyChecks: .immediate, migrate: indexSnapshotScores)
        return migrator
    }

    private static func createParties(_ db: Database) throws {
        try db.create(table: "customer") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique(onConflict: .abort)
            t.column("domains", .text).notNull().defaults(to: "")
            t.column("regions", .text).notNull().defaults(to: "")
            t.column("trajectory", .text).notNull().defaults(to: "stable")
                .check(sql: "trajectory IN ('expanding', 'stable', 'shrinking')")
        }
        try db.create(table: "contact") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("customer_id", .integer).notNull().indexed().references("customer", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("emails", .text).notNull().defaults(to: "")
            t.column("phone", .text).notNull().defaults(to: "")
            t.column("title", .text).notNull().defaults(to: "")
            t.column("department", .text).notNull()
            t.column("role", .text).notNull()
            t.column("influence", .integer).notNull().defaults(to: 3).check(sql: "influence BETWEEN 1 AND 5")
            t.column("left_on", .text)
            t.column("successor_id", .integer).indexed().references("contact", onDelete: .setNull)
        }
    }

    private static func createProjects(_ db: Database) throws {
        try db.create(table: "project") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("customer_id", .integer).notNull().indexed().references("customer", onDelete: .restrict)
            t.column("code", .text).notNull().unique(onConflict: .abort)
            t.column("name", .text).notNull()
            t.column("stage", .text).notNull().check(sql: """
                stage IN ('sold', 'design', 'rough-in', 'install', 'commission', 'punch', 'acceptance', 'warranty', 'closed')
                """)
            t.column("contract_cents", .integer).notNull().defaults(to: 0)
            t.column("signed_on", .text)
            t.column("target_on", .text)
            t.column("pm", .text).notNull().defaults(to: "")
            t.column("sales_rep", .text).notNull().defaults(to: "")
            t.column("concerns", .text).notNull().defaults(to: "")
        }
        try db.create(table: "location") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("project_id", .integer).notNull().indexed().references("project", onDelete: .cascade)
            t.column("path", .text).notNull()
            t.uniqueKey(["project_id", "path"])
        }
        try db.create(table: "location_fact") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("location_id", .integer).notNull().indexed().references("location", onDelete: .cascade)
            t.column("key", .text).notNull()
            t.column("value", .text).notNull()
            t.column("verified", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "milestone") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("project_id", .integer).notNull().indexed().references("project", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('deposit', 'progress', 'final', 'retainage')")
            t.column("amount_cents", .integer).notNull().check(sql: "amount_cents >= 0")
            t.column("due_on", .text)
            t.column("payment", .text).notNull().defaults(to: "not-invoiced")
                .check(sql: "payment IN ('not-invoiced', 'invoiced', 'paid', 'overdue')")
            t.column("requires_acceptance", .boolean).notNull().defaults(to: false)
            t.column("accepted_on", .text)
            t.column("accepted_by", .text)
        }
        try db.create(table: "assumption") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("project_id", .integer).notNull().indexed().references("project", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("owner", .text).notNull()
            t.column("review_on", .text)
            t.column("status", .text).notNull().defaults(to: "open")
                .check(sql: "status IN ('open', 'confirmed', 'invalid')")
        }
    }

    private static func createPunchList(_ db: Database) throws {
        try db.create(table: "punch_item") { t in
            t.autoIncrementedPrimaryKey("id")
            // No separate project_id index: the composite unique key below already covers it.
            t.column("project_id", .integer).notNull().references("project", onDelete: .cascade)
            t.column("number", .integer).notNull().check(sql: "number > 0")
            t.column("title", .text).notNull().check(sql: "length(trim(title)) > 0")
            t.column("detail", .text).notNull().defaults(to: "")
            t.column("location_id", .integer).indexed().references("location", onDelete: .setNull)
            t.column("category", .text).notNull().defaults(to: "other")
            t.column("priority", .integer).notNull().defaults(to: 2).check(sql: "priority BETWEEN 1 AND 3")
            t.column("status", .text).notNull().defaults(to: "open")
                .check(sql: "status IN ('open', 'in-progress', 'ready', 'closed', 'void')")
            t.column("ball_in_court", .text).notNull().defaults(to: "us")
            t.column("assignee", .text).notNull().defaults(to: "")
            t.column("due_on", .text)
            t.column("blocks_acceptance", .boolean).notNull().defaults(to: false)
            t.column("source", .text).notNull().defaults(to: "walkthrough")
            t.column("rejections", .integer).notNull().defaults(to: 0)
            t.column("accepted_by", .text)
            t.column("created_at", .datetime).notNull()
            t.column("updated_at", .datetime).notNull()
            t.uniqueKey(["project_id", "number"])
        }
        // Open counts per project and the customer roll-ups read (project, status).
        try db.create(index: "punch_item_on_project_status", on: "punch_item", columns: ["project_id", "status"])
        try db.create(table: "punch_event") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("punch_item_id", .integer).notNull().indexed().references("punch_item", onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("who", .text).notNull()
            t.column("field", .text).notNull()
            t.column("from_value", .text)
            t.column("to_value", .text)
            t.column("note", .text).notNull().defaults(to: "")
        }
    }

    private static func createMeetings(_ db: Database) throws {
        try db.create(table: "meeting") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("project_id", .integer).indexed().references("project", onDelete: .cascade)
            t.column("customer_id", .integer).indexed().references("customer", onDelete: .cascade)
            t.column("uid", .text).notNull().unique(onConflict: .abort)
            t.column("title", .text).notNull()
            t.column("starts_at", .datetime).notNull()
            t.column("ends_at", .datetime).notNull()
            t.column("tzid", .text).notNull()
            t.column("rrule", .text)
            t.column("exdates", .text).notNull().defaults(to: "[]")
            t.column("location", .text).notNull().defaults(to: "")
            t.column("organizer", .text).notNull().defaults(to: "")
            t.column("sales_welcome", .boolean).notNull().defaults(to: false)
            t.column("agenda", .text).notNull().defaults(to: "")
            t.column("minutes", .text).notNull().defaults(to: "")
            t.column("last_ends_at", .datetime)
            t.check(sql: "ends_at >= starts_at")
        }
        // The agenda skips series that ended before its window.
        try db.create(index: "meeting_on_last_ends_at", on: "meeting", columns: ["last_ends_at"])
        try db.create(table: "attendee") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("meeting_id", .integer).notNull().indexed().references("meeting", onDelete: .cascade)
            t.column("contact_id", .integer).indexed().references("contact", onDelete: .setNull)
            t.column("name", .text).notNull()
            t.column("email", .text).notNull().defaults(to: "")
            t.column("role", .text).notNull().defaults(to: "required")
            t.column("status", .text).notNull().defaults(to: "needs-action")
            t.column("attended", .boolean).notNull().defaults(to: false)
        }
    }

    private static func createSalesKnowledge(_ db: Database) throws {
        try db.create(table: "interaction") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("customer_id", .integer).notNull().references("customer", onDelete: .cascade)
            t.column("project_id", .integer).indexed().references("project", onDelete: .setNull)
            t.column("contact_id", .integer).indexed().references("contact", onDelete: .setNull)
            t.column("kind", .text).notNull()
                .check(sql: "kind IN ('email-in', 'email-out', 'call', 'meeting', 'site-visit', 'note')")
            t.column("at", .datetime).notNull()
            t.column("subject", .text).notNull()
            t.column("body", .text).notNull().defaults(to: "")
            t.column("sentiment", .double).check(sql: "sentiment BETWEEN -1 AND 1")
            t.column("urgency", .double).notNull().defaults(to: 0)
            t.column("message_id", .text).unique(onConflict: .abort)
            t.column("thread", .text)
            t.column("answered_at", .datetime)
        }
        // Temperature reads a customer's recent interactions.
        try db.create(index: "interaction_on_customer_at", on: "interaction", columns: ["customer_id", "at"])
        try db.create(table: "intel") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("customer_id", .integer).notNull().indexed().references("customer", onDelete: .cascade)
            t.column("project_id", .integer).indexed().references("project", onDelete: .setNull)
            t.column("contact_id", .integer).indexed().references("contact", onDelete: .setNull)
            t.column("category", .text).notNull()
            t.column("text", .text).notNull()
            t.column("captured_by", .text).notNull()
            t.column("at", .datetime).notNull()
            t.column("review_on", .text)
        }
        try db.create(table: "opportunity") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("customer_id", .integer).notNull().indexed().references("customer", onDelete: .cascade)
            t.column("source", .text).notNull()
            t.column("title", .text).notNull()
            t.column("estimate_cents", .integer).notNull().defaults(to: 0)
            t.column("stage", .text).notNull().defaults(to: "idea")
            t.column("next_step", .text).notNull().defaults(to: "")
            t.column("owner", .text).notNull()
        }
        try db.create(table: "temperature_snapshot") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("customer_id", .integer).notNull().references("customer", onDelete: .cascade)
            t.column("day", .text).notNull()
            t.column("score", .integer).notNull().check(sql: "score BETWEEN 0 AND 100")
            t.column("band", .text).notNull()
            t.column("components", .text).notNull().defaults(to: "[]")
            t.uniqueKey(["customer_id", "day"])
        }
    }

    /// The undo journal: one entry per user-visible mutation, with the row images it changed.
    ///
    /// It lives in the file so undo works after a restart. A later migration that changes the
    /// columns of a journaled table (punch_item, location, project, milestone) must empty the
    /// journal, since undo compares stored images with the rows as they are.
    private static func createJournal(_ db: Database) throws {
        try db.create(table: "journal_entry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("who", .text).notNull()
            t.column("label", .text).notNull()
            t.column("undone", .boolean).notNull().defaults(to: false)
        }
        // Each mutation discards the redo tail: find the few undone entries without a scan.
        try db.execute(sql: "CREATE INDEX journal_entry_undone ON journal_entry(id) WHERE undone")
        try db.create(table: "journal_change") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("entry_id", .integer).notNull().indexed().references("journal_entry", onDelete: .cascade)
            t.column("table_name", .text).notNull()
            t.column("row_id", .integer).notNull()
            // NULL before: the row was inserted; NULL after: it was deleted.
            t.column("before_json", .text)
            t.column("after_json", .text)
        }
    }

    /// Undo and redo are per user: before replaying a step they look for later steps of other
    /// users on the same rows, found through this index rather than by reading every change of
    /// the journal. Entries (at most `Journal.depth`) need none; the journal's rows are not
    /// changed, so its images still match the tables.
    ///
    /// `row_id` leads: led by `table_name`, the index looked as good to the planner as the
    /// entry index for a mutation's own `entry_id = ? AND table_name = ?`, and it chose it,
    /// reading every journaled item (40 ms a keystroke after a 100,000-row import).
    private static func indexJournalPerUser(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX journal_change_on_row ON journal_change(row_id, table_name, entry_id)")
    }
}
