import Foundation
import RapportModel
import RapportThemes
import RapportUI
import TOMLKit

/// Finds and reads theme files: the user's themes folder first, then the themes that ship.
enum ThemeLoader {
    static func load(name: String, paths: Paths) throws -> Theme {
        let userFile = paths.themesFolder + "/\(name).toml"
        if FileManager.default.fileExists(atPath: userFile) {
            return try read(file: userFile, name: name)
        }
        if let text = ThemeFiles.text(named: name) {
            return try parse(text, file: "Themes/\(name).toml (built in)", name: name)
        }
        throw AppError.unknownTheme(name: name, searched: [paths.themesFolder, "built-in (\(ThemeFiles.names.joined(separator: ", ")))"])
    }

    /// The themes `:theme` offers: the built-in ones and the user's files, sorted, each once.
    static func names(paths: Paths) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: paths.themesFolder)) ?? []
        let user = files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        return Array(Set(ThemeFiles.names + user)).sorted()
    }

    /// The theme from `--theme`, else the config's, else the default; `NO_COLOR` means monochrome
    /// unless a theme is named, and strips colour from any theme.
    static func resolve(option: String?, config: Config, paths: Paths,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let name = option ?? config.theme ?? (noColor(environment) ? "monochrome" : "default")
        return try named(name, paths: paths, environment: environment)
    }

    /// The theme `name` as this terminal shows it: without colour under `NO_COLOR`.
    static func named(_ name: String, paths: Paths,
                      environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let theme = try load(name: name, paths: paths)
        return noColor(environment) ? theme.withoutColor : theme
    }

    /// `NO_COLOR` set and not empty, as no-color.org defines it.
    static func noColor(_ environment: [String: String]) -> Bool { !(environment["NO_COLOR"] ?? "").isEmpty }

    static func read(file: String, name: String) throws -> Theme {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw AppError.badTheme(file: file, reason: "cannot read the file")
        }
        return try parse(text, file: file, name: name)
    }

    /// A theme from its TOML text; `file` names where it came from in what is wrong with it.
    static func parse(_ text: String, file: String, name: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError.badTheme(file: file, reason: "line \(error.source.begin.line): \(error.description)")
        }
        let lines = ConfigLines(text: text)
        for key in table.keys where key != "styles" {
            throw AppError.badTheme(file: file, reason: "line \(lines.line(ofTopLevel: key)): unknown setting '\(key)' (a theme has only [styles])")
        }
        guard let styles = table["styles"]?.table else {
            throw AppError.badTheme(file: file, reason: "missing [styles] table")
        }
        // A role is written inline (`selection = { fg = "red" }`) or as its own `[styles.selection]`.
        func problem(_ role: String, _ reason: String) -> AppError {
            var line = lines.line(of: role, in: "styles")
            if line == 0 || lines.line(of: "", in: "styles." + role) > 0 {
                line = max(line, lines.line(of: "", in: "styles." + role))
            }
            return .badTheme(file: file, reason: "line \(line): \(reason)")
        }
        var entries: [String: Theme.Entry] = [:]
        for (role, value) in styles {
            guard let spec = value.table else {
                throw problem(role, "\(role) must be a table like { fg = \"red\" }")
            }
            var entry = Theme.Entry()
            for (field, value) in spec {
                switch field {
                case "fg", "bg":
                    guard let colour = value.string else { throw problem(role, ThemeError.notText(role: role, field: field).description) }
                    if field == "fg" { entry.foreground = colour } else { entry.background = colour }
                case "attrs":
                    guard let list = value.array, list.allSatisfy({ $0.string != nil }) else {
                        throw problem(role, ThemeError.notText(role: role, field: field).description)
                    }
                    entry.attributes = list.compactMap(\.string)
                default:
                    throw problem(role, ThemeError.unknownField(role: role, field: field).description)
                }
            }
            entries[role] = entry
        }
        do {
            return try Theme.make(name: name, entries: entries)
        } catch {
            throw problem(error.role, error.description)
        }
    }
}
