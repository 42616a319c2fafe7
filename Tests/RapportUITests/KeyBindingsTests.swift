import Testing
@testable import RapportUI

/// User key bindings in layers: `[keys]` and `[keys.VIEW]`, `"none"`, and every mistake reported.
struct KeyBindingsTests {
    typealias Entry = KeyBindings.Entry

    @Test func aViewSectionRebindsInThatViewOnly() {
        let (keymap, problems) = KeyBindings.apply([Entry(section: "punch", command: "move-down", keys: ["n"], line: 3)])
        #expect(problems.isEmpty)
        let punch: [CommandScope] = [.view(.punch), .global]
        #expect(keymap.command(for: .char("n"), in: punch) == .moveDown)
        #expect(keymap.command(for: .char("j"), in: punch) == nil)
        #expect(keymap.keys(for: .moveDown, in: punch) == [.char("n")])
        // Elsewhere j still moves down and n does nothing
        let temperature: [CommandScope] = [.view(.temperature), .global]
        #expect(keymap.command(for: .char("j"), in: temperature) == .moveDown)
        #expect(keymap.command(for: .char("n"), in: temperature) == nil)
    }

    @Test func theGlobalSectionReplacesACommandsKeysAndNoneUnbinds() {
        let (keymap, problems) = KeyBindings.apply([
            Entry(section: nil, command: "move-down", keys: ["Down", "n"], line: 2),
            Entry(section: nil, command: "quit", keys: ["none"], line: 3),
        ])
        #expect(problems.isEmpty)
        #expect(keymap.keys(for: .moveDown) == [.down, .char("n")])
        #expect(keymap.command(for: .char("j"), in: [.global]) == nil)
        #expect(keymap.keys(for: .quit).isEmpty)
    }

    @Test func twoCommandsOnOneKeyInOneScopeAreReportedWithTheLine() {
        let (keymap, problems) = KeyBindings.apply([
            Entry(section: nil, command: "undo", keys: ["x"], line: 4),
            Entry(section: nil, command: "redo", keys: ["x"], line: 5),
        ])
        #expect(problems == [.init(line: 5, message: "[keys] x is bound to both undo (line 4) and redo")])
        #expect(keymap.command(for: .char("x"), in: [.global]) == .undo)
    }

    @Test(arguments: [
        (Entry(section: nil, command: "mvoe-down", keys: ["j"], line: 7),
         "[keys] unknown command 'mvoe-down'; `rapport keys` lists them"),
        (Entry(section: nil, command: "quit", keys: ["Hyper-q"], line: 7), "[keys] quit: unknown key 'Hyper-q'"),
        (Entry(section: "punch", command: "record-acceptance", keys: ["a"], line: 7),
         "[keys.punch] record-acceptance works in project-detail, not in punch"),
    ])
    func mistakesAreReportedNotDropped(entry: Entry, message: String) {
        let (_, problems) = KeyBindings.apply([entry])
        #expect(problems == [.init(line: 7, message: message)])
    }

    @Test func anUnknownViewIsReported() {
        let (_, problems) = KeyBindings.apply([Entry(section: "punchlist", command: "move-down", keys: ["n"], line: 9)])
        #expect(problems.first?.line == 9)
        #expect(problems.first?.message.hasPrefix("[keys.punchlist] unknown view 'punchlist'") == true)
    }
}

/// Messages that name a key read it from the live keymap.
struct KeyNamesInMessagesTests {
    @Test func theUnboundKeyMessageNamesHelpsKeyAsBound() {
        let (keymap, _) = KeyBindings.apply([KeyBindings.Entry(section: nil, command: "help", keys: ["F1"], line: 1)])
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone,
                             keymap: keymap)
        _ = reduce(&state, .key(.char("Z")))
        #expect(state.message?.text == "Z is not bound; F1 lists the keys")
        _ = reduce(&state, .commandLine("frobnicate"))
        #expect(state.message?.text == "unknown command 'frobnicate'; Tab completes; F1 lists them")
    }
}
