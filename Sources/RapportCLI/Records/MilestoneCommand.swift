import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport milestone …`: a project's payment schedule, invoices and payments.
    struct MilestoneCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "milestone",
            abstract: "List, add, change and delete milestones; invoice, pay, accept, release retainage.",
            subcommands: [List.self, Add.self, Set.self, Delete.self, Invoice.self, Pay.self, Accept.self, Release.self])
    }
}

/// The project and milestone a milestone command names.
struct MilestoneTarget: ParsableArguments {
    @Argument(help: "The project code.") var project: String
    @Argument(help: "The milestone's name or id.") var milestone: String

    func resolve(_ context: PunchContext) throws -> Int64 {
        try context.milestoneId(projectId: try context.projectId(project), code: project, milestone)
    }
}

extension RapportCommand.MilestoneCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List a project's milestones in schedule order.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.milestones(projectId: try context.projectId(project), today: context.today)
                return try Listing(columns: [
                    ListColumn(header: "ID", width: 5, key: "id"), ListColumn(header: "NAME", width: 22, key: "name"),
                    ListColumn(header: "KIND", width: 9, key: "kind"), ListColumn(header: "AMOUNT", width: 14, key: "amount"),
                    ListColumn(header: "DUE", width: 10, key: "due_on"), ListColumn(header: "STATUS", width: 12, key: "status"),
                    ListColumn(header: "INVOICE", width: 12, key: "invoice"), ListColumn(header: "PAID", width: 14, key: "paid"),
                    ListColumn(header: "ACCEPTANCE", width: 0, key: "acceptance"),
                ], rows: rows.map { row in
                    let m = row.milestone
                    let acceptance = !m.requiresAcceptance ? "" : m.acceptedOn.map { "accepted \($0.iso)" }
                        ?? (row.blockers > 0 ? "waits, \(row.blockers == 1 ? "1 item blocks" : "\(row.blockers) items block")" : "waits")
                    return [.int(Int(row.id)), .text(m.name), .text(m.kind.rawValue), .cents(m.amountCents), .date(m.dueOn),
                            .text(row.standing.status.rawValue + (m.isHeldRetainage ? " held" : "")), .text(m.invoiceNumber),
                            .cents(row.standing.paidCents), .text(acceptance)]
                }, footer: "\(counted(rows.count, "milestone")), \(Money.text(cents: rows.reduce(0) { $0 + $1.milestone.amountCents }))")
                .text(format)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a milestone to a project's schedule.",
            discussion: "Example: rapport milestone add CUO-0001 Retainage --kind retainage --amount 5,000 --acceptance")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The milestone's name.") var name: String
        @Option(help: "deposit, progress, final or retainage.") var kind = "progress"
        @Option(help: "The amount, e.g. 12,500.00.") var amount: String
        @Option(help: "The due day.") var due: String?
        @Flag(help: "The payment waits for the customer's acceptance.") var acceptance = false

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let draft = MilestoneDraft(name: name, kind: try choice(kind, Milestone.Kind.self, field: "kind"),
                                           amountCents: try cents(amount, field: "--amount"),
                                           dueOn: try due.map { try context.day($0, field: "--due") },
                                           requiresAcceptance: acceptance)
                return written(try context.database.addMilestone(projectId: try context.projectId(project), draft,
                                                                 by: context.user, at: context.now).label)
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a milestone: name, kind, amount, due, acceptance (yes/no).",
            discussion: "Example: rapport milestone set CUO-0001 Progress amount=35,000 due=2026-04-15")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var target: MilestoneTarget
        @Argument(help: "field=value pairs.") var words: [String] = []

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let id = try target.resolve(context)
                let rows = try context.database.milestones(projectId: try context.projectId(target.project), today: context.today)
                var draft = MilestoneDraft(rows.first { $0.id == id }!.milestone)
                for (field, value) in try assignments(words, example: "amount=35,000") {
                    switch field {
                    case "name": draft.name = value
                    case "kind": draft.kind = try choice(value, Milestone.Kind.self, field: "kind")
                    case "amount": draft.amountCents = try cents(value, field: "amount")
                    case "due": draft.dueOn = try context.optionalDay(value, field: "due")
                    case "acceptance": draft.requiresAcceptance = try yesNo(value, field: "acceptance")
                    default: throw CLIError("unknown field '\(field)': use name, kind, amount, due or acceptance")
                    }
                }
                return written(try context.database.editMilestone(milestoneId: id, draft, by: context.user, at: context.now).label)
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete a milestone not yet invoiced.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var target: MilestoneTarget

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                return written(try context.database.deleteMilestone(milestoneId: try target.resolve(context), by: context.user,
                                                                    at: context.now).label)
            }
        }
    }

    struct Invoice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invoice",
            abstract: "Mark a milestone invoiced.",
            discussion: "Example: rapport milestone invoice CUO-0001 Deposit --number INV-101 --due 2026-02-18")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var target: MilestoneTarget
        @Option(help: "The invoice's day (default today).") var on: String?
        @Option(help: "The invoice number.") var number = ""
        @Option(help: "The day payment is due (default: the milestone's due day).") var due: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                return written(try context.database.invoiceMilestone(
                    milestoneId: try target.resolve(context), on: try on.map { try context.day($0, field: "--on") } ?? context.today,
                    number: number, dueOn: try due.map { try context.day($0, field: "--due") }, by: context.user,
                    at: context.now).label)
            }
        }
    }

    struct Pay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pay",
            abstract: "Record a payment on an invoiced milestone; partial payments add up.",
            discussion: "Example: rapport milestone pay CUO-0001 Deposit 20,000 --on 2026-02-10")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var target: MilestoneTarget
        @Argument(help: "The amount received.") var amount: String
        @Option(help: "The day it was received (default today).") var on: String?
        @Option(help: "A note, e.g. the wire reference.") var note = ""

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let saved = try context.database.recordPayment(
                    milestoneId: try target.resolve(context), amountCents: try cents(amount, field: "amount"),
                    on: try on.map { try context.day($0, field: "--on") } ?? context.today, note: note, by: context.user,
                    at: context.now)
                let s = saved.value.standing
                let owed = s.milestone.amountCents - s.paidCents
                return written(saved.label) + (owed > 0 ? ": \(Money.text(cents: owed)) still owed" : ": paid in full")
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Record the customer's acceptance of a milestone; refused while items block acceptance.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var target: MilestoneTarget
        @Option(help: "The day of acceptance (default today).") var on: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let record = try context.database.recordAcceptance(
                    milestoneId: try target.resolve(context), by: context.user,
                    on: try on.map { try context.day($0, field: "--on") } ?? context.today, at: context.now)
                return TerminalSafe.line("record acceptance of \(record.milestoneName) (\(record.projectCode)) on \(record.day.iso)")
            }
        }
    }

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release", abstract: "Release held retainage for invoicing (or hold it again).")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var target: MilestoneTarget
        @Flag(help: "Hold released retainage again.") var hold = false
        @Option(help: "The day (default today).") var on: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                return written(try context.database.setRetainageReleased(
                    milestoneId: try target.resolve(context), released: !hold,
                    on: try on.map { try context.day($0, field: "--on") } ?? context.today, by: context.user,
                    at: context.now).label)
            }
        }
    }
}
