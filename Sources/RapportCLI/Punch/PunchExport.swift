import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore
import RapportUI

extension RapportCommand.Punch {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export a project's punch list: csv, md (a customer-ready report), procore (Procore's import "
                + "template columns) or xlsx (a spreadsheet; needs --output).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, procore, xlsx }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Option(help: "csv, md, procore or xlsx.") var format: Format = .csv
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        @Flag(inversion: .prefixedNo, help: """
            Start no CSV cell as a spreadsheet formula: a cell beginning with = + - @ gets a ' before it, \
            which Rapport's import takes off again.
            """)
        var formulaGuard = true

        func validate() throws {
            if format == .xlsx && output == nil {
                throw ValidationError("--format xlsx writes a workbook, not text: give a file with --output")
            }
        }

        func run() throws {
            print(try output(toTerminal: isatty(STDOUT_FILENO) == 1), terminator: "")
        }

        /// What is printed: the file's text, shown terminal-safe when stdout is a terminal;
        /// with `--output`, the file keeps the data exactly and nothing is printed.
        func output(toTerminal: Bool) throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let data = try PunchFiles.export(database: context.database, projectId: try context.projectId(project),
                                                 format: format, today: context.today, guardsFormulas: formulaGuard)
                if let output {
                    try OutputFile.check(output)
                    do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                        throw CLIError("\(TerminalSafe.line(output)): cannot write the file: \(error.localizedDescription)")
                    }
                    return ""
                }
                let text = String(decoding: data, as: UTF8.self)
                return toTerminal ? TerminalSafe.text(text) : text
            }
        }
    }
}

/// Exports shared by `rapport punch export` and the dashboard's `:export`.
enum PunchFiles {
    static func export(database: AppDatabase, projectId: Int64, format: ExportFormat, today: LocalDate,
                       guardsFormulas: Bool = true) throws -> String {
        let wanted: RapportCommand.Punch.Export.Format = format == .csv ? .csv : .md
        let text: Data = try export(database: database, projectId: projectId, format: wanted, today: today,
                                    guardsFormulas: guardsFormulas)
        return String(decoding: text, as: UTF8.self)
    }

    static func export(database: AppDatabase, projectId: Int64, format: RapportCommand.Punch.Export.Format,
                       today: LocalDate, guardsFormulas: Bool = true) throws -> Data {
        let rows = try database.exportPunchItems(projectId: projectId).map {
            PunchExportRow($0)
        }
        switch format {
        case .csv: return Data(PunchCSV.export(rows, guardsFormulas: guardsFormulas).utf8)
        case .procore: return Data(PunchProcore.export(rows, guardsFormulas: guardsFormulas).utf8)
        case .xlsx: return try PunchXLSX.export(rows)
        case .md:
            let detail = try database.projectDetail(projectId: projectId)
            return Data(PunchMarkdown.report(projectCode: detail.project.code, projectName: detail.project.name,
                                             customerName: detail.customerName, generatedOn: today, rows: rows).utf8)
        }
    }
}
