import Foundation
import GRDB
import RapportModel

// MARK: - Names the calendar commands type, to ids

extension AppDatabase {
    /// The customer's contact named `name` (or whose e-mail it is), for inviting by name.
    public func contact(customerId: Int64, named name: String) throws -> Contact {
        try read { db in
            let all = try Contact.fetchAll(db, sql: "SELECT * FROM contact WHERE customer_id = ? ORDER BY id", arguments: [customerId])
            let key = name.lowercased()
            if let match = all.first(where: { $0.name.lowercased() == key })
                ?? all.first(where: { $0.emails.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.contains(key) }) {
                return match
            }
            let customer = try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = ?", arguments: [customerId]) ?? "the customer"
            throw AppError.unknownAttendee(name: name, customer: customer)
        }
    }

    /// The customer a project belongs to.
    public func customerId(projectId: Int64) throws -> Int64 {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT customer_id FROM project WHERE id = ?", arguments: [projectId])
            else { throw AppError.missingProject(id: projectId) }
            return id
        }
    }
}
