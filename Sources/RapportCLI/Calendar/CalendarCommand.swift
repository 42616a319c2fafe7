import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport calendar …`: the calendar with other programs.
    struct CalendarCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar", abstract: "Keep the meetings in sync with a calendar folder (vdir).",
            subcommands: [Sync.self])
    }
}

extension RapportCommand.CalendarCommand {
    /// `rapport calendar sync DIR`.
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Sync meetings with a vdir: one .ics file per event, as khal reads and vdirsyncer syncs.",
            discussion: """
                Files new or changed since the last sync are imported (by UID and SEQUENCE); a file \
                deleted since takes its meeting with it. Meetings changed in Rapport are written as \
                files, atomically, keeping their names. Run it after `vdirsyncer sync` and before the \
                next one; see docs/calendar.md.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The vdir folder (it must exist).") var folder: String
        @Option(help: "Read floating times in this IANA zone (default: TZ).") var zone: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: zone)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                    throw CLIError("\(TerminalSafe.line(folder)): no such folder; make it first (mkdir -p), or give vdirsyncer's path")
                }
                let path = URL(fileURLWithPath: folder).standardizedFileURL.path
                let report: VdirSync.Report
                do {
                    report = try VdirSync(folder: path, store: context.database, floatingZone: context.zone,
                                          by: context.user, at: context.now).run()
                } catch let error as VdirError {
                    throw CLIError(error.description)
                }
                return TerminalSafe.text(Self.summary(report, folder: folder))
            }
        }

        static func summary(_ r: VdirSync.Report, folder: String) -> String {
            let i = r.imported
            var lines = ["Synced \(folder): read \(r.read) files (\(i.added) added, \(i.updated) updated, \(i.unchanged) unchanged"
                + (i.older > 0 ? ", \(i.older) older than stored" : "") + "), wrote \(r.written) files"
                + (r.removedMeetings > 0 ? ", removed \(r.removedMeetings) meetings whose files were deleted" : "")
                + (r.deletedFiles > 0 ? ", deleted \(r.deletedFiles) files of deleted meetings" : "")]
            for skipped in r.skipped { lines.append("  skipped \(skipped)") }
            return lines.joined(separator: "\n")
        }
    }
}
