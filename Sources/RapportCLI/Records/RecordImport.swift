import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

/// What every record import takes.
struct RecordImportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Show how the file would be read; write nothing.") var dryRun = false
    @Option(name: .customLong("map"), help: ArgumentHelp("Read a column as a field (\"Column=field\", or \"Column=ignore\"); repeatable.",
                                                      valueName: "column=field"))
    var mappings: [String] = []
    @Option(help: "How to read dates like 03/04/2026: mdy (month first) or dmy (day first).") var dateOrder: DateOrder?

    func run(_ kind: RecordImportKind) throws -> String {
        try reporting {
            let context = try PunchContext(options: database, reading: dryRun)
            let name = (file as NSString).lastPathComponent
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                throw CLIError("\(file) is a folder; give the CSV file's path")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("\(file): cannot read the file (\(FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file"))")
            }
            var mapping: [(column: String, field: RecordField?)] = []
            for text in mappings {
                switch RecordImporter.mapping(text, kind: kind) {
                case .success(let pair): mapping.append(pair)
                case .failure(let error): throw CLIError(error.description)
                }
            }
            let plan: RecordImportPlan
            do { plan = try RecordImporter.plan(data, fileName: name, kind: kind, mapping: mapping, dateOrder: dateOrder) } catch let error as RecordImportError {
                throw CLIError(error.description + "; nothing was imported")
            }
            if dryRun { return TerminalSafe.text((plan.report + ["Dry run: nothing was imported."]).joined(separator: "\n")) }
            guard plan.problems.isEmpty else {
                let shown = plan.problems.prefix(10).map(\.description)
                let more = plan.problems.count > 10 ? ["… and \(plan.problems.count - 10) more"] : []
                throw CLIError((shown + more + ["Nothing was imported."]).joined(separator: "\n"))
            }
            let result = try context.database.importRecords(plan.rows, kind: kind, file: file, by: context.user, at: context.now)
            return written(result.label)
        }
    }
}

extension RapportCommand.ImportCommand {
    struct Customers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "customers",
            abstract: "Import customers: name (required), domains, regions, trajectory.")
        @OptionGroup var options: RecordImportOptions
        func run() throws { print(try output()) }
        func output() throws -> String { try options.run(.customers) }
    }

    struct Contacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contacts",
            abstract: "Import contacts: customer and name (or first and last name) required; emails, phone, title, department, role, influence.")
        @OptionGroup var options: RecordImportOptions
        func run() throws { print(try output()) }
        func output() throws -> String { try options.run(.contacts) }
    }

    struct Projects: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "projects",
            abstract: "Import projects: customer and project name required; code, contract, signed, target, pm, sales-rep, concerns, scope, schedule (e.g. 50/40/10).")
        @OptionGroup var options: RecordImportOptions
        func run() throws { print(try output()) }
        func output() throws -> String { try options.run(.projects) }
    }
}
