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
    var keymap = Keymap.standard
    /// Key bindings that could not be applied, with their lines; the rest are in `keymap`.
    var keyProblems: [KeyBindings.Problem] = []
    /// The file read, for messages; nil when there was none.
    var path: String?

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

    /// The dashboard's first state under these settings: the keymap, who changes are recorded
    /// as, and any key binding that could not apply said at once on the status line.
    func startState(size: Size, now: Date, timeZone: TimeZone) -> AppState {
        var state = AppState(size: size, now: now, timeZone: timeZone, keymap: keymap)
        state.user = user ?? PunchContext.loginName()
        state.clipboardEnabled = clipboard
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
