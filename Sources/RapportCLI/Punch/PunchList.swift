import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand.Punch {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List a project's punch items.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, md }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code, e.g. BER-0004.") var project: String
        @Option(help: "Only these statuses: open (open, in progress, ready), in-progress, ready, closed, void.")
        var status: [String] = []
        @Option(help: "A filter as typed after / in the dashboard, e.g. \"@board !1 overdue\".") var filter: String?
        @Option(help: "Sort: status, priority, due, location, number.") var sort: String = "status"
        @Option(help: "table, csv, json or md.") var format: Format = .table

        func run() throws {
            // Streamed: rows go out as SQLite reads them, 64 KiB at a time, in constant memory.
            let out = ListingOutput(descriptor: STDOUT_FILENO)
            defer { out.flush() }
            try write(to: out)
        }

        /// The whole listing as text (what `run` prints).
        func output() throws -> String {
            let out = ListingOutput()
            try write(to: out)
            return out.text
        }

        func write(to out: ListingOutput) throws {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let projectId = try context.projectId(project)
                var text = filter ?? ""
                if !status.isEmpty { text += " status:" + status.joined(separator: ",") }
                let parsed: PunchFilter
                do { parsed = try PunchFilter(parsing: text) } catch { throw CLIError("--filter: \(error)") }
                guard let order = PunchSort(rawValue: sort) else { throw CLIError("--sort: unknown sort '\(sort)'") }
                let query = PunchQuery(projectId: projectId, filter: parsed, sort: order)
                switch format {
                case .table:
                    var table = PunchListFormat.Table(out, today: context.today)
                    try context.database.forEachPunchItem(query, today: context.today) { table.row($0) }
                    table.end()
                case .json:
                    var json = JSONArrayWriter(out)
                    try context.database.forEachPunchItem(query, today: context.today) { PunchListFormat.json($0, to: &json) }
                    json.end()
                    out.write("\n")
                // Full rows as they are read; a listing is for reading: shown safely wherever it goes
                // (`punch export` keeps data exact).
                case .csv:
                    out.write(PunchCSV.headerLine)
                    try context.database.forEachPunchExport(query, today: context.today) {
                        out.write(TerminalSafe.text(PunchCSV.line(PunchExportRow($0))))
                    }
                case .md:
                    try PunchListFormat.markdown(context: context, projectId: projectId, query: query, to: out)
                }
            }
        }
    }
}

/// The list formats that are not CSV.
enum PunchListFormat {
    /// The plain table, a line a row as the rows come, and the count at the end.
    struct Table {
        static let header = "   # STATUS      PRI LOCATION             TITLE                                    ASSIGNEE   DUE"
        private let out: ListingOutput
        private let today: LocalDate
        private var count = 0

        init(_ out: ListingOutput, today: LocalDate) {
            self.out = out
            self.today = today
            out.write(Self.header + "\n")
        }

        mutating func row(_ r: PunchRow) {
            count += 1
            let overdue = r.status.isOpen && (r.dueOn.map { $0 < today } ?? false)
            typealias F = PunchListFormat
            out.write(String(format: "%4d ", r.number) + F.pad(r.status.rawValue, 11) + " " + F.pad(r.priority.label, 3) + " "
                      + F.pad(r.location, 20) + " " + F.pad(r.title, 40) + " " + F.pad(r.assignee, 10) + " "
                      + (r.dueOn?.iso ?? "") + (overdue ? " overdue" : "") + "\n")
        }

        func end() { out.write("\(count) items\n") }
    }

    /// One item of `--format json`, its keys in sorted order (as `JSONEncoder`'s `.sortedKeys`).
    static func json(_ r: PunchRow, to json: inout JSONArrayWriter) {
        json.object([
            "assignee": .string(r.assignee), "blocksAcceptance": .bool(r.blocksAcceptance),
            "category": .string(r.category.rawValue), "due": r.dueOn.map { .string($0.iso) },
            "location": .string(r.locationPath), "number": .int(r.number), "priority": .string(r.priority.label),
            "rejections": .int(r.rejections), "status": .string(r.status.rawValue), "title": .string(r.title),
        ])
    }

    /// The Markdown report, written a location at a time: the counts first (one grouped read),
    /// then each location's rows as they are read, so memory holds one row, not the list.
    static func markdown(context: PunchContext, projectId: Int64, query: PunchQuery, to out: ListingOutput) throws {
        let detail = try context.database.projectDetail(projectId: projectId)
        let groups = try context.database.punchListingGroups(query, today: context.today)
            .sorted { PunchMarkdown.locationOrder($0.location, $1.location) }
        func sum(_ count: KeyPath<AppDatabase.PunchListingGroup, Int>) -> Int { groups.reduce(0) { $0 + $1[keyPath: count] } }
        out.write(TerminalSafe.text(PunchMarkdown.header(
            projectCode: detail.project.code, projectName: detail.project.name, customerName: detail.customerName,
            generatedOn: context.today, total: sum(\.total), open: sum(\.open), blocking: sum(\.blocking),
            overdue: sum(\.overdue))))
        for group in groups {
            out.write(TerminalSafe.text(PunchMarkdown.heading(group.location, open: group.open, total: group.total)))
            try context.database.forEachPunchExport(query, today: context.today, location: .some(group.location)) {
                out.write(TerminalSafe.text(PunchMarkdown.tableRow(PunchExportRow($0), on: context.today)))
            }
        }
    }

    /// Pads or cuts to `width` display columns for the plain table, control characters shown safely.
    static func pad(_ text: String, _ width: Int) -> String {
        TableText.fit(text, width)
    }
}
