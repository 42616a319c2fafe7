import GRDB

extension AppDatabase {
    /// `v8-contract-to-cash`: what a firm needs to run its own projects from the signature to the
    /// last payment — archiving, the scope sales handed over, invoices and (partial) payments,
    /// retainage release, the stage history, reviews of assumptions, and the opportunity a
    /// project came from.
    ///
    /// Only columns (with defaults) and tables are added, so existing rows and triggers stand.
    /// The journal keeps row images of project, milestone and contact rows; their new columns
    /// are added to the stored images too, so undo still matches them with the rows.
    static func addContractToCash(_ db: Database) throws {
        for (table, columns) in contractColumns {
            for (name, type, defaultValue) in columns {
                try db.alter(table: table) { t in
                    let column = t.add(column: name, type)
                    if let defaultValue { column.notNull().defaults(sql: defaultValue) }
                }
            }
        }
        try db.alter(table: "assumption") { t in
            t.add(column: "punch_item_id", .integer).references("punch_item", onDelete: .setNull)
            t.add(column: "change_note_id", .integer).references("interaction", onDelete: .setNull)
        }
        try db.alter(table: "opportunity") { t in
            t.add(column: "project_id", .integer).references("project", onDelete: .setNull)
        }
        try db.create(table: "milestone_payment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("milestone_id", .integer).notNull().indexed().references("milestone", onDelete: .cascade)
            // Kept beside the milestone's so undo knows the project without a join.
            t.column("project_id", .integer).notNull().indexed().references("project", onDelete: .cascade)
            t.column("paid_on", .text).notNull()
            t.column("amount_cents", .integer).notNull().check(sql: "amount_cents > 0")
            t.column("recorded_by", .text).notNull()
            t.column("note", .text).notNull().defaults(to: "")
        }
        try db.create(table: "project_stage_event") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("project_id", .integer).notNull().indexed().references("project", onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("who", .text).notNull()
            t.column("from_stage", .text)
            t.column("to_stage", .text).notNull()
            t.column("note", .text).notNull().defaults(to: "")
        }
        // `rapport assumptions due` and the projects' due counts read open assumptions by review day.
        try db.execute(sql: "CREATE INDEX assumption_open_review ON assumption(project_id, review_on) WHERE status = 'open'")
        try db.execute(sql: "CREATE INDEX assumption_due ON assumption(review_on) WHERE status = 'open'")
        try db.execute(sql: "CREATE INDEX opportunity_on_project ON opportunity(project_id)")
        for (table, columns) in contractColumns {
            var image = "json(before_json)"
            var after = "json(after_json)"
            for (name, _, defaultValue) in columns {
                let value = defaultValue ?? "NULL"
                image = "json_set(\(image), '$.\(name)', \(value))"
                after = "json_set(\(after), '$.\(name)', \(value))"
            }
            if table == "assumption" { continue }  // assumptions were never journaled before v8
            try db.execute(sql: """
                UPDATE journal_change SET before_json = CASE WHEN before_json IS NULL THEN NULL ELSE \(image) END,
                                          after_json = CASE WHEN after_json IS NULL THEN NULL ELSE \(after) END
                WHERE table_name = ?
                """, arguments: [table])
        }
    }

    /// The plain columns v8 adds: name, type, and the SQL default of a NOT NULL column (nil: nullable).
    static let contractColumns: [(String, [(String, Database.ColumnType, String?)])] = [
        ("customer", [("archived_on", .text, nil)]),
        ("contact", [("archived_on", .text, nil)]),
        ("project", [("scope", .text, "''")]),
        ("milestone", [("invoiced_on", .text, nil), ("invoice_number", .text, "''"), ("released_on", .text, nil)]),
        ("assumption", [("reviewed_on", .text, nil), ("reviewed_by", .text, "''"), ("note", .text, "''")]),
    ]
}
