import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport project …`: projects from the sale, their payment schedule and stages.
    struct ProjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project", abstract: "List, show, add and change projects; move them between stages.",
            subcommands: [List.self, Show.self, Add.self, Set.self, Stage.self, History.self])
    }
}

extension RapportCommand.ProjectCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List projects by code.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this customer's projects.") var customer: String?
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                var rows = try context.database.projects(offset: 0, limit: max(1, try context.database.projectCount()),
                                                         today: context.today)
                if let customer {
                    let id = try context.customerId(customer)
                    rows = rows.filter { $0.customerId == id }
                }
                return try Listing(columns: [
                    ListColumn(header: "CODE", width: 10, key: "code"), ListColumn(header: "STAGE", width: 10, key: "stage"),
                    ListColumn(header: "CUSTOMER", width: 24, key: "customer"), ListColumn(header: "NAME", width: 30, key: "name"),
                    ListColumn(header: "OPEN", width: 4, key: "open_punch"), ListColumn(header: "DUE", width: 0, key: "assumptions_due"),
                ], rows: rows.map {
                    [.text($0.code), .text($0.stage.rawValue), .text($0.customerName), .text($0.name), .int($0.openPunch),
                     .int($0.assumptionsDue)]
                }, footer: counted(rows.count, "project")).text(format)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a project: its money, milestones, stages and what is due.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let record = try context.database.projectRecord(projectId: try context.projectId(project), today: context.today)
                let p = record.project, m = record.money
                var money = "contract \(Money.text(cents: m.contractCents)), invoiced \(Money.text(cents: m.invoicedCents)), "
                    + "paid \(Money.text(cents: m.paidCents)), outstanding \(Money.text(cents: m.outstandingCents))"
                if m.overdueCents > 0 { money += ", overdue \(Money.text(cents: m.overdueCents))" }
                var pairs: [(String, String)] = [
                    ("Project", "\(p.code) \(p.name)"), ("Customer", record.customerName), ("Stage", p.stage.rawValue),
                    ("Signed", p.signedOn?.iso ?? "–"), ("Target", p.targetOn?.iso ?? "–"), ("PM", p.pm), ("Sales", p.salesRep),
                    ("Concerns", p.concerns), ("Scope", p.scope), ("Money", money),
                    ("Held back", (record.blockers == 0 ? "nothing: no open item blocks acceptance"
                        : "\(Money.text(cents: m.heldBackCents)) by \(counted(record.blockers, "open blocking item"))")
                        + (m.retainageHeldCents > 0 ? "; retainage held \(Money.text(cents: m.retainageHeldCents))" : "")),
                    ("Next", m.next?.text ?? "nothing: every milestone is paid"),
                ]
                if m.scheduleDifferenceCents != 0 {
                    let d = m.scheduleDifferenceCents
                    pairs.append(("Schedule", "adds up to \(Money.text(cents: m.scheduledCents)), "
                                  + "\(Money.text(cents: abs(d))) \(d > 0 ? "more" : "less") than the contract"))
                }
                var text = detailLines(pairs)
                text += "\nMilestones\n" + record.milestones.map { "  " + MilestoneLine.text($0) }.joined(separator: "\n") + "\n"
                let due = record.assumptions.filter(\.isDue)
                if !due.isEmpty {
                    text += "\nAssumptions due\n" + due.map {
                        TerminalSafe.line("  #\($0.id) \($0.assumption.text) (\($0.assumption.owner), review \($0.assumption.reviewOn?.iso ?? ""))")
                    }.joined(separator: "\n") + "\n"
                }
                return text
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a project for a customer, with its payment schedule from a template.",
            discussion: """
                Example: rapport project add "Contoso University" "Lecture hall refit" --contract 100,000 \
                --signed 2026-01-05 --target 2026-05-29 --pm pat --schedule 50/40/10
                The schedule's amounts are whole cents adding up to the contract exactly (the odd cents go \
                to the deposit); without --schedule, add milestones by hand with `rapport milestone add`.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The customer's name.") var customer: String
        @Argument(help: "The project's name.") var name: String
        @Option(help: "The code (default: suggested from the customer, e.g. CUO-0001).") var code = ""
        @Option(help: "The contract value, e.g. 100,000.00.") var contract = "0"
        @Option(help: "The day the contract was signed.") var signed: String?
        @Option(help: "The target completion day.") var target: String?
        @Option(help: "The project manager.") var pm = ""
        @Option(help: "The sales rep.") var salesRep = ""
        @Option(help: "What management cares about, comma separated: speed, look and feel, budget, disruption …")
        var concerns = ""
        @Option(help: "The scope summary sales handed over.") var scope = ""
        @Option(help: "Payment shares: 50/40/10 (deposit/progress/final) or 30/40/20/10 (…/retainage).") var schedule: String?
        @Option(help: "The id of the won opportunity this project came from.") var opportunity: Int64?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let value = try cents(contract, field: "--contract")
                let signedOn = try signed.map { try context.day($0, field: "--signed") }
                let targetOn = try target.map { try context.day($0, field: "--target") }
                let laid = try schedule.map {
                    PaymentSchedule.laid(try PaymentTemplate(parsing: $0), contractCents: value, signedOn: signedOn, targetOn: targetOn)
                }
                let draft = ProjectDraft(customerId: try context.customerId(customer), code: code, name: name, contractCents: value,
                                         signedOn: signedOn, targetOn: targetOn, pm: pm, salesRep: salesRep, concerns: concerns,
                                         scope: scope, schedule: laid, opportunityId: opportunity)
                let saved = try context.database.addProject(draft, by: context.user, at: context.now)
                let lines = saved.value.milestones.map { m in
                    "  " + TableText.fit(m.name, 10) + " " + TableText.fit(m.kind.rawValue, 9) + " "
                        + TableText.fit(Money.text(cents: m.amountCents), 14) + (m.dueOn.map { " due \($0.iso)" } ?? "")
                        + (m.requiresAcceptance ? ", waits for acceptance" : "")
                }
                return ([written(saved.label)] + lines).joined(separator: "\n")
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a project: code, name, contract, signed, target, pm, sales-rep, concerns, scope, customer.",
            discussion: "Example: rapport project set CUO-0001 contract=105,000 target=2026-06-12")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "field=value pairs.") var words: [String] = []

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let id = try context.projectId(project)
                var draft = ProjectDraft(try context.database.projectRecord(projectId: id, today: context.today).project)
                for (field, value) in try assignments(words, example: "contract=105,000") {
                    switch field {
                    case "code": draft.code = value
                    case "name": draft.name = value
                    case "contract": draft.contractCents = try cents(value, field: "contract")
                    case "signed": draft.signedOn = try context.optionalDay(value, field: "signed")
                    case "target": draft.targetOn = try context.optionalDay(value, field: "target")
                    case "pm": draft.pm = value
                    case "sales-rep", "sales_rep", "sales": draft.salesRep = value
                    case "concerns": draft.concerns = value
                    case "scope": draft.scope = value
                    case "customer": draft.customerId = try context.customerId(value)
                    default:
                        throw CLIError("unknown field '\(field)': use code, name, contract, signed, target, pm, sales-rep, "
                                       + "concerns, scope or customer")
                    }
                }
                let saved = try context.database.editProject(projectId: id, draft, by: context.user, at: context.now)
                let money = try context.database.projectRecord(projectId: id, today: context.today).money
                var lines = [written(saved.label)]
                if money.scheduleDifferenceCents != 0, money.scheduledCents > 0 {
                    let d = money.scheduleDifferenceCents
                    lines.append("the milestones add up to \(Money.text(cents: money.scheduledCents)), "
                                 + "\(Money.text(cents: abs(d))) \(d > 0 ? "more" : "less") than the contract value")
                }
                return lines.joined(separator: "\n")
            }
        }
    }

    struct Stage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stage",
            abstract: "Move a project to a stage, forward or back.",
            discussion: """
                Stages: sold, design, rough-in, install, commission, punch, acceptance, warranty, closed; or next / back. \
                Acceptance and later are refused while items block acceptance; closed is refused while a milestone is \
                unpaid; moving back from acceptance reopens the milestones' acceptance not yet invoiced.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The stage, or next / back.") var stage: String
        @Option(help: "Why, for the project's history.") var note = ""

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let id = try context.projectId(project)
                let current = try context.database.projectRecord(projectId: id, today: context.today).project.stage
                let target: ProjectStage
                switch stage.lowercased() {
                case "next":
                    guard let next = current.next else { throw CLIError("\(project) is closed: there is no next stage") }
                    target = next
                case "back", "previous":
                    guard let previous = current.previous else { throw CLIError("\(project) is at sold: there is no stage before") }
                    target = previous
                default: target = try choice(stage, ProjectStage.self, field: "stage")
                }
                let change = try context.database.changeStage(projectId: id, to: target, note: note, by: context.user,
                                                              at: context.now)
                if change.changedNothing { return "\(change.projectCode) is at \(target.rawValue) already; nothing changed" }
                return TerminalSafe.line("move \(change.projectCode) from \(change.from.rawValue) to \(change.to.rawValue)"
                    + (change.reopened.isEmpty ? "" : " (reopened: " + change.reopened.joined(separator: ", ") + ")"))
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history", abstract: "List a project's stage moves, newest first.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let events = try context.database.stageHistory(projectId: try context.projectId(project))
                let stamp = DateFormatter()
                stamp.dateFormat = "yyyy-MM-dd HH:mm"
                stamp.timeZone = context.zone
                stamp.locale = Locale(identifier: "en_US_POSIX")
                return try Listing(columns: [
                    ListColumn(header: "AT", width: 16, key: "at"), ListColumn(header: "WHO", width: 10, key: "who"),
                    ListColumn(header: "FROM", width: 10, key: "from"), ListColumn(header: "TO", width: 10, key: "to"),
                    ListColumn(header: "NOTE", width: 0, key: "note"),
                ], rows: events.map {
                    [.text(stamp.string(from: $0.at)), .text($0.who), .text($0.fromStage?.rawValue ?? ""), .text($0.toStage.rawValue),
                     .text($0.note)]
                }, footer: counted(events.count, "move")).text(format)
            }
        }
    }
}

/// One milestone on one line, for `project show` and `milestone list`'s neighbours.
enum MilestoneLine {
    static func text(_ row: MilestoneRow) -> String {
        let m = row.milestone, s = row.standing
        var line = TableText.fit("#\(row.id)", 5) + " " + TableText.fit(m.name, 22) + " " + TableText.fit(m.kind.rawValue, 9) + " "
            + TableText.fit(Money.text(cents: m.amountCents), 14) + " " + TableText.fit(s.status.rawValue, 12)
            + " due " + (m.dueOn?.iso ?? "–")
        if s.paidCents > 0 && s.status != .paid { line += ", paid \(Money.text(cents: s.paidCents))" }
        if m.awaitsAcceptance { line += row.blockers > 0 ? ", waits for acceptance (\(row.blockers == 1 ? "1 item blocks" : "\(row.blockers) items block") it)" : ", waits for acceptance" }
        if m.isHeldRetainage { line += ", retainage held" }
        return TerminalSafe.line(line)
    }
}
