import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport intel …`: what sales learns about a customer, with review-by dates.
    struct IntelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intel", abstract: "Capture, list and review intel about customers.",
            subcommands: [Add.self, List.self, Review.self])
    }
}

extension RapportCommand.IntelCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Capture intel: its category, source meeting or contact, and a review-by date.",
            discussion: """
                Categories: \(Intel.Category.offered.map(\.rawValue).joined(separator: ", ")).
                Example: rapport intel add Contoso "New CFO signs off every AV spend" --category management-concern --contact Dana --review +30d
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer: its name (any case) or id.") var customer: String
        @Argument(help: "What was learned.") var text: String
        @Option(help: "The category (see above).") var category = "other"
        @Option(help: "The meeting it was learned in (its id, as `rapport agenda --format json` gives it).") var meeting: Int64?
        @Option(help: "Who said it (a contact's name or id).") var contact: String?
        @Option(help: "The project code it is about.") var project: String?
        @Option(help: "When it may be out of date: a day to look at it again.") var review: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let customerId = try context.customerId(customer)
                let draft = IntelDraft(customerId: customerId, projectId: try project.map { try context.projectId($0) },
                                       category: try IntelCommandSupport.category(category), text: text, meetingId: meeting,
                                       contactId: try contact.map { try context.contactId(customerId: customerId, $0) },
                                       reviewOn: try review.map { try context.day($0, field: "--review") })
                let saved = try context.database.addIntel(draft, today: context.today, by: context.user, at: context.now)
                return written(saved.label) + " (#\(saved.value.id!))"
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List intel, due for review first (flagged \"due\"), then newest first.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer; all customers when left out.") var customer: String?
        @Flag(help: "Only intel past its review-by date.") var due = false
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.intel(customerId: try customer.map { try context.customerId($0) }, dueOnly: due,
                                                      today: context.today)
                return try Listing(columns: [
                    ListColumn(header: "ID", width: 5, key: "id"), ListColumn(header: "CUSTOMER", width: 20, key: "customer"),
                    ListColumn(header: "CATEGORY", width: 18, key: "category"), ListColumn(header: "REVIEW", width: 10, key: "review_on"),
                    ListColumn(header: "STATE", width: 8, key: "state"), ListColumn(header: "SOURCE", width: 24, key: "source"),
                    ListColumn(header: "INTEL", width: 0, key: "text"),
                ], rows: rows.map { row in
                    [.int(Int(row.id)), .text(row.customerName), .text(row.intel.category.rawValue), .date(row.intel.reviewOn),
                     .text(row.isDue ? "due" : row.intel.reviewedOn.map { _ in "reviewed" } ?? ""), .text(row.sourceText),
                     .text(row.intel.text)]
                }, footer: counted(rows.count, "intel entry", "intel entries") + ", \(rows.filter(\.isDue).count) due")
                .text(format)
            }
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Mark intel reviewed today, and optionally when to look at it again.",
            discussion: "Example: rapport intel review 42 --again +90d")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The intel's id (see intel list).") var id: Int64
        @Option(help: "The next review-by date.") var again: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let until = try again.map { try context.day($0, field: "--again") }
                return written(try context.database.reviewIntel(intelId: id, on: context.today, until: until, by: context.user,
                                                                at: context.now).label)
            }
        }
    }
}

enum IntelCommandSupport {
    static func category(_ text: String) throws -> Intel.Category {
        if let c = Intel.Category.offered.first(where: { $0.rawValue == text.lowercased() }) { return c }
        throw CLIError("--category \(text): use " + Intel.Category.offered.map(\.rawValue).joined(separator: ", "))
    }
}
