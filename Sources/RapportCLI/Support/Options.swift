import ArgumentParser
import Foundation
import RapportModel
import RapportStore

/// Which database file to use: `--db`, else `$RAPPORT_DB`, else the default in the data folder;
/// and whether to only look at it.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (it must exist; `rapport init PATH` makes one).", valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Open the database only to look: every change is refused and the file stays as it was.")
    var readOnly = false

    func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Self.path(db, environment: environment)
    }

    /// `--db`, else `$RAPPORT_DB`, else the default file in the data folder.
    static func path(_ db: String?, environment: [String: String]) -> String {
        if let db { return db }
        if let env = environment["RAPPORT_DB"], !env.isEmpty { return env }
        return Paths(environment: environment).defaultDatabase
    }

    /// True when no path was named, so the file is the default one in the data folder.
    func isDefault(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        db == nil && (environment["RAPPORT_DB"] ?? "").isEmpty
    }

    /// Opens the file, which must exist; read-only with `--read-only` or when `reading`.
    /// Temperatures are scored with `temperature` (config.toml's `[temperature]`).
    func open(reading: Bool = false, temperature: TemperatureSettings = .standard) throws -> AppDatabase {
        try AppDatabase.open(path: path(), mode: readOnly || reading ? .readOnly : .existing, temperature: temperature)
    }
}

/// How the dashboard looks.
struct LookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Theme name: default, light, dark, high-contrast, monochrome, or a file in the config themes folder.", valueName: "name"))
    var theme: String?

    @Flag(name: .long, help: "For screen readers and braille displays: no box lines, the cursor shown on the selected row, the focused pane's title on the status line.")
    var screenReader = false
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection); also config `mouse = false`.")
    var noMouse = false
}

/// The clock and zone, injectable so screens in tests never depend on today.
enum Now {
    /// `RAPPORT_NOW` (or `--now`) as local time `YYYY-MM-DDTHH:MM` in `TZ`, else the real clock.
    static func resolve(_ text: String?, timeZone: TimeZone,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date? {
        guard let text = text ?? environment["RAPPORT_NOW"], !text.isEmpty else { return nil }
        return try parse(text, timeZone: timeZone)
    }

    static func parse(_ text: String, timeZone: TimeZone) throws -> Date {
        let parts = text.split(separator: "T")
        guard let day = parts.first.flatMap({ LocalDate(iso: $0) }) else { throw AppError.badTime(text) }
        var seconds = 0
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":")
            guard hm.count >= 2, hm.count <= 3, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m)
            else { throw AppError.badTime(text) }
            seconds = h * 3600 + m * 60 + (hm.count == 3 ? Int(hm[2]) ?? 0 : 0)
        } else if parts.count > 2 {
            throw AppError.badTime(text)
        }
        return day.startOfDay(in: timeZone) + TimeInterval(seconds)
    }
}
