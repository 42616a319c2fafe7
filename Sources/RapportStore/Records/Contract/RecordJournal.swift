import Foundation
import GRDB
import RapportModel

// MARK: - One journaled transaction per record write

extension AppDatabase {
    /// Runs `body` as one write transaction and one undo step: it writes through the journal and
    /// returns its value and the step's label. A write that changed nothing leaves no step, and
    /// its result's label is empty (`Saved.changedNothing`).
    func journaled<T>(by who: String, at: Date, _ body: (Database, Journal) throws -> (T, String)) throws -> (T, String) {
        try writing { db in
            let journal = try Journal.begin(db, who: who, at: at)
            let (value, label) = try body(db, journal)
            return (value, try journal.finish(label: label) ? label : "")
        }
    }

    static func customer(_ db: Database, _ id: Int64) throws -> Customer { try row(db, "customer", id, AppError.missingCustomer) }
    static func contact(_ db: Database, _ id: Int64) throws -> Contact { try row(db, "contact", id, AppError.missingContact) }
    static func project(_ db: Database, _ id: Int64) throws -> Project { try row(db, "project", id, AppError.missingProject) }
    static func milestone(_ db: Database, _ id: Int64) throws -> Milestone { try row(db, "milestone", id, AppError.missingMilestone) }
    static func location(_ db: Database, _ id: Int64) throws -> Location { try row(db, "location", id, AppError.missingLocation) }
    static func assumption(_ db: Database, _ id: Int64) throws -> Assumption {
        try row(db, "assumption", id, AppError.missingAssumption)
    }

    /// The row of `table` with `id`, or the refusal that names what is missing.
    private static func row<T: FetchableRecord>(_ db: Database, _ table: String, _ id: Int64,
                                                _ missing: (Int64) -> AppError) throws -> T {
        guard let value = try T.fetchOne(db, cached: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) else { throw missing(id) }
        return value
    }
}

extension AppDatabase: RecordSource {}
