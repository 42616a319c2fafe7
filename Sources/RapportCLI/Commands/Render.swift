import ArgumentParser
import Foundation
import RapportModel
import RapportStore
import RapportUI

extension RapportCommand {
    /// Replays keys headlessly and prints the final screen as text.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Replay keys without a terminal and print the final screen as plain text.",
            discussion: """
                Draws exactly what the terminal would show, through the same reducer and views.
                Keys are space-separated names: j k g G Enter Esc Tab S-Tab PgUp PgDn Home End Space C-r F1; \
                any other word is typed letter by letter.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("Screen size, COLUMNSxROWS.", valueName: "size"))
        var size: String = "120x40"

        @Option(name: .long, help: ArgumentHelp("Keys to replay, e.g. \"Tab j j Enter\".", valueName: "keys"))
        var keys: String = ""

        @Option(name: .long, help: ArgumentHelp("The time to show, YYYY-MM-DDTHH:MM in $TZ (default $RAPPORT_NOW, else now).", valueName: "time"))
        var now: String?

        @Option(name: .long, help: ArgumentHelp("The time zone to show, an IANA name (default $TZ).", valueName: "zone"))
        var tz: String?

        @Flag(name: .long, help: "Let keys that change data change the file, as in the dashboard (by default render only looks).")
        var write = false

        func validate() throws {
            if let tz, TimeZone(identifier: tz) == nil { throw ValidationError("unknown time zone '\(tz)' (use an IANA name such as Europe/London)") }
            guard Size(parsing: size) != nil else { throw ValidationError(AppError.badSize(size).description) }
        }

        func run() throws {
            do {
                // ArgumentParser runs commands on the main thread.
                for line in try MainActor.assumeIsolated({ try screen() }) { print(line) }
            } catch let error as AppError {
                throw CLIError(error)
            }
        }

        /// The final screen's lines.
        @MainActor
        func screen() throws -> [String] {
            let zone = tz.flatMap(TimeZone.init(identifier:)) ?? TimeZone.current
            let instant = try Now.resolve(now, timeZone: zone) ?? Date()
            // Rendering only looks unless asked: a key that would change something is refused on the status line.
            let config = try Config.load(path: Paths().configFile)
            let database = try database.open(reading: !write, temperature: config.temperature)
            let terminal = MemoryTerminal(size: Size(parsing: size)!, script: Key.sequence(keys).map { .key($0) })
            let state = config.startState(size: terminal.size, now: instant, timeZone: zone)
            let exporter = FileExporter(database: database, folder: FileManager.default.currentDirectoryPath)
            let runtime = Runtime(state: state, source: database, terminal: terminal, theme: .plain, clock: { instant },
                                  exporter: exporter, importer: FileImporter(database: database),
                                  calendarFiles: CalendarFiler(database: database, zone: zone))
            runtime.replay()
            return terminal.lastCanvas?.lines ?? []
        }
    }
}
