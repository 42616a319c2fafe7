import Foundation
import GRDB
import RapportModel

// MARK: - Importing customers, contacts and projects: all or nothing, one undo step

extension AppDatabase {
    /// Adds every row in one transaction and one undo step (`import 12 customers from FILE`).
    ///
    /// A row the store refuses (a customer that exists, an unknown customer, a taken project
    /// code, a duplicate inside the file) refuses the whole file with its line
    /// (`AppError.importFailed`), and nothing is written. Records that exist are never
    /// overwritten: import once, then edit.
    public func importRecords(_ rows: [(line: Int, row: RecordImportRow)], kind: RecordImportKind, file: String,
                              by who: String, at: Date) throws -> RecordImportResult {
        let name = (file as NSString).lastPathComponent
        return try writing { db in
            let journal = try Journal.begin(db, who: who, at: at)
            var ids: [Int64] = []
            var customers = Set<Int64>()
            for (line, row) in rows {
                do {
                    let (id, customerId) = try Self.insert(db, journal, row, who: who, at: at)
                    ids.append(id)
                    customers.insert(customerId)
                } catch let error as AppError {
                    throw AppError.importFailed(file: name, line: line, reason: Self.importReason(error))
                }
            }
            let label = "import \(ids.count) \(ids.count == 1 ? String(kind.rawValue.dropLast()) : kind.rawValue) from \(name)"
            try journal.finish(label: label)
            return RecordImportResult(kind: kind, ids: ids, label: ids.isEmpty ? "" : label, customerIds: customers)
        }
    }

    /// The refusal without its "nothing was saved" tail: the import says that once for the file.
    private static func importReason(_ error: AppError) -> String {
        var text = error.description
        for tail in ["; nothing was saved", "; nothing was changed"] where text.hasSuffix(tail) { text.removeLast(tail.count) }
        return text
    }

    private static func customerId(_ db: Database, name: String) throws -> Int64 {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM customer WHERE name = ? COLLATE NOCASE", arguments: [name])
        guard ids.count == 1 else { throw AppError.unknownCustomer(name) }
        return ids[0]
    }

    private static func insert(_ db: Database, _ journal: Journal, _ row: RecordImportRow, who: String,
                               at: Date) throws -> (id: Int64, customerId: Int64) {
        switch row {
        case .customer(let draft):
            if try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE name = ? COLLATE NOCASE", arguments: [draft.name]) != nil {
                throw AppError.duplicateCustomer(name: draft.name)
            }
            var customer = Customer(name: draft.name, domains: draft.domains, regions: draft.regions, trajectory: draft.trajectory)
            try customer.insert(db)
            try journal.didInsert("customer", id: customer.id!)
            return (customer.id!, customer.id!)
        case .contact(let customerName, let draft):
            let customerId = try customerId(db, name: customerName)
            var contact = Contact(customerId: customerId, name: draft.name, emails: draft.emails, phone: draft.phone,
                                  title: draft.title, department: draft.department, role: draft.role, influence: draft.influence)
            try contact.insert(db)
            try journal.didInsert("contact", id: contact.id!)
            return (contact.id!, customerId)
        case .project(let customerName, let draft):
            let customerId = try customerId(db, name: customerName)
            let customer = try Self.customer(db, customerId)
            let code = draft.code.isEmpty ? try suggestedCode(db, customerName: customer.name) : draft.code
            if try Int64.fetchOne(db, sql: "SELECT id FROM project WHERE code = ? COLLATE NOCASE", arguments: [code]) != nil {
                throw AppError.duplicateProjectCode(code: code)
            }
            var project = Project(customerId: customerId, code: code, name: draft.name, stage: .sold,
                                  contractCents: draft.contractCents, signedOn: draft.signedOn, targetOn: draft.targetOn,
                                  pm: draft.pm, salesRep: draft.salesRep, concerns: draft.concerns, scope: draft.scope)
            try project.insert(db)
            try journal.didInsert("project", id: project.id!)
            for line in draft.schedule?.lines ?? [] {
                var milestone = Milestone(projectId: project.id!, name: line.name, kind: line.kind, amountCents: line.amountCents,
                                          dueOn: line.dueOn, requiresAcceptance: line.requiresAcceptance)
                try milestone.insert(db)
                try journal.didInsert("milestone", id: milestone.id!)
            }
            var event = StageEvent(projectId: project.id!, at: at, who: who, fromStage: nil, toStage: .sold, note: "imported")
            try event.insert(db)
            return (project.id!, customerId)
        }
    }
}
