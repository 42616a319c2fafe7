import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport export …`: the database's meetings as other programs read them.
    struct ExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Export meetings for other programs.", subcommands: [ICS.self])
    }
}

extension RapportCommand.ExportCommand {
    /// `rapport export ics [--project …|--customer …] [-o FILE]`.
    struct ICS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "Export meetings as one iCalendar (.ics) file: all, a project's, or a customer's.",
            discussion: """
                Series keep their RRULE, EXDATEs and RDATEs, changed occurrences are written as \
                RECURRENCE-ID events, times stay in the meeting's own zone (with a VTIMEZONE). \
                What Rapport exports, `rapport import ics` reads back as the same meetings.
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this project's meetings (a project code).") var project: String?
        @Option(help: "Only this customer's meetings, its projects' included.") var customer: String?
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func validate() throws {
            if project != nil && customer != nil { throw ValidationError("give --project or --customer, not both") }
        }

        func run() throws { print(try text(), terminator: "") }

        /// The file's text, or (with `--output`) a line saying what was written.
        func text() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: nil, reading: true)
                let filer = CalendarFiler(database: context.database, zone: context.zone)
                let projectId = try project.map(context.database.projectId(code:)), customerId = try customer.map(context.customerId)
                guard let output else { return try filer.exportText(projectId: projectId, customerId: customerId, at: context.now).text }
                return try filer.export(projectId: projectId, customerId: customerId, to: output, at: context.now) + "\n"
            }
        }
    }
}
