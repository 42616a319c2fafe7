import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport note …`: calls, site visits and notes logged against a customer.
    struct NoteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "note", abstract: "Log and list calls, site visits and notes (their tone is scored).",
            subcommands: [Add.self, List.self])
    }
}

extension RapportCommand.NoteCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Log a call, site visit or note against a customer (and a project or contact).",
            discussion: "Example: rapport note add Contoso \"Dana says the display wall is still not working\" --kind call --contact Dana")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer: its name (any case) or id.") var customer: String
        @Argument(help: "What was said.") var text: String
        @Option(help: "call, site-visit or note.") var kind = "note"
        @Option(help: "The project code it was about.") var project: String?
        @Option(help: "Who it was with (a contact's name or id).") var contact: String?
        @Option(help: "The day it happened (default today).") var on: String?
        @Option(help: "A one-line subject (default: the first line of the text).") var subject = ""

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let customerId = try context.customerId(customer)
                let kind = try choice(kind, LoggedKind.self, field: "--kind")
                let day = try on.map { try context.day($0, field: "--on") } ?? context.today
                if day > context.today { throw CLIError("--on \(day.iso): log what happened, today or before") }
                let at = day == context.today ? context.now
                    : day.startOfDay(in: context.zone).addingTimeInterval(12 * 3600)
                let draft = InteractionDraft(kind: Interaction.Kind(rawValue: kind.rawValue)!, customerId: customerId,
                                             projectId: try project.map { try context.projectId($0) },
                                             contactId: try contact.map { try context.contactId(customerId: customerId, $0) },
                                             at: at, subject: subject, text: text)
                let saved = try context.database.logInteraction(draft, by: context.user, at: context.now)
                let tone = draft.sentiment
                return written(saved.label) + " (#\(saved.value.id!)), tone \(tone.scoreText) \(tone.label.rawValue)"
                    + (tone.drivers().isEmpty ? "" : ": " + tone.drivers().map(\.description).joined(separator: ", "))
            }
        }
    }

    /// The kinds a person logs, for `--kind`.
    enum LoggedKind: String, CaseIterable { case call, siteVisit = "site-visit", note }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List logged calls, visits and notes, newest first.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer; all customers when left out.") var customer: String?
        @Option(help: "Only this project's.") var project: String?
        @Option(help: "At most this many.") var limit = 50
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.interactions(customerId: try customer.map { try context.customerId($0) },
                                                             projectId: try project.map { try context.projectId($0) },
                                                             limit: limit)
                return try Self.listing(rows, zone: context.zone).text(format)
            }
        }

        static func listing(_ rows: [InteractionRow], zone: TimeZone) -> Listing {
            Listing(columns: [
                ListColumn(header: "ID", width: 5, key: "id"), ListColumn(header: "ON", width: 10, key: "on"),
                ListColumn(header: "KIND", width: 10, key: "kind"), ListColumn(header: "TONE", width: 5, key: "tone"),
                ListColumn(header: "PROJECT", width: 10, key: "project"), ListColumn(header: "WITH", width: 16, key: "contact"),
                ListColumn(header: "SUBJECT", width: 0, key: "subject"),
            ], rows: rows.map { row in
                let i = row.interaction
                return [.int(Int(row.id)), .date(LocalDate(i.at, in: zone)), .text(i.kind.rawValue),
                        .text(i.sentiment.map { Sentiment(score: $0, terms: []).scoreText } ?? ""), .text(row.projectCode ?? ""),
                        .text(row.contactName ?? ""), .text(i.subject)]
            }, footer: counted(rows.count, "entry", "entries"))
        }
    }
}
