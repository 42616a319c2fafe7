import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport contact …`: the people at a customer, and who took over when one left.
    struct ContactCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact", abstract: "List, add and change a customer's contacts; mark one as left.",
            subcommands: [List.self, Add.self, Set.self, Left.self, Archive.self])
    }
}

extension RapportCommand.ContactCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List a customer's contacts, those who left too.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.customerDetail(customerId: try context.customerId(customer),
                                                               today: context.today).contacts
                return try Listing(columns: [
                    ListColumn(header: "ID", width: 5, key: "id"), ListColumn(header: "NAME", width: 20, key: "name"),
                    ListColumn(header: "ROLE", width: 14, key: "role"), ListColumn(header: "DEPARTMENT", width: 11, key: "department"),
                    ListColumn(header: "INF", width: 3, key: "influence"), ListColumn(header: "EMAILS", width: 26, key: "emails"),
                    ListColumn(header: "LEFT", width: 10, key: "left_on"), ListColumn(header: "SUCCESSOR", width: 0, key: "successor"),
                ], rows: rows.map { row in
                    let k = row.contact
                    return [.int(Int(k.id!)), .text(k.name + (k.archivedOn == nil ? "" : " (archived)")), .text(k.role.rawValue),
                            .text(k.department.rawValue), .int(k.influence), .text(k.emails), .date(k.leftOn),
                            .text(row.successorName ?? "")]
                }, footer: counted(rows.count, "contact")).text(format)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a contact to a customer.",
            discussion: "Example: rapport contact add \"Contoso University\" \"Kim Lee\" --email kim@contoso.edu --role champion --department av --influence 4")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Argument(help: "The contact's name.") var name: String
        @Option(name: .customLong("email"), help: "An e-mail address; repeatable.") var emails: [String] = []
        @Option(help: "Phone number.") var phone = ""
        @Option(help: "Job title.") var title = ""
        @Option(help: "executive, it-network, facilities, finance, end-user, procurement, av.") var department = "end-user"
        @Option(help: "signer, champion, final-approver, gatekeeper, user.") var role = "user"
        @Option(help: "1 (little say) to 5 (decides).") var influence = 3

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let draft = ContactDraft(name: name, emails: emails.joined(separator: ","), phone: phone, title: title,
                                         department: try choice(department, Contact.Department.self, field: "department"),
                                         role: try choice(role, Contact.Role.self, field: "role"), influence: influence)
                return written(try context.database.addContact(customerId: try context.customerId(customer), draft,
                                                               by: context.user, at: context.now).label)
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a contact: name, emails, phone, title, department, role, influence.",
            discussion: "Example: rapport contact set \"Contoso University\" \"Kim Lee\" role=final-approver influence=5")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Argument(help: "The contact's name or id.") var contact: String
        @Argument(help: "field=value pairs.") var words: [String] = []

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let customerId = try context.customerId(customer)
                let id = try context.contactId(customerId: customerId, contact)
                let current = try context.database.customerDetail(customerId: customerId, today: context.today)
                    .contacts.first { $0.id == id }!.contact
                var draft = ContactDraft(current)
                for (field, value) in try assignments(words, example: "role=champion") {
                    switch field {
                    case "name": draft.name = value
                    case "emails", "email": draft.emails = value
                    case "phone": draft.phone = value
                    case "title": draft.title = value
                    case "department": draft.department = try choice(value, Contact.Department.self, field: "department")
                    case "role": draft.role = try choice(value, Contact.Role.self, field: "role")
                    case "influence":
                        guard let n = Int(value) else { throw CLIError("influence=\(value): use 1 to 5") }
                        draft.influence = n
                    default:
                        throw CLIError("unknown field '\(field)': use name, emails, phone, title, department, role or influence")
                    }
                }
                return written(try context.database.editContact(contactId: id, draft, by: context.user, at: context.now).label)
            }
        }
    }

    struct Left: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "left",
            abstract: "Mark a contact as left, and name who took over; the history is kept.",
            discussion: "Example: rapport contact left \"Contoso University\" \"Kim Lee\" --on 2026-03-01 --successor \"Ana Ruiz\"")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Argument(help: "The contact's name or id.") var contact: String
        @Option(help: "The day they left (default today).") var on: String?
        @Option(help: "The contact who took over (name or id).") var successor: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let customerId = try context.customerId(customer)
                let id = try context.contactId(customerId: customerId, contact)
                let successorId = try successor.map { try context.contactId(customerId: customerId, $0) }
                let day = try on.map { try context.day($0, field: "--on") } ?? context.today
                return written(try context.database.markContactLeft(contactId: id, on: day, successorId: successorId,
                                                                    by: context.user, at: context.now).label)
            }
        }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Archive a contact entered by mistake or twice (someone who left is marked left instead).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Argument(help: "The contact's name or id.") var contact: String
        @Flag(help: "Bring an archived contact back.") var restore = false

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let id = try context.contactId(customerId: try context.customerId(customer), contact)
                return written(try context.database.archiveContact(contactId: id, archived: !restore, on: context.today,
                                                                   by: context.user, at: context.now).label)
            }
        }
    }
}
