import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand.Punch {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import punch items from a CSV or .xlsx file, all or nothing.",
            discussion: """
                Columns are matched by name: Rapport's own export, Procore's import template and export, \
                Autodesk Build (ACC Issues) and Fieldwire exports, and hand-made sheets are understood. \
                A row whose number the project already has updates that item. Run with --dry-run first \
                to see how each column was read.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The CSV or .xlsx file.") var file: String
        @Flag(help: "Show how the file would be read and what would change; write nothing.") var dryRun = false
        @Option(name: .customLong("map"), help: ArgumentHelp("Read a column as a field (\"Column=field\", or \"Column=ignore\"); repeatable.",
                                                          valueName: "column=field"))
        var mappings: [String] = []
        @Option(help: "How to read dates like 03/04/2026: mdy (month first) or dmy (day first).")
        var dateOrder: DateOrder?
        @Flag(help: "Keep the values of columns Rapport does not use in the item's detail.") var keepUnknown = false
        @Option(help: "The worksheet of an .xlsx file (default: the first).") var sheet: String?

        func validate() throws {
            for text in mappings {
                if case .failure(let error) = PunchImportOptions.Mapping.parse(text) { throw ValidationError(error.description) }
            }
        }

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let projectId = try context.projectId(project)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                    throw CLIError("\(file) is a folder; give the CSV or .xlsx file's path")
                }
                guard FileManager.default.isReadableFile(atPath: file) else {
                    throw CLIError("\(file): cannot read the file (\(FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file"))")
                }
                let importer = FileImporter(database: context.database)
                let plan = try importer.plan(file, mappings: mappings, dateOrder: dateOrder?.rawValue,
                                             keepUnknown: keepUnknown, sheet: sheet)
                if dryRun {
                    let lines = plan.report(existing: try context.database.punchNumbers(projectId: projectId))
                    return (lines + ["Dry run: nothing was imported."]).joined(separator: "\n")
                }
                guard plan.problems.isEmpty else {
                    let shown = plan.problems.prefix(10).map(\.description)
                    let more = plan.problems.count > 10 ? ["… and \(plan.problems.count - 10) more"] : []
                    throw CLIError((shown + more + ["Nothing was imported."]).joined(separator: "\n"))
                }
                let result = try context.database.importPunchRows(
                    projectId: projectId, rows: plan.rows.map { ($0.line, $0.draft, $0.external) }, fields: plan.fields,
                    file: file, by: context.user, at: context.now)
                return Self.summary(result, project: project, file: file, notes: plan.notes)
            }
        }

        static func summary(_ result: PunchImportResult, project: String, file: String, notes: [String]) -> String {
            var line = "Imported \(result.added.count + result.updated.count) items into \(project) from \(file)"
            if !result.updated.isEmpty {
                let numbers = result.updated.prefix(10).map { "#\($0)" }.joined(separator: ", ")
                line += ": \(result.added.count) added, \(result.updated.count) updated (\(numbers)\(result.updated.count > 10 ? ", …" : ""))"
            }
            return TerminalSafe.text((notes + [line]).joined(separator: "\n"))
        }
    }
}

extension DateOrder: ExpressibleByArgument {}
