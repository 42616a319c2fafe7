import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// `:theme NAME`: the reducer names the theme, the runtime reads it and the next frame is in it.
@MainActor
struct ThemeSwitchTests {
    func state() -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        state.looks = LookState(themeName: "default", themeNames: ["dark", "default", "high-contrast", "light", "monochrome", "solar"])
        return state
    }

    @Test(arguments: [
        ("theme dark", "dark"),
        ("theme hi", "high-contrast"),   // a unique beginning names a known theme
        ("theme SOLAR", "solar"),
        ("theme neon", "neon"),          // unknown: tried as typed, the loader says where it looked
        ("colorscheme light", "light"),
    ])
    func theLineNamesTheThemeToRead(line: String, name: String) {
        var state = state()
        #expect(reduce(&state, .commandLine(line)) == [.switchTheme(name)])
    }

    @Test func withoutANameItSaysWhichIsOnAndWhichThereAre() {
        var state = state()
        let effects = send(.commandLine("theme"), &state) {
            $0.message = .init(text: "Theme default; themes: dark, default, high-contrast, light, monochrome, solar")
        }
        #expect(effects.isEmpty)
    }

    @Test func aSwitchedThemeIsNamedAndKept() {
        var state = state()
        let effects = send(.themeSwitched("dark"), &state) {
            $0.looks.themeName = "dark"
            $0.message = .init(text: "Theme dark (theme = \"dark\" in config.toml keeps it)")
        }
        #expect(effects.isEmpty)
    }

    @Test func tabCompletesThemeNamesFromTheState() {
        let state = state()
        #expect(CommandCompletion.complete("theme d", state: state).candidates == ["dark", "default"])
        #expect(CommandCompletion.complete("theme h", state: state).text == "theme high-contrast")
        #expect(CommandPalette.rows("theme s", state).map(\.label) == ["solar"])
    }

    @Test func theRuntimeDrawsTheNextFrameInTheNewTheme() {
        let size = Size(columns: 120, rows: 40)
        let terminal = MemoryTerminal(size: size, script: (Key.sequence(":") + Array("theme red".map { Key.char($0) }) + [.enter]).map { .key($0) })
        let runtime = Runtime(state: state(), source: FixtureSource(), terminal: terminal, theme: .plain,
                              clock: { FixtureSource.now })
        let red = Theme(name: "red", styles: [.topBar: Style(foreground: .indexed(1))])
        var asked: [String] = []
        runtime.themes = { name in
            asked.append(name)
            guard name == "red" else { throw AppError.unknownTheme(name: name, searched: []) }
            return red
        }
        runtime.replay()
        #expect(asked == ["red"])
        #expect(runtime.state.looks.themeName == "red")
        #expect(terminal.lastCanvas?[1, 0].style.foreground == .indexed(1))
    }

    @Test func aThemeThatCannotBeReadLeavesTheScreenAsItWasAndSaysWhy() {
        let size = Size(columns: 120, rows: 40)
        let terminal = MemoryTerminal(size: size, script: (Key.sequence(":") + Array("theme neon".map { Key.char($0) }) + [.enter]).map { .key($0) })
        let runtime = Runtime(state: state(), source: FixtureSource(), terminal: terminal, theme: .plain,
                              clock: { FixtureSource.now })
        runtime.themes = { name in throw AppError.unknownTheme(name: name, searched: ["/cfg/themes"]) }
        runtime.replay()
        #expect(runtime.state.looks.themeName == "default")
        #expect(runtime.state.message?.isError == true)
        #expect(runtime.state.message?.text.contains("neon") == true)
    }
}
