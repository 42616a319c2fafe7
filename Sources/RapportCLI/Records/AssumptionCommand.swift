import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport assumption …`: a project's assumptions register.
    struct AssumptionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assumption", abstract: "List, add, change and review a project's assumptions.",
            subcommands: [List.self, Add.self, Set.self, Review.self])
    }

    /// `rapport assumptions due`: what to review today, across projects.
    struct AssumptionsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assumptions", abstract: "Assumptions across projects.", subcommands: [Due.self])
    }
}

/// The columns of assumption listings.
enum AssumptionListing {
    static func listing(_ rows: [AssumptionRow], withProject: Bool) -> Listing {
        var columns = [ListColumn(header: "ID", width: 5, key: "id")]
        if withProject { columns.append(ListColumn(header: "PROJECT", width: 10, key: "project")) }
        columns += [
            ListColumn(header: "STATUS", width: 9, key: "status"), ListColumn(header: "REVIEW", width: 10, key: "review_on"),
            ListColumn(header: "OWNER", width: 10, key: "owner"), ListColumn(header: "ASSUMPTION", width: withProject ? 0 : 44, key: "text"),
        ]
        if !withProject { columns.append(ListColumn(header: "NOTE", width: 0, key: "note")) }
        return Listing(columns: columns, rows: rows.map { row in
            let a = row.assumption
            var values: [ListValue] = [.int(Int(row.id))]
            if withProject { values.append(.text(row.projectCode)) }
            values += [.text(row.isDue ? "due" : a.status.rawValue), .date(a.reviewOn), .text(a.owner), .text(a.text)]
            if !withProject { values.append(.text(a.note)) }
            return values
        }, footer: counted(rows.count, "assumption") + (withProject ? " due" : ", \(rows.filter(\.isDue).count) due"))
    }
}

extension RapportCommand.AssumptionsCommand {
    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due", abstract: "List open assumptions whose review day has come, oldest first.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                return try AssumptionListing.listing(try context.database.assumptionsDue(today: context.today), withProject: true)
                    .text(format)
            }
        }
    }
}

extension RapportCommand.AssumptionCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List a project's assumptions, due ones first.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let rows = try context.database.assumptions(projectId: try context.projectId(project), today: context.today)
                return try AssumptionListing.listing(rows, withProject: false).text(format)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an assumption to a project's register.",
            discussion: "Example: rapport assumption add CUO-0001 \"Ceiling is drop tile\" --owner pat --review 2026-03-20")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "What the plan takes for granted.") var text: String
        @Option(help: "Who checks it (default: you).") var owner: String?
        @Option(help: "The day to review it.") var review: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let draft = AssumptionDraft(text: text, owner: owner ?? context.user,
                                            reviewOn: try review.map { try context.day($0, field: "--review") })
                let saved = try context.database.addAssumption(projectId: try context.projectId(project), draft,
                                                               by: context.user, at: context.now)
                return written(saved.label) + " (#\(saved.value.id!))"
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change an assumption: text, owner, review, status (open, confirmed, invalid).",
            discussion: "Example: rapport assumption set CUO-0001 4 review=2026-04-01 owner=kim")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The assumption's id (see assumption list).") var id: Int64
        @Argument(help: "field=value pairs.") var words: [String] = []

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let a = try AssumptionCommandSupport.find(context, project: project, id: id)
                var draft = AssumptionDraft(text: a.text, owner: a.owner, reviewOn: a.reviewOn)
                var status: Assumption.Status?
                for (field, value) in try assignments(words, example: "review=2026-04-01") {
                    switch field {
                    case "text": draft.text = value
                    case "owner": draft.owner = value
                    case "review": draft.reviewOn = try context.optionalDay(value, field: "review")
                    case "status": status = try choice(value, Assumption.Status.self, field: "status")
                    default: throw CLIError("unknown field '\(field)': use text, owner, review or status")
                    }
                }
                return written(try context.database.editAssumption(assumptionId: id, draft, status: status, by: context.user,
                                                                   at: context.now).label)
            }
        }
    }

    struct Review: ParsableCommand {
        enum Outcome: String, ExpressibleByArgument, CaseIterable { case confirm, invalid, postpone }
        enum Raise: String, ExpressibleByArgument, CaseIterable {
            case nothing, punch, blockingPunch = "blocking-punch", note
        }

        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Review an assumption: confirm it, find it invalid (say what it changes), or postpone.",
            discussion: """
                Examples: rapport assumption review CUO-0001 4 confirm --note "walked the ceiling"
                rapport assumption review CUO-0001 4 invalid --changes "hard lid: access panels" --raise blocking-punch
                rapport assumption review CUO-0001 4 postpone --until 2026-04-01
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The assumption's id.") var id: Int64
        @Argument(help: "confirm, invalid or postpone.") var outcome: Outcome
        @Option(help: "What an invalid assumption changes (scope, schedule, cost …).") var changes = ""
        @Option(help: "What an invalid assumption raises: nothing, punch, blocking-punch or note (a change note).")
        var raise: Raise = .nothing
        @Option(help: "The next review day, for postpone.") var until: String?
        @Option(help: "A note on the review.") var note = ""

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                _ = try AssumptionCommandSupport.find(context, project: project, id: id)
                let review: AssumptionReview
                switch outcome {
                case .confirm: review = .confirm(note: note)
                case .postpone:
                    guard let until else { throw CLIError("postpone: give the next review day with --until") }
                    review = .postpone(until: try context.day(until, field: "--until"), note: note)
                case .invalid:
                    let raised: AssumptionRaise
                    switch raise {
                    case .nothing: raised = .nothing
                    case .punch: raised = .punchItem(blocksAcceptance: false)
                    case .blockingPunch: raised = .punchItem(blocksAcceptance: true)
                    case .note: raised = .changeNote
                    }
                    review = .invalidate(changes: changes, raise: raised)
                }
                let saved = try context.database.reviewAssumption(assumptionId: id, review, on: context.today, by: context.user,
                                                                  at: context.now)
                var line = written(saved.label)
                if let item = saved.value.punchItem { line += "; raised \(project)#\(item.number)" }
                if saved.value.changeNoteId != nil { line += "; raised a change note" }
                return line
            }
        }
    }
}

enum AssumptionCommandSupport {
    /// The project's assumption with this id; another project's is refused as unknown.
    static func find(_ context: PunchContext, project: String, id: Int64) throws -> Assumption {
        let rows = try context.database.assumptions(projectId: try context.projectId(project), today: context.today)
        guard let row = rows.first(where: { $0.id == id }) else { throw CLIError("\(project) has no assumption #\(id)") }
        return row.assumption
    }
}
