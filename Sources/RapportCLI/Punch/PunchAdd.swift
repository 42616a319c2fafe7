import ArgumentParser
import Foundation
import RapportModel
import RapportStore
import RapportUI

extension RapportCommand.Punch {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a punch item from a quick-add line.",
            discussion: "Example: rapport punch add BER-0004 \"HDMI handshake fails @Board Room !1 due:fri +video =dana\"")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "title @location !1 due:fri +category =assignee blocking") var line: [String]

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let draft: PunchDraft
                do { draft = try QuickAdd.parse(line.joined(separator: " "), today: context.today) } catch {
                    throw CLIError("\(error)")
                }
                let item = try context.database.addPunchItem(projectId: try context.projectId(project), draft: draft,
                                                             by: context.user, at: context.now)
                return TerminalSafe.line("Added \(project)#\(item.number) \(item.title)")
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change punch items: status, priority, due, assignee, location.",
            discussion: """
                Example: rapport punch set BER-0004#12 BER-0004#13 status=ready due=fri assignee=dana
                Fields: status=open|in-progress|ready|closed|void (moves along the workflow; ready → open is a \
                rejection), priority=1|2|3, due=DATE|none, assignee=NAME, location=PATH. Each field is one undoable change.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Items (PROJECT#NUMBER), then field=value pairs.") var words: [String]

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let references = words.filter { !$0.contains("=") }
                let assignments = words.filter { $0.contains("=") }
                guard !references.isEmpty else { throw CLIError("name at least one item, e.g. BER-0004#12") }
                guard !assignments.isEmpty else { throw CLIError("give at least one field=value, e.g. status=ready") }
                let ids = try references.map(context.itemId)
                var lines: [String] = []
                var refused = false
                for assignment in assignments {
                    let pair = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                    let value = pair.count > 1 ? pair[1] : ""
                    for change in try changes(field: pair[0], value: value, ids: ids, context: context) {
                        let result = try context.database.changePunchItems(ids: ids, change: change, by: context.user,
                                                                           at: context.now)
                        lines.append(TerminalSafe.line(WriteOutcome.summary(result)))
                        refused = refused || !result.skipped.isEmpty
                    }
                }
                // An item the workflow refused is a refusal (exit 1), even if others changed.
                if refused { throw CLIError(lines.joined(separator: "\n")) }
                return lines.joined(separator: "\n")
            }
        }

        /// The workflow steps or field change a `field=value` means; the values are read by the
        /// model's `PunchFieldParser`, as the edit form reads them.
        func changes(field: String, value: String, ids: [Int64], context: PunchContext) throws -> [PunchChange] {
            do {
                switch field.lowercased() {
                case "status":
                    let target = try PunchFieldParser.status(value)
                    if target == .void { return [.void] }
                    if target == .disputed {
                        throw CLIError("status=disputed: use rapport punch dispute REF --by customer|us --note \"why\"")
                    }
                    let statuses = try ids.map { try context.database.punchDetail(id: $0).item.status }
                    guard Swift.Set(statuses).count == 1, let from = statuses.first else {
                        throw CLIError("status: the items are in different statuses; set them one at a time")
                    }
                    return try Self.steps(from: from, to: target)
                case "priority": return [.setPriority(try PunchFieldParser.priority(value))]
                case "due": return [.setDue(try PunchFieldParser.due(value, today: context.today))]
                case "assignee": return [.assign(value)]
                case "location": return [.setLocation(value.isEmpty ? nil : value)]
                default: throw CLIError("unknown field '\(field)': use status, priority, due, assignee or location")
                }
            } catch let error as PunchDraftError {
                switch error {
                case .badStatus: throw CLIError("status=\(value): use open, in-progress, ready, closed or void")
                case .badPriority: throw CLIError("priority=\(value): use 1, 2 or 3")
                case .badDue(_, let reason): throw CLIError("due=\(value): \(reason)")
                default: throw CLIError("\(field)=\(value): \(error)")
                }
            }
        }

        /// The workflow path between two statuses (`PunchWorkflow.steps`), refusals worded for `status=`.
        static func steps(from: PunchStatus, to: PunchStatus) throws -> [PunchChange] {
            // A disputed item resumes (in progress) or reopens: one step either way.
            if from == .disputed, to == .inProgress { return [.advance] }
            if from == .disputed, to == .open { return [.stepBack] }
            do { return try PunchWorkflow.steps(from: from, to: to) } catch { throw CLIError("status: \(error)") }
        }
    }
}
