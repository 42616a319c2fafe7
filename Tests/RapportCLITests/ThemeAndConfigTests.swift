import Foundation
import RapportModel
import RapportUI
import Testing
@testable import RapportCLI

/// Theme files and the config file: found by name, and bad ones refused with file and reason.
struct ThemeAndConfigTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "rapport-cli-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path + "/rapport/themes", withIntermediateDirectories: true)
        return path
    }()

    var paths: Paths { Paths(environment: ["HOME": folder, "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder]) }

    @Test(arguments: ["default", "light", "dark", "high-contrast", "monochrome"])
    func builtInThemesLoadAndStyleEveryImportantRole(name: String) throws {
        let theme = try ThemeLoader.load(name: name, paths: paths)
        #expect(theme.name == name)
        // The selection bar must stand out in every theme, or the user cannot see where they are.
        #expect(theme[.selection] != .plain)
        #expect(theme[.overdue] != .plain)
        #expect(theme[.highlight] != .plain)
        #expect(theme[.borderFocused] != theme[.border])
    }

    @Test(arguments: ["default", "light", "dark", "high-contrast", "monochrome"])
    func withoutColourEveryThemeStillShowsTheSelection(name: String) throws {
        let theme = try ThemeLoader.named(name, paths: paths, environment: ["NO_COLOR": "1"])
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == .default && theme[role].background == .default, "\(name) \(role)")
        }
        // The selection bar was a background in every colour theme: reversed, it still stands out.
        #expect(theme[.selection].attributes.contains(.reverse))
        #expect(theme[.highlight].attributes.contains(.reverse))
    }

    @Test func aLightThemePaintsEveryRoleOnItsBackground() throws {
        let theme = try ThemeLoader.load(name: "light", paths: paths)
        let paper = theme[.text].background
        #expect(paper == Color(name: "#f6f8fa"))
        // A role that names no background takes text's, so no dark gap shows through.
        #expect(theme[.border].background == paper)
        #expect(theme[.dim].background == paper)
        #expect(theme[.selection].background != paper)
    }

    @Test func theThemesGuideListsEveryRoleWithWhatItStyles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        for role in ThemeRole.allCases {
            #expect(guide.contains("| `\(role.rawValue)` | \(role.help) |"), "docs/themes.md misses \(role.rawValue)")
        }
    }

    @Test func userThemesAreOfferedBesideTheBuiltInOnes() throws {
        try "[styles]\n".write(toFile: folder + "/rapport/themes/solar.toml", atomically: true, encoding: .utf8)
        try "not a theme".write(toFile: folder + "/rapport/themes/notes.txt", atomically: true, encoding: .utf8)
        #expect(ThemeLoader.names(paths: paths) == ["dark", "default", "high-contrast", "light", "monochrome", "solar"])
    }

    @Test func theConfigTurnsTheScreenReaderLookOn() throws {
        let file = folder + "/config.toml"
        try "screen-reader = true\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Config.load(path: file).screenReader)
        try "user = \"dana\"\nscreen-reader = \"yes\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: AppError.badConfig(file: file, reason: "line 2: screen-reader must be true or false")) {
            try Config.load(path: file)
        }
    }

    @Test func theConfigCanLeaveTheMouseToTheTerminal() throws {
        let file = folder + "/config.toml"
        #expect(Config().mouse)
        try "mouse = false\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try !Config.load(path: file).mouse)
        try "user = \"dana\"\nmouse = \"off\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: AppError.badConfig(file: file, reason: "line 2: mouse must be true or false")) {
            try Config.load(path: file)
        }
        // And --no-mouse on the command line
        let open = try #require(try RapportCommand.parseAsRoot(["open", "--no-mouse"]) as? RapportCommand.Open)
        #expect(open.look.noMouse)
    }

    @Test func noColorSelectsMonochromeAndStripsColour() throws {
        let theme = try ThemeLoader.resolve(option: nil, config: Config(), paths: paths, environment: ["NO_COLOR": "1"])
        #expect(theme.name == "monochrome")
        let named = try ThemeLoader.resolve(option: "default", config: Config(), paths: paths, environment: ["NO_COLOR": "1"])
        #expect(named[.selection].background == .default)
        #expect(named[.selection].foreground == .default)
    }

    @Test func userThemeWinsOverBuiltIn() throws {
        try "[styles]\nselection = { fg = \"red\", attrs = [\"bold\"] }\n"
            .write(toFile: folder + "/rapport/themes/default.toml", atomically: true, encoding: .utf8)
        let theme = try ThemeLoader.load(name: "default", paths: paths)
        #expect(theme[.selection] == Style(foreground: .indexed(1), attributes: .bold))
    }

    @Test func unknownThemeSaysWhereItLooked() {
        #expect(throws: AppError.unknownTheme(name: "neon", searched: [paths.themesFolder, "built-in (default, light, dark, high-contrast, monochrome)"])) {
            try ThemeLoader.load(name: "neon", paths: paths)
        }
    }

    @Test(arguments: [
        ("[styles]\nselecton = { fg = \"red\" }\n", "line 2: unknown role 'selecton'"),
        ("# mine\n\n[styles]\ntext = {}\nselection = { fg = \"purple\" }\n", "line 5: selection fg: unknown colour 'purple'"),
        ("[styles]\ndim = { bg = \"#12345\" }\n", "line 2: dim bg: unknown colour '#12345'"),
        ("[styles]\nselection = { attrs = [\"blink\"] }\n", "line 2: selection attrs: unknown attribute 'blink'"),
        ("[styles]\ntext = { fg = \"red\" }\nheader = { foreground = \"red\" }\n", "line 3: header: unknown field 'foreground' (use fg, bg and attrs)"),
        ("[styles]\nheader = { fg = 3 }\n", "line 2: header fg: must be a colour in quotes"),
        ("[styles]\nheader = { attrs = \"bold\" }\n", "line 2: header attrs: must be a list of names"),
        ("[styles]\nheader = \"red\"\n", "line 2: header must be a table like { fg = \"red\" }"),
        ("[styles]\ntext = {}\n\n[styles.header]\nfg = \"blue\"\nattrs = [\"blink\"]\n", "line 4: header attrs: unknown attribute 'blink'"),
        ("[styles\n", "line 1"),
        ("name = 1\n", "line 1: unknown setting 'name'"),
        ("[colours]\n", "unknown setting 'colours'"),
    ])
    func badThemeFilesNameFileAndReason(text: String, reason: String) throws {
        let file = folder + "/rapport/themes/broken.toml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try ThemeLoader.load(name: "broken", paths: paths)
            Issue.record("a bad theme loaded")
        } catch let error as AppError {
            #expect(error.description.hasPrefix(file + ": "))
            #expect(error.description.contains(reason))
        }
    }

    @Test func configRebindsKeysAndPicksTheme() throws {
        let file = folder + "/config.toml"
        try "theme = \"monochrome\"\n[keys]\nmove-down = [\"n\", \"Down\"]\nquit = \"Q\"\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let config = try Config.load(path: file)
        #expect(config.theme == "monochrome")
        #expect(config.keyProblems.isEmpty)
        #expect(config.keymap.command(for: .char("n"), in: [.global])?.name == "move-down")
        #expect(config.keymap.command(for: .char("j"), in: [.global]) == nil)
        #expect(config.keymap.command(for: .char("Q"), in: [.global])?.name == "quit")
        #expect(config.keymap.command(for: .char("q"), in: [.global]) == nil)
    }

    @Test func aViewSectionRebindsInThatViewOnly() throws {
        let file = folder + "/config.toml"
        try "user = \"dana\"\n\n[keys.punch]\nmove-down = \"n\"\nmove-up = \"e\"\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let config = try Config.load(path: file)
        #expect(config.keyProblems.isEmpty)
        #expect(config.keymap.command(for: .char("n"), in: [.view(.punch), .global])?.name == "move-down")
        #expect(config.keymap.command(for: .char("j"), in: [.view(.punch), .global]) == nil)
        #expect(config.keymap.command(for: .char("j"), in: [.view(.projects), .global])?.name == "move-down")
    }

    @Test func keyProblemsAreCollectedWithTheirLinesAndTheRestApplies() throws {
        let file = folder + "/config.toml"
        try """
            [keys]
            undo = "x"
            redo = "x"

            [keys.punch]
            move-sideways = "y"
            quit = "Hyper-Q"
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let config = try Config.load(path: file)
        #expect(config.keyProblems.map(\.description) == [
            "line 3: [keys] x is bound to both undo (line 2) and redo",
            "line 6: [keys.punch] unknown command 'move-sideways'; `rapport keys` lists them",
            "line 7: [keys.punch] quit: unknown key 'Hyper-Q'",
        ])
        #expect(config.keymap.command(for: .char("x"), in: [.global])?.name == "undo")
        #expect(config.startMessage == "\(file):3: [keys] x is bound to both undo (line 2) and redo (and 2 more; rapport config check lists them)")
    }

    @Test(arguments: [
        ("theme = 3\n", "theme must be a string"),
        ("[keys]\nquit = 3\n", nil),
    ] as [(String, String?)])
    func badConfigNamesFileAndReason(text: String, reason: String?) throws {
        let file = folder + "/bad-config.toml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        if let reason {
            #expect(throws: AppError.badConfig(file: file, reason: reason)) { try Config.load(path: file) }
        } else {
            #expect(try Config.load(path: file).keyProblems.map(\.description) == ["line 2: [keys] quit: give a key name or a list of them"])
        }
    }

    @Test func configCheckListsEveryProblemWithItsLineAndFails() throws {
        let file = folder + "/check.toml"
        try "[keys]\nundo = \"x\"\nredo = \"x\"\n[keys.nowhere]\nquit = \"Q\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let check = try RapportCommand.ConfigCommand.Check.parse(["--file", file])
        do {
            try check.run()
            Issue.record("config check passed a file with problems")
        } catch let error as CLIError {
            let lines = error.message.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[0] == "\(file):3: [keys] x is bound to both undo (line 2) and redo")
            #expect(lines[1].hasPrefix("\(file):5: [keys.nowhere] unknown view 'nowhere'; views are "))
        }
        // And a good file passes
        try "[keys.punch]\nmove-down = \"n\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        try RapportCommand.ConfigCommand.Check.parse(["--file", file]).run()
    }

    @Test func missingConfigIsTheDefaults() throws {
        let config = try Config.load(path: folder + "/none.toml")
        #expect(config.theme == nil)
        #expect(config.keymap == .standard)
    }

    @Test func nowParsesLocalTimeInTheZone() throws {
        let zone = TimeZone(identifier: "America/Chicago")!
        let date = try Now.parse("2026-11-27T09:00", timeZone: zone)
        #expect(date == Date(timeIntervalSince1970: 1_795_770_000 + 6 * 3600))
        #expect(throws: AppError.badTime("2026-13-01T09:00")) { try Now.parse("2026-13-01T09:00", timeZone: zone) }
        #expect(throws: AppError.badTime("tomorrow")) { try Now.parse("tomorrow", timeZone: zone) }
    }
}
