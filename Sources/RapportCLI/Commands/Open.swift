import ArgumentParser
import Foundation
import RapportCurses
import RapportModel
import RapportStore
import RapportUI

extension RapportCommand {
    /// Opens the dashboard in the terminal.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open", abstract: "Open the dashboard (the default command).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var look: LookOptions

        func run() throws {
            // Only the default file is made on first run; a named one must exist (a typo is not a new database).
            let mode: AppDatabase.OpenMode = database.readOnly ? .readOnly : database.isDefault() ? .create : .existing
            try Dashboard.run(databasePath: database.path(), mode: mode, theme: look.theme, screenReader: look.screenReader, mouse: !look.noMouse)
        }
    }
}

/// Starts the interactive dashboard on a database file; shared by `open` and `demo`.
enum Dashboard {
    static func run(databasePath: String, mode: AppDatabase.OpenMode, theme themeName: String?, screenReader: Bool,
                    mouse: Bool = true) throws {
        // Refuse before touching the database, so a pipe never gets a half-initialised screen.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw CLIError(AppError.notATerminal) }
        do {
            // Read once: Foundation builds the whole dictionary on every ask.
            let environment = ProcessInfo.processInfo.environment
            let paths = Paths(environment: environment)
            let config = try Config.load(path: paths.configFile)
            let temperature = config.temperature
            // The worker's connection opens with its first work, after the first frame: anything
            // running beside the first screen's reads slowed them by 3–5 ms (timed side by side).
            let opening = Prepared { try AppDatabase.open(path: databasePath, mode: mode, temperature: temperature) }
            let zone: TimeZone, fixedNow: Date?, theme: Theme, themeNames: [String]
            do {
                var chosen = try ThemeLoader.resolve(option: themeName, config: config, paths: paths, environment: environment)
                chosen.isScreenReader = screenReader || config.screenReader
                theme = chosen
                StartupTrace.mark("config and theme")
                zone = TimeZone.current
                fixedNow = try Now.resolve(nil, timeZone: zone, environment: environment)
                themeNames = ThemeLoader.names(paths: paths)  // the themes folder read while the file opens
            } catch {
                _ = try? opening.value()  // a file being made or migrated is finished, not cut off
                throw error
            }
            try MainActor.assumeIsolated {
                // The terminal starts while the file is still opening on its own thread (1 ms of
                // the first frame); a file that fails to open is reported once it is given back.
                let terminal: CursesTerminal
                do {
                    terminal = try CursesTerminal(mouse: config.mouse && mouse)
                } catch {
                    _ = try? opening.value()
                    throw error
                }
                StartupTrace.mark("terminal")
                defer { terminal.restore() }
                // Made while the file may still be opening: the keymap's table is built the first time.
                let clock: @Sendable () -> Date = { fixedNow ?? Date() }
                var state = config.startState(size: terminal.size, now: clock(), timeZone: zone)
                let database = try opening.value()
                StartupTrace.mark("database")
                state.looks = LookState(themeName: theme.name, themeNames: themeNames)
                state.isReadOnly = database.isReadOnly
                if database.isReadOnly {
                    let also = config.startMessage.map { "; " + $0 } ?? ""
                    state.message = .init(text: "read-only: \(databasePath); changes are refused\(also)", isError: true)
                }
                let exporter = FileExporter(database: database, folder: FileManager.default.currentDirectoryPath)
                let runtime = Runtime(state: state, source: database, terminal: terminal, theme: theme, clock: clock,
                                      exporter: exporter, importer: FileImporter(database: database),
                                      calendarFiles: CalendarFiler(database: database, zone: zone), slowWorkInBackground: true)
                runtime.themes = { try ThemeLoader.named($0, paths: paths) }
                runtime.run()
            }
        } catch let error as AppError {
            throw CLIError(error)
        }
    }
}

/// An error for the command line: its message on stderr, exit status 1, no stack of types.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    init(_ error: AppError) { message = error.description }
    init(_ message: String) { self.message = message }
    var description: String { message }
}
