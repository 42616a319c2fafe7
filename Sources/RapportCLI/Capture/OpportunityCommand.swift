import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport opportunity …`: the next sales, from idea to won (which becomes a project with
    /// `rapport project add --opportunity ID`).
    struct OpportunityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opportunity", abstract: "Add, list, change and move opportunities (the sales pipeline).",
            subcommands: [Add.self, List.self, Set.self, Move.self])
    }
}

extension RapportCommand.OpportunityCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an opportunity to a customer.",
            discussion: "Example: rapport opportunity add Contoso \"Second lecture hall\" --source \"site walk\" --estimate 85000 --next \"send proposal\"")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer: its name (any case) or id.") var customer: String
        @Argument(help: "What the sale would be.") var title: String
        @Option(help: "Where it came from (site walk, referral, RFP …).") var source = ""
        @Option(help: "The estimated value, e.g. 85000 or 85,000.00.") var estimate = "0"
        @Option(help: "\(Opportunity.Stage.allCases.map(\.rawValue).joined(separator: ", ")).") var stage = "idea"
        @Option(help: "The next step (needed while open).") var next = ""
        @Option(help: "Who owns it (default: you).") var owner: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let draft = OpportunityDraft(customerId: try context.customerId(customer), title: title, source: source,
                                             estimateCents: try cents(estimate, field: "--estimate"),
                                             stage: try choice(stage, Opportunity.Stage.self, field: "--stage"), nextStep: next,
                                             owner: owner ?? context.user)
                let saved = try context.database.addOpportunity(draft, by: context.user, at: context.now)
                return written(saved.label) + " (#\(saved.value.id!))"
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List opportunities: open ones, furthest along first.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer; all customers when left out.") var customer: String?
        @Flag(help: "Won and lost ones too.") var all = false
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.opportunities(customerId: try customer.map { try context.customerId($0) },
                                                              openOnly: !all)
                let open = rows.filter { $0.opportunity.stage.isOpen }
                return try Listing(columns: [
                    ListColumn(header: "ID", width: 5, key: "id"), ListColumn(header: "CUSTOMER", width: 20, key: "customer"),
                    ListColumn(header: "STAGE", width: 11, key: "stage"), ListColumn(header: "ESTIMATE", width: 14, key: "estimate"),
                    ListColumn(header: "OWNER", width: 12, key: "owner"), ListColumn(header: "PROJECT", width: 10, key: "project"),
                    ListColumn(header: "TITLE", width: 28, key: "title"), ListColumn(header: "SOURCE", width: 14, key: "source"),
                    ListColumn(header: "NEXT STEP", width: 0, key: "next_step"),
                ], rows: rows.map { row in
                    let o = row.opportunity
                    return [.int(Int(row.id)), .text(row.customerName), .text(o.stage.rawValue), .cents(o.estimateCents),
                            .text(o.owner), .text(row.projectCode ?? ""), .text(o.title), .text(o.source), .text(o.nextStep)]
                }, footer: counted(rows.count, "opportunity", "opportunities")
                    + ", \(open.count) open worth \(Money.text(cents: open.reduce(0) { $0 + $1.opportunity.estimateCents }))")
                .text(format)
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change an opportunity: title, source, estimate, stage, next, owner.",
            discussion: "Example: rapport opportunity set 7 estimate=92000 next=\"revised proposal Friday\"")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The opportunity's id (see opportunity list).") var id: Int64
        @Argument(help: "field=value pairs.") var words: [String] = []

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                guard let o = try context.database.opportunities(customerId: nil, openOnly: false).first(where: { $0.id == id })?
                    .opportunity else { throw CLIError("there is no opportunity #\(id)") }
                var draft = OpportunityDraft(customerId: o.customerId, title: o.title, source: o.source, estimateCents: o.estimateCents,
                                             stage: o.stage, nextStep: o.nextStep, owner: o.owner)
                for (field, value) in try assignments(words, example: "estimate=92000") {
                    switch field {
                    case "title": draft.title = value
                    case "source": draft.source = value
                    case "estimate": draft.estimateCents = try cents(value, field: "estimate")
                    case "stage": draft.stage = try choice(value, Opportunity.Stage.self, field: "stage")
                    case "next": draft.nextStep = value
                    case "owner": draft.owner = value
                    default: throw CLIError("unknown field '\(field)': use title, source, estimate, stage, next or owner")
                    }
                }
                return written(try context.database.editOpportunity(opportunityId: id, draft, by: context.user, at: context.now).label)
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move an opportunity to a stage; a won one is then made a project with `rapport project add --opportunity ID`.",
            discussion: "Example: rapport opportunity move 7 won")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The opportunity's id.") var id: Int64
        @Argument(help: "\(Opportunity.Stage.allCases.map(\.rawValue).joined(separator: ", ")).") var stage: String

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let stage = try choice(stage, Opportunity.Stage.self, field: "stage")
                let saved = try context.database.moveOpportunity(opportunityId: id, to: stage, by: context.user, at: context.now)
                var line = written(saved.label)
                if stage == .won, saved.value.projectId == nil {
                    line += "; make it a project: rapport project add --opportunity \(id) …"
                }
                return line
            }
        }
    }
}
