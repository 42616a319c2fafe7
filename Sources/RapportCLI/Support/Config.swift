import Foundation
import RapportModel
import RapportUI
import TOMLKit

/// The user's settings from `config.toml`: theme and key bindings.
struct Config {
    var theme: String?
    /// Who changes are recorded as; the login name when unset.
    var user: String?
    var keymap = Keymap.standard

    /// Reads `path`; a missing file is the defaults, a bad one an error naming the file and key.
    static func load(path: String) throws -> Config {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Config() }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError.badConfig(file: path, reason: "line \(error.source.begin.line): \(error.description)")
        }
        var config = Config()
        if let theme = table["theme"] {
            guard let name = theme.string else { throw AppError.badConfig(file: path, reason: "theme must be a string") }
            config.theme = name
        }
        if let user = table["user"] {
            guard let name = user.string, !name.isEmpty else { throw AppError.badConfig(file: path, reason: "user must be a name") }
            config.user = name
        }
        if let keys = table["keys"] {
            guard let keys = keys.table else { throw AppError.badConfig(file: path, reason: "[keys] must be a table") }
            for (name, value) in keys {
                guard let command = Command(rawValue: name) else {
                    throw AppError.badConfig(file: path, reason: "[keys] unknown command '\(name)'")
                }
                let names = value.string.map { [$0] } ?? value.array?.compactMap(\.string) ?? []
                guard !names.isEmpty else {
                    throw AppError.badConfig(file: path, reason: "[keys] \(name): give a key name or a list of them")
                }
                // The user's keys replace the defaults of that command.
                for key in config.keymap.keys(for: command) { config.keymap.bind(key, to: nil) }
                for keyName in names {
                    guard let key = Key(name: keyName) else {
                        throw AppError.badConfig(file: path, reason: "[keys] \(name): unknown key '\(keyName)'")
                    }
                    config.keymap.bind(key, to: command)
                }
            }
        }
        return config
    }
}
