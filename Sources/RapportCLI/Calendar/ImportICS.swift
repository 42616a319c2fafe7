import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand.ImportCommand {
    /// `rapport import ics FILE`: the VEVENTs of an iCalendar file, as one undo step.
    struct ICS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "Import the events of an iCalendar (.ics) file, all or nothing.",
            discussion: """
                Events are matched by UID: importing the same file again changes nothing, and a newer \
                version of an event (a higher SEQUENCE) updates the meeting. A changed occurrence \
                (RECURRENCE-ID) stays part of its series. A malformed file is refused with its line \
                and reason, and nothing is imported. Times without a zone are read in --zone (or TZ).
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The .ics file.") var file: String
        @Option(help: "Link events that name no project to this one (a project code).") var project: String?
        @Option(help: "Link events that name no project or customer to this customer.") var customer: String?
        @Option(help: "Read floating times in this IANA zone (default: TZ).") var zone: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: zone)
                return try CalendarFiler(database: context.database, zone: context.zone).importCalendar(
                    path: file, projectId: try project.map(context.database.projectId(code:)),
                    customerId: try customer.map(context.customerId), by: context.user, at: context.now)
            }
        }
    }
}

/// Reading calendar files and wording what an import did.
enum CalendarFiles {
    static func read(_ path: String) throws -> Data {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError("\(TerminalSafe.line(path)) is a folder; give the .ics file's path (`rapport calendar sync` reads a folder)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(TerminalSafe.line(path)): cannot read the file (\(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"))")
        }
        return data
    }

    static func summary(_ result: CalendarImportResult, source: String) -> String {
        var parts = ["\(result.added) added", "\(result.updated) updated", "\(result.unchanged) unchanged"]
        if result.older > 0 { parts.append("\(result.older) older than stored, kept as stored") }
        var lines = ["Imported \(source): " + parts.joined(separator: ", ")]
        for skipped in result.skipped {
            lines.append("  skipped \(skipped.uid) (line \(skipped.line)): \(skipped.reason)")
        }
        return lines.joined(separator: "\n")
    }
}
