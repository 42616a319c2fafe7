import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport customer …`: the firms that buy projects.
    struct CustomerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "customer", abstract: "List, show, add, change and archive customers.",
            subcommands: [List.self, Show.self, Add.self, Set.self, Archive.self])
    }
}

extension RapportCommand.CustomerCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List customers by name.")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Include archived customers.") var archived = false
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.customers(includeArchived: archived)
                return try Listing(columns: [
                    ListColumn(header: "NAME", width: 32, key: "name"), ListColumn(header: "TRAJECTORY", width: 10, key: "trajectory"),
                    ListColumn(header: "ACTIVE", width: 6, key: "active_projects"),
                    ListColumn(header: "PROJECTS", width: 8, key: "projects"),
                    ListColumn(header: "CONTACTS", width: 8, key: "contacts"), ListColumn(header: "ARCHIVED", width: 0, key: "archived_on"),
                ], rows: rows.map {
                    [.text($0.name), .text($0.trajectory.rawValue), .int($0.activeProjects), .int($0.projects),
                     .int($0.activeContacts), .date($0.archivedOn)]
                }, footer: counted(rows.count, "customer")).text(format)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a customer: its projects, people and money.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let detail = try context.database.customerDetail(customerId: try context.customerId(customer), today: context.today)
                let c = detail.customer, m = detail.money
                var text = detailLines([
                    ("Customer", c.name), ("Domains", c.domains), ("Regions", c.regions), ("Trajectory", c.trajectory.rawValue),
                    ("Archived", c.archivedOn?.iso ?? "no"),
                    ("Money", "contract \(Money.text(cents: m.contractCents)), invoiced \(Money.text(cents: m.invoicedCents)), "
                        + "paid \(Money.text(cents: m.paidCents)), outstanding \(Money.text(cents: m.outstandingCents)), "
                        + "overdue \(Money.text(cents: m.overdueCents))"),
                ])
                text += "\nProjects\n"
                for p in detail.projects {
                    text += "  " + TableText.fit(p.code, 10) + " " + TableText.fit(p.stage.rawValue, 10) + " "
                        + TableText.fit(p.name, 30) + " " + Money.text(cents: p.contractCents)
                        + ", paid " + Money.text(cents: p.paidCents) + ", " + counted(p.openPunch, "open item")
                        + (p.assumptionsDue > 0 ? ", " + counted(p.assumptionsDue, "assumption") + " due" : "") + "\n"
                }
                text += "\nContacts\n"
                for row in detail.contacts {
                    let k = row.contact
                    var line = "  " + TableText.fit(k.name, 20) + " " + TableText.fit(k.role.rawValue, 14) + " "
                        + TableText.fit(k.department.rawValue, 11) + " influence \(k.influence)"
                    if let left = k.leftOn { line += ", left \(left.iso)" + (row.successorName.map { ", succeeded by \($0)" } ?? "") }
                    if !row.predecessorNames.isEmpty { line += ", took over from " + row.predecessorNames.joined(separator: ", ") }
                    if k.archivedOn != nil { line += ", archived" }
                    text += TerminalSafe.line(line) + "\n"
                }
                return text
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a customer.",
            discussion: "Example: rapport customer add \"Contoso University\" --domains contoso.edu --trajectory expanding")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var name: String
        @Option(help: "E-mail domains, comma separated.") var domains = ""
        @Option(help: "Regions, comma separated.") var regions = ""
        @Option(help: "expanding, stable or shrinking.") var trajectory = "stable"

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let draft = CustomerDraft(name: name, domains: domains, regions: regions,
                                          trajectory: try choice(trajectory, Customer.Trajectory.self, field: "trajectory"))
                return written(try context.database.addCustomer(draft, by: context.user, at: context.now).label)
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a customer: name, domains, regions, trajectory.",
            discussion: "Example: rapport customer set \"Contoso University\" trajectory=expanding domains=contoso.edu,contoso.org")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Argument(help: "field=value pairs.") var words: [String] = []

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let id = try context.customerId(customer)
                var draft = CustomerDraft(try context.database.customerDetail(customerId: id, today: context.today).customer)
                for (field, value) in try assignments(words, example: "trajectory=expanding") {
                    switch field {
                    case "name": draft.name = value
                    case "domains": draft.domains = value
                    case "regions": draft.regions = value
                    case "trajectory": draft.trajectory = try choice(value, Customer.Trajectory.self, field: "trajectory")
                    default: throw CLIError("unknown field '\(field)': use name, domains, regions or trajectory")
                    }
                }
                return written(try context.database.editCustomer(customerId: id, draft, by: context.user, at: context.now).label)
            }
        }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive", abstract: "Archive a customer whose projects are all closed.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Flag(help: "Bring an archived customer back.") var restore = false

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                return written(try context.database.archiveCustomer(
                    customerId: try context.customerId(customer), archived: !restore, on: context.today, by: context.user,
                    at: context.now).label)
            }
        }
    }
}
