import GRDB

extension AppDatabase {
    /// v13: intel learned in a meeting names it, and intel past its review-by date can be
    /// marked reviewed. Adds columns only (intel was never journaled before, so no stored
    /// image goes stale).
    static func addCapture(_ db: Database) throws {
        try db.alter(table: "intel") { t in
            t.add(column: "meeting_id", .integer).references("meeting", onDelete: .setNull)
            t.add(column: "reviewed_on", .text)
        }
        try db.execute(sql: """
            CREATE INDEX intel_on_meeting ON intel(meeting_id);
            CREATE INDEX intel_due ON intel(review_on) WHERE review_on IS NOT NULL;
            CREATE INDEX opportunity_on_stage ON opportunity(stage, customer_id);
            """)
    }
}
