import Foundation
import GRDB
import RapportModel

// MARK: - Customers: the list, the customer view, and their writes

extension AppDatabase {
    public func customers(includeArchived: Bool = false) throws -> [CustomerRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.name, c.trajectory, c.archived_on,
                       (SELECT COUNT(*) FROM project p WHERE p.customer_id = c.id AND p.stage <> 'closed'),
                       (SELECT COUNT(*) FROM project p WHERE p.customer_id = c.id),
                       (SELECT COUNT(*) FROM contact k WHERE k.customer_id = c.id AND k.left_on IS NULL AND k.archived_on IS NULL)
                FROM customer c \(includeArchived ? "" : "WHERE c.archived_on IS NULL")
                ORDER BY c.name COLLATE NOCASE, c.id
                """).map { row in
                CustomerRow(id: row[0], name: row[1], trajectory: Customer.Trajectory(rawValue: row[2]) ?? .stable,
                            archivedOn: (row[3] as String?).flatMap { LocalDate(iso: $0) }, activeProjects: row[4],
                            projects: row[5], activeContacts: row[6])
            }
        }
    }

    /// Every customer's id and name, archived ones too, in no order: what matching a typed
    /// name needs, without the counts `customers()` adds up for each.
    public func customerNames() throws -> [(id: Int64, name: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM customer").map { ($0[0], $0[1]) }
        }
    }

    /// The customer with this name: exact, else the only one that differs in case; a number is
    /// taken as the id.
    public func customerId(name: String) throws -> Int64 {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM customer WHERE name = ? COLLATE NOCASE",
                                        arguments: [name.trimmingCharacters(in: .whitespaces)])
            if let exact = rows.first(where: { ($0["name"] as String) == name }) { return exact["id"] }
            if rows.count == 1 { return rows[0]["id"] }
            if let id = Int64(name), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customer WHERE id = ?", arguments: [id])! > 0 {
                return id
            }
            throw AppError.unknownCustomer(name)
        }
    }

    public func customerDetail(customerId: Int64, today: LocalDate) throws -> CustomerDetail {
        try read { db in
            let customer = try Self.customer(db, customerId)
            // Only what the rows show, read by position (the Codable decoding cost more than the query).
            let projects = try Row.fetchAll(db, cached: """
                SELECT id, code, name, stage, contract_cents FROM project WHERE customer_id = ?
                """, arguments: [customerId]).map { row in
                (id: row[0] as Int64, code: row[1] as String, name: row[2] as String,
                 stage: ProjectStage(rawValue: row[3]) ?? .sold, contractCents: row[4] as Int64)
            }
            let ids = projects.map(\.id)
            let standings = try Self.standings(db, projectIds: ids, today: today)
            let open = try Self.countsByProject(db, sql: """
                SELECT project_id, open FROM project_punch_count WHERE project_id IN (SELECT id FROM project WHERE customer_id = ?1)
                """, customerId)
            let due = try Self.countsByProject(db, sql: """
                SELECT project_id, COUNT(*) FROM assumption
                WHERE status = 'open' AND review_on <= ?2 AND project_id IN (SELECT id FROM project WHERE customer_id = ?1)
                GROUP BY project_id
                """, customerId, today.iso)
            var money = CustomerMoney(contractCents: 0, invoicedCents: 0, paidCents: 0, overdueCents: 0)
            var rows: [CustomerProjectRow] = []
            for project in projects {
                let summary = ProjectMoney(contractCents: project.contractCents, standings: standings[project.id] ?? [],
                                           blockers: 0)
                money.contractCents += project.contractCents
                money.invoicedCents += summary.invoicedCents
                money.paidCents += summary.paidCents
                money.overdueCents += summary.overdueCents
                rows.append(CustomerProjectRow(id: project.id, code: project.code, name: project.name, stage: project.stage,
                                               contractCents: project.contractCents, invoicedCents: summary.invoicedCents,
                                               paidCents: summary.paidCents, openPunch: open[project.id] ?? 0,
                                               assumptionsDue: due[project.id] ?? 0))
            }
            rows.sort { ($0.stage == .closed ? 1 : 0, $0.code) < ($1.stage == .closed ? 1 : 0, $1.code) }
            return CustomerDetail(customer: customer, projects: rows, contacts: try Self.contactRows(db, customerId: customerId),
                                  money: money)
        }
    }

    /// The customer's contacts as its view lists them (`CustomerDetail.contacts`).
    static func contactRows(_ db: Database, customerId: Int64) throws -> [ContactRow] {
        let contacts = try Contact.fetchAll(db, cached: "SELECT * FROM contact WHERE customer_id = ? ORDER BY id",
                                            arguments: [customerId])
        let names = Dictionary(uniqueKeysWithValues: contacts.map { ($0.id!, $0.name) })
        var predecessors: [Int64: [String]] = [:]
        for contact in contacts where contact.leftOn != nil {
            if let successor = contact.successorId { predecessors[successor, default: []].append(contact.name) }
        }
        // Successors may (rarely) be at another customer after a merge: look those up.
        func name(_ id: Int64) throws -> String? {
            if let known = names[id] { return known }
            return try String.fetchOne(db, cached: "SELECT name FROM contact WHERE id = ?", arguments: [id])
        }
        let rows = try contacts.map { contact in
            ContactRow(contact: contact, successorName: try contact.successorId.flatMap(name),
                       predecessorNames: predecessors[contact.id!] ?? [])
        }
        func group(_ c: Contact) -> Int { c.archivedOn != nil ? 2 : c.leftOn != nil ? 1 : 0 }
        return rows.sorted { a, b in
            let (x, y) = (a.contact, b.contact)
            if group(x) != group(y) { return group(x) < group(y) }
            if group(x) == 1, x.leftOn != y.leftOn { return x.leftOn! > y.leftOn! }
            if x.influence != y.influence { return x.influence > y.influence }
            return (x.name.lowercased(), x.id!) < (y.name.lowercased(), y.id!)
        }
    }

    static func countsByProject(_ db: Database, sql: String, _ arguments: any DatabaseValueConvertible...) throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, cached: sql, arguments: StatementArguments(arguments.map { $0.databaseValue })) {
            counts[row[0]] = row[1]
        }
        return counts
    }

    // MARK: - Writes

    public func addCustomer(_ draft: CustomerDraft, by who: String, at: Date) throws -> Saved<Customer> {
        let draft = try draft.cleaned()
        let (customer, label) = try journaled(by: who, at: at) { db, journal in
            try Self.refuseDuplicateCustomer(db, name: draft.name, except: nil)
            var customer = Customer(name: draft.name, domains: draft.domains, regions: draft.regions,
                                    trajectory: draft.trajectory)
            try customer.insert(db)
            try journal.didInsert("customer", id: customer.id!)
            return (customer, "add customer \(customer.name)")
        }
        return Saved(customer, record: .customer, customerId: customer.id!, label: label)
    }

    public func editCustomer(customerId: Int64, _ draft: CustomerDraft, by who: String, at: Date) throws -> Saved<Customer> {
        let draft = try draft.cleaned()
        let (customer, label) = try journaled(by: who, at: at) { db, journal in
            var customer = try Self.customer(db, customerId)
            try Self.refuseDuplicateCustomer(db, name: draft.name, except: customerId)
            try journal.willUpdate("customer", ids: [customerId])
            customer.name = draft.name
            customer.domains = draft.domains
            customer.regions = draft.regions
            customer.trajectory = draft.trajectory
            try customer.update(db)
            return (customer, "edit customer \(customer.name)")
        }
        return Saved(customer, record: .customer, customerId: customerId, label: label)
    }

    /// Archives (or, with `archived` false, restores) the customer; refused while it has projects
    /// that are not closed, since their work and money are still live.
    public func archiveCustomer(customerId: Int64, archived: Bool, on day: LocalDate, by who: String,
                                at: Date) throws -> Saved<Customer> {
        let (customer, label) = try journaled(by: who, at: at) { db, journal in
            var customer = try Self.customer(db, customerId)
            if archived {
                let open = try String.fetchAll(db, sql: """
                    SELECT code FROM project WHERE customer_id = ? AND stage <> 'closed' ORDER BY code
                    """, arguments: [customerId])
                if !open.isEmpty {
                    let list = open.prefix(3).joined(separator: ", ") + (open.count > 3 ? " …" : "")
                    throw AppError.customerRefused(name: customer.name, reason: "cannot be archived while "
                                                   + (open.count == 1 ? "1 project is" : "\(open.count) projects are")
                                                   + " not closed (\(list))")
                }
            }
            try journal.willUpdate("customer", ids: [customerId])
            customer.archivedOn = archived ? (customer.archivedOn ?? day) : nil
            try customer.update(db)
            return (customer, "\(archived ? "archive" : "restore") customer \(customer.name)")
        }
        return Saved(customer, record: .customer, customerId: customerId, label: label)
    }

    private static func refuseDuplicateCustomer(_ db: Database, name: String, except id: Int64?) throws {
        let other = try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
                                       arguments: [name, id])
        if other != nil { throw AppError.duplicateCustomer(name: name) }
    }
}
