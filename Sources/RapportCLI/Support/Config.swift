import Foundation
import RapportModel
import RapportUI
import TOMLKit

/// The user's settings from `config.toml`: user, theme and key bindings.
struct Config {
    var theme: String?
    /// Who changes are recorded as; the login name when unset.
    var user: String?
    /// `y`/`Y` may set the terminal's clipboard through OSC 52.
    var clipboard = true
    /// `screen-reader = true`: the look `--screen-reader` gives.
    var screenReader = false
    /// Clicks and the wheel go to Rapport; false leaves the mouse to the terminal.
    var mouse = true
    /// The standard keys with the file's `[keys]` applied. Built when first asked for, not when
    /// the file is read: the dashboard starts opening its file first (the table is ≈ 1 M
    /// instructions of type lookups the first time, made in `startState`).
    var keymap: Keymap {
        get { boundKeymap ?? Keymap.standard }
        set { boundKeymap = newValue }
    }
    private var boundKeymap: Keymap?
    /// Key bindings that could not be applied, with their lines; the rest are in `keymap`.
    var keyProblems: [KeyBindings.Problem] = []
    /// The file read, for messages; nil when there was none.
    var path: String?
    /// `[temperature]`: the weights and half-lives customers are scored with.
    var temperature = TemperatureSettings.standard
    /// `[mail] ours`: our own e-mail domains (or addresses), so imported mail from them is outbound.
    var mailOurs: [String] = []
    /// `[watch]`: when an account goes on the watch list.
    var watch = WatchSettings.standard

