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

    static func customer(_ db: Database, _ id: Int64) throws -> Customer {
        guard let customer = try Customer.fetchOne(db, sql: "SELECT * FROM customer WHERE id = ?", arguments: [id])
        else { throw AppError.missingCustomer(id: id) }
        return customer
    }

    static func contact(_ db: Database, _ id: Int64) throws -> Contact {
        guard let contact = try Contact.fetchOne(db, sql: "SELECT * FROM contact WHERE id = ?", arguments: [id])
        else { throw AppError.missingContact(id: id) }
        return contact
    }

    static func project(_ db: Database, _ id: Int64) throws -> Project {
        guard let project = try Project.fetchOne(db, sql: "SELECT * FROM project WHERE id = ?", arguments: [id])
        else { throw AppError.missingProject(id: id) }
        return project
    }

    static func milestone(_ db: Database, _ id: Int64) throws -> Milestone {
        guard let milestone = try Milestone.fetchOne(db, sql: "SELECT * FROM milestone WHERE id = ?", arguments: [id])
        else { throw AppError.missingMilestone(id: id) }
        return milestone
    }

    static func location(_ db: Database, _ id: Int64) throws -> Location {
        guard let location = try Location.fetchOne(db, sql: "SELECT * FROM location WHERE id = ?", arguments: [id])
        else { throw AppError.missingLocation(id: id) }
        return location
    }

    static func assumption(_ db: Database, _ id: Int64) throws -> Assumption {
        guard let assumption = try Assumption.fetchOne(db, sql: "SELECT * FROM assumption WHERE id = ?", arguments: [id])
        else { throw AppError.missingAssumption(id: id) }
        return assumption
    }
}

extension AppDatabase: RecordSource {}
