import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore
import RapportUI

extension RapportCommand.Punch {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a project's punch list: csv (for import elsewhere) or md (a customer-ready report by location).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Option(help: "csv or md.") var format: Format = .csv
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
        @Flag(inversion: .prefixedNo, help: """
            Start no CSV cell as a spreadsheet formula: a cell beginning with = + - @ gets a ' before it, \
            which Rapport's import takes off again.
            """)
        var formulaGuard = true

        func run() throws {
            print(try output(toTerminal: isatty(STDOUT_FILENO) == 1), terminator: "")
        }

        /// What is printed: the file's text, shown terminal-safe when stdout is a terminal;
        /// with `--output`, the file keeps the data exactly and nothing is printed.
        func output(toTerminal: Bool) throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let text = try PunchFiles.export(database: context.database, projectId: try context.projectId(project),
                                                 format: format == .csv ? .csv : .md, today: context.today,
                                                 guardsFormulas: formulaGuard)
                if let output {
                    try OutputFile.write(text, to: output)
                    return ""
                }
                return toTerminal ? TerminalSafe.text(text) : text
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import punch items from a CSV file, all or nothing.",
            discussion: "Headers are matched case-insensitively; common punch-list export columns are understood.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let projectId = try context.projectId(project)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                    throw CLIError("\(file) is a folder; give the CSV file's path")
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CLIError("\(file): cannot read the file (\(FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file"))")
                }
                let rows: [PunchImportRow]
                do { rows = try PunchCSV.parse(data, fileName: (file as NSString).lastPathComponent) } catch {
                    throw CLIError("\(error)")
                }
                let result = try context.database.importPunchItems(projectId: projectId, drafts: rows.map { ($0.line, $0.draft) },
                                                                  file: file, by: context.user, at: context.now)
                return TerminalSafe.line("Imported \(result.count) items into \(project) from \(file)")
            }
        }
    }
}

/// Exports shared by `rapport punch export` and the dashboard's `:export`.
enum PunchFiles {
    static func export(database: AppDatabase, projectId: Int64, format: ExportFormat, today: LocalDate,
                       guardsFormulas: Bool = true) throws -> String {
        let rows = try database.exportPunchItems(projectId: projectId).map { PunchExportRow($0.item, location: $0.locationPath) }
        switch format {
        case .csv: return PunchCSV.export(rows, guardsFormulas: guardsFormulas)
        case .md:
            let detail = try database.projectDetail(projectId: projectId)
            return PunchMarkdown.report(projectCode: detail.project.code, projectName: detail.project.name,
                                        customerName: detail.customerName, generatedOn: today, rows: rows)
        }
    }
}
