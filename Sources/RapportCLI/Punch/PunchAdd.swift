import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand.Punch {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                return "Added \(project)#\(item.number) \(item.title)"
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                for assignment in assignments {
                    let pair = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                    let value = pair.count > 1 ? pair[1] : ""
                    for change in try changes(field: pair[0], value: value, ids: ids, context: context) {
                        lines.append(try context.database.changePunchItems(ids: ids, change: change, by: context.user,
                                                                           at: context.now).summary)
                    }
                }
                return lines.joined(separator: "\n")
            }
        }

        /// The workflow steps or field change a `field=value` means.
        func changes(field: String, value: String, ids: [Int64], context: PunchContext) throws -> [PunchChange] {
            switch field.lowercased() {
            case "status":
                guard let target = PunchStatus(rawValue: value.lowercased()) else {
                    throw CLIError("status=\(value): use open, in-progress, ready, closed or void")
                }
                if target == .void { return [.void] }
                if target == .disputed {
                    throw CLIError("status=disputed: use rapport punch dispute REF --by customer|us --note \"why\"")
                }
                let statuses = try ids.map { try context.database.punchDetail(id: $0).item.status }
                guard Swift.Set(statuses).count == 1, let from = statuses.first else {
                    throw CLIError("status: the items are in different statuses; set them one at a time")
                }
                return try Self.steps(from: from, to: target)
            case "priority":
                guard let n = Int(value.uppercased().replacingOccurrences(of: "P", with: "")), let p = Priority(rawValue: n) else {
                    throw CLIError("priority=\(value): use 1, 2 or 3")
                }
                return [.setPriority(p)]
            case "due":
                if value.isEmpty || value.lowercased() == "none" { return [.setDue(nil)] }
                do { return [.setDue(try DateExpression.parse(value, today: context.today))] } catch {
                    throw CLIError("due=\(value): \(error)")
                }
            case "assignee": return [.assign(value)]
            case "location": return [.setLocation(value.isEmpty ? nil : value)]
            default: throw CLIError("unknown field '\(field)': use status, priority, due, assignee or location")
            }
        }

        /// The workflow path between two statuses: forward by advancing, back by stepping back.
        static func steps(from: PunchStatus, to: PunchStatus) throws -> [PunchChange] {
            let order: [PunchStatus] = [.open, .inProgress, .readyForReview, .closed]
            // A disputed item resumes (in progress) or reopens: one step either way.
            if from == .disputed, to == .inProgress { return [.advance] }
            if from == .disputed, to == .open { return [.stepBack] }
            guard let a = order.firstIndex(of: from), let b = order.firstIndex(of: to) else {
                throw CLIError("status: a void item cannot be moved; it is off the list")
            }
            if a == b { return [] }
            if b > a { return Array(repeating: .advance, count: b - a) }
            // Back from ready goes straight to open (a rejection), as the workflow says.
            var steps: [PunchChange] = []
            var current = from
            while current != to, let back = current.steppedBack {
                steps.append(.stepBack)
                current = back
            }
            guard current == to else { throw CLIError("status: cannot go from \(from.rawValue) to \(to.rawValue)") }
            return steps
        }
    }
}
