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
        if let url = ThemeFiles.url(named: name) {
            return try read(file: url.path, name: name)
        }
        throw AppError.unknownTheme(name: name, searched: [paths.themesFolder, "built-in (\(ThemeFiles.names.joined(separator: ", ")))"])
    }

    /// The theme from `--theme`, else the config's, else the default; `NO_COLOR` means monochrome
    /// unless a theme is named, and strips colour from any theme.
    static func resolve(option: String?, config: Config, paths: Paths,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let name = option ?? config.theme ?? (noColor ? "monochrome" : "default")
        let theme = try load(name: name, paths: paths)
        return noColor ? theme.withoutColor : theme
    }

    static func read(file: String, name: String) throws -> Theme {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw AppError.badTheme(file: file, reason: "cannot read the file")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError.badTheme(file: file, reason: "line \(error.source.begin.line): \(error.description)")
        }
        guard let styles = table["styles"]?.table else {
            throw AppError.badTheme(file: file, reason: "missing [styles] table")
        }
        var entries: [String: Theme.Entry] = [:]
        for (role, value) in styles {
            guard let spec = value.table else {
                throw AppError.badTheme(file: file, reason: "styles.\(role) must be a table like { fg = \"red\" }")
            }
            entries[role] = Theme.Entry(foreground: spec["fg"]?.string, background: spec["bg"]?.string,
                                        attributes: spec["attrs"]?.array?.compactMap(\.string) ?? [])
        }
        do {
            return try Theme.make(name: name, entries: entries)
        } catch {
            throw AppError.badTheme(file: file, reason: error.description)
        }
    }
}
