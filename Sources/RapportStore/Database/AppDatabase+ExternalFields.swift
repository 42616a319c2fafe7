import GRDB

extension AppDatabase {
    /// `v6-punch-external-fields`: what the general contractor's system keeps about an item
    /// (Procore's reference, cost code, impacts, creator), as text columns that default to "",
    /// so existing rows, triggers and every writer that does not know them are unchanged.
    static func addPunchExternalFields(_ db: Database) throws {
        for column in externalColumns {
            try db.alter(table: "punch_item") { t in
                t.add(column: column, .text).notNull().defaults(to: "")
            }
        }
    }

    /// The columns, in `PunchExternalFields`' order.
    static let externalColumns = ["reference", "cost_code", "cost_impact", "schedule_impact", "created_by"]
}