    /// Reads `path`; a missing file is the defaults. A file that is not TOML, or a setting of the
    /// wrong kind, is an error naming the file; key bindings that cannot apply are collected in
    /// `keyProblems` so the dashboard still starts and says what it skipped.
    static func load(path: String) throws -> Config {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Config() }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError.badConfig(file: path, reason: "line \(error.source.begin.line): \(error.description)")
        }
        var config = Config(path: path)
        if let theme = table["theme"] {
            guard let name = theme.string else { throw AppError.badConfig(file: path, reason: "theme must be a string") }
            config.theme = name
        }
        if let user = table["user"] {
            guard let name = user.string, !name.isEmpty else { throw AppError.badConfig(file: path, reason: "user must be a name") }
            config.user = name
        }
        if let clipboard = table["clipboard"] {
            guard let on = clipboard.bool else { throw AppError.badConfig(file: path, reason: "clipboard must be true or false") }
            config.clipboard = on
        }
        if let value = table["screen-reader"] {
            guard let on = value.bool else {
                throw AppError.badConfig(file: path, reason: "line \(ConfigLines(text: text).line(ofTopLevel: "screen-reader")): screen-reader must be true or false")
            }
            config.screenReader = on
        }
        if let mouse = table["mouse"] {
            guard let on = mouse.bool else {
                throw AppError.badConfig(file: path, reason: "line \(ConfigLines(text: text).line(ofTopLevel: "mouse")): mouse must be true or false")
            }
            config.mouse = on
        }
        if let section = table["temperature"] {
            config.temperature = try Self.temperature(section, text: text, path: path)
        }
        if let section = table["watch"] {
            config.watch = try Self.watch(section, text: text, path: path)
        }
        if let mail = table["mail"] {
            guard let mail = mail.table else { throw AppError.badConfig(file: path, reason: "[mail] must be a table") }
            if let ours = mail["ours"] {
                let line = ConfigLines(text: text).line(of: "ours", in: "mail")
                guard let list = ours.array?.map(\.string), list.allSatisfy({ $0.map { !$0.isEmpty && !$0.contains(" ") } ?? false })
                else {
                    throw AppError.badConfig(file: path, reason: "line \(line): [mail] ours must be a list of domains, e.g. [\"brightline-av.com\"]")
                }
                config.mailOurs = list.compactMap { $0?.lowercased() }
            }
        }
        if let keys = table["keys"] {
            guard let keys = keys.table else { throw AppError.badConfig(file: path, reason: "[keys] must be a table") }
            let lines = ConfigLines(text: text)
            var entries: [KeyBindings.Entry] = []
            var problems: [KeyBindings.Problem] = []
            func add(_ name: String, _ value: TOMLValueConvertible, section: String?) {
                let line = lines.line(of: name, in: section.map { "keys.\($0)" } ?? "keys")
                let names = value.string.map { [$0] } ?? value.array?.compactMap(\.string) ?? []
                guard !names.isEmpty else {
                    let where_ = section.map { "[keys.\($0)]" } ?? "[keys]"
                    problems.append(.init(line: line, message: "\(where_) \(name): give a key name or a list of them"))
                    return
                }
                entries.append(.init(section: section, command: name, keys: names, line: line))
            }
            for (name, value) in keys {
                if let view = value.table {
                    for (command, keys) in view { add(command, keys, section: name) }
                } else {
                    add(name, value, section: nil)
                }
            }
            // Applied in file order, so "the later line wins" reads as the file does.
            entries.sort { $0.line < $1.line }
            let (keymap, keyProblems) = KeyBindings.apply(entries)
            config.keymap = keymap
            config.keyProblems = (problems + keyProblems).sorted { $0.line < $1.line }
        }
        return config
    }

    /// Reads `[temperature]` (half-lives in days) and `[temperature.weights]` (0–100 a signal);
    /// an unknown name or a value out of range is an error with its line.
    static func temperature(_ value: TOMLValueConvertible, text: String, path: String) throws -> TemperatureSettings {
        guard let section = value.table else { throw AppError.badConfig(file: path, reason: "[temperature] must be a table") }
        let lines = ConfigLines(text: text)
        var settings = TemperatureSettings.standard
        func number(_ value: TOMLValueConvertible) -> Double? { value.double ?? value.int.map(Double.init) }
        for (key, value) in section {
            if key == "weights" {
                guard let weights = value.table else {
                    throw AppError.badConfig(file: path, reason: "line \(lines.line(of: key, in: "temperature")): [temperature.weights] must be a table")
                }
                for (name, weight) in weights {
                    let line = lines.line(of: name, in: "temperature.weights")
                    guard let signal = TemperatureSettings.signal(key: name) else {
                        let known = Temperature.Signal.allCases.map(TemperatureSettings.key).joined(separator: ", ")
                        throw AppError.badConfig(file: path, reason: "line \(line): [temperature.weights] \(name): no such signal (\(known))")
                    }
                    guard let n = number(weight), TemperatureSettings.weightProblem(n) == nil else {
                        throw AppError.badConfig(file: path, reason: "line \(line): [temperature.weights] \(name) "
                                                 + TemperatureSettings.weightProblem(number(weight) ?? .nan)!)
                    }
                    settings.weights[signal] = n
                }
                if settings.allWeightsZero {
                    throw AppError.badConfig(file: path, reason: "line \(lines.line(of: "weights", in: "temperature.weights")): "
                                             + "[temperature.weights] are all 0, so no signal would count")
                }
                continue
            }
            let line = lines.line(of: key, in: "temperature")
            guard TemperatureSettings.halfLifeKeys.contains(key) else {
                let known = (TemperatureSettings.halfLifeKeys + ["[temperature.weights]"]).joined(separator: ", ")
                throw AppError.badConfig(file: path, reason: "line \(line): [temperature] \(key): unknown setting (\(known))")
            }
            guard let days = number(value), TemperatureSettings.halfLifeProblem(days) == nil else {
                throw AppError.badConfig(file: path, reason: "line \(line): [temperature] \(key) "
                                         + TemperatureSettings.halfLifeProblem(number(value) ?? .nan)!)
            }
            _ = settings.setHalfLife(key, days: days)
        }
        return settings
    }

    /// The dashboard's first state under these settings: the keymap, who changes are recorded
    /// as, and any key binding that could not apply said at once on the status line.
    func startState(size: Size, now: Date, timeZone: TimeZone) -> AppState {
        var state = AppState(size: size, now: now, timeZone: timeZone, keymap: keymap)
        state.user = user ?? PunchContext.loginName()
        state.clipboardEnabled = clipboard
        state.temperature.watchSettings = watch
        state.message = startMessage.map { .init(text: $0, severity: .warning) }
        return state
    }

    /// The first problem as the dashboard's status line shows it at start, with how many more.
    var startMessage: String? {
        guard let first = keyProblems.first, let path else { return nil }
        let more = keyProblems.count > 1 ? " (and \(keyProblems.count - 1) more; rapport config check lists them)" : ""
        return "\(path):\(first.line): \(first.message)\(more)"
    }
}

/// Finds the line a setting is on, which the TOML reader does not say.
struct ConfigLines {
    let lines: [Substring]

    init(text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The 1-based line of `key = …` before any `[section]`; 1 when not found.
    func line(ofTopLevel key: String) -> Int {
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { break }
            guard let eq = line.firstIndex(of: "=") else { continue }
            if line[..<eq].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) == key { return i + 1 }
        }
        return 1
    }

    /// The 1-based line of `key = …` inside `[section]`; the section's own line when not found.
    func line(of key: String, in section: String) -> Int {
        var current = ""
        var sectionLine = 0
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).replacingOccurrences(of: "\"", with: "")
                if current == section { sectionLine = i + 1 }
                continue
            }
            guard current == section, let eq = line.firstIndex(of: "=") else { continue }
            let name = line[..<eq].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if name == key { return i + 1 }
        }
        return sectionLine
    }
}
