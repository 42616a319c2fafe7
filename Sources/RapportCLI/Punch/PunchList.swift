import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand.Punch {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a project's punch items.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, md }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code, e.g. BER-0004.") var project: String
        @Option(help: "Only these statuses: open (open, in progress, ready), in-progress, ready, closed, void.")
        var status: [String] = []
        @Option(help: "A filter as typed after / in the dashboard, e.g. \"@board !1 overdue\".") var filter: String?
        @Option(help: "Sort: status, priority, due, location, number.") var sort: String = "status"
        @Option(help: "table, csv, json or md.") var format: Format = .table

        func run() throws {
            print(try output(), terminator: "")
        }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let projectId = try context.projectId(project)
                var text = filter ?? ""
                if !status.isEmpty { text += " status:" + status.joined(separator: ",") }
                let parsed: PunchFilter
                do { parsed = try PunchFilter(parsing: text) } catch { throw CLIError("--filter: \(error)") }
                guard let order = PunchSort(rawValue: sort) else { throw CLIError("--sort: unknown sort '\(sort)'") }
                let query = PunchQuery(projectId: projectId, filter: parsed, sort: order)
                let total = try context.database.punchCount(query, today: context.today)
                let rows = try context.database.punchItems(query, today: context.today, offset: 0, limit: max(total, 1))
                switch format {
                case .table: return PunchListFormat.table(rows, today: context.today)
                case .json: return try PunchListFormat.json(rows)
                case .csv, .md:
                    let numbers = Swift.Set(rows.map(\.number))
                    let all = try context.database.exportPunchItems(projectId: projectId)
                        .filter { numbers.contains($0.item.number) }
                    let exportRows = all.map { PunchExportRow($0.item, location: $0.locationPath) }
                    // A listing is for reading: shown safely wherever it goes (`punch export` keeps data exact).
                    if format == .csv { return TerminalSafe.text(PunchCSV.export(exportRows)) }
                    return TerminalSafe.text(try PunchListFormat.markdown(context: context, projectId: projectId, rows: exportRows))
                }
            }
        }
    }
}

/// The list formats that are not CSV.
enum PunchListFormat {
    static func table(_ rows: [PunchRow], today: LocalDate) -> String {
        var lines = ["   # STATUS      PRI LOCATION             TITLE                                    ASSIGNEE   DUE"]
        for r in rows {
            let overdue = r.status.isOpen && (r.dueOn.map { $0 < today } ?? false)
            lines.append(String(format: "%4d ", r.number) + pad(r.status.rawValue, 11) + " " + pad(r.priority.label, 3) + " "
                         + pad(r.location, 20) + " " + pad(r.title, 40) + " " + pad(r.assignee, 10) + " "
                         + (r.dueOn?.iso ?? "") + (overdue ? " overdue" : ""))
        }
        lines.append("\(rows.count) items")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ rows: [PunchRow]) throws -> String {
        struct Item: Encodable {
            var number: Int, status: String, priority: String, category: String, location: String, title: String
            var assignee: String, due: String?, blocksAcceptance: Bool, rejections: Int
        }
        let items = rows.map {
            Item(number: $0.number, status: $0.status.rawValue, priority: $0.priority.label, category: $0.category.rawValue,
                 location: $0.locationPath, title: $0.title, assignee: $0.assignee, due: $0.dueOn?.iso,
                 blocksAcceptance: $0.blocksAcceptance, rejections: $0.rejections)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.json(String(decoding: try encoder.encode(items), as: UTF8.self)) + "\n"
    }

    static func markdown(context: PunchContext, projectId: Int64, rows: [PunchExportRow]) throws -> String {
        let detail = try context.database.projectDetail(projectId: projectId)
        return PunchMarkdown.report(projectCode: detail.project.code, projectName: detail.project.name,
                                    customerName: detail.customerName, generatedOn: context.today, rows: rows)
    }

    /// Pads or cuts to `width` display columns for the plain table, control characters shown safely.
    static func pad(_ text: String, _ width: Int) -> String {
        TableText.fit(text, width)
    }
}
