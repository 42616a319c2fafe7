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
                return try CalendarFiler(database: context.database, zone: context.zone)
                    .syncCalendar(folder: folder, by: context.user, at: context.now, naming: nil)
            }
        }

        static func summary(_ r: VdirSync.Report, folder: String) -> String {
            let i = r.imported
            var lines = ["Synced \(folder): read \(Counted.text(r.read, "file")) (\(i.added) added, \(i.updated) updated, \(i.unchanged) unchanged"
                + (i.older > 0 ? ", \(i.older) older than stored" : "") + "), wrote \(Counted.text(r.written, "file"))"
                + (r.removedMeetings > 0 ? ", removed \(Counted.text(r.removedMeetings, "meeting")) whose files were deleted" : "")
                + (r.deletedFiles > 0 ? ", deleted \(Counted.text(r.deletedFiles, "file")) of deleted meetings" : "")]
            for skipped in r.skipped { lines.append("  skipped \(skipped)") }
            return lines.joined(separator: "\n")
        }
    }
}
