import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// `y` and `Y`: what they copy from each pane, and that the text reaches the terminal.
@MainActor
struct ClipboardTests {
    func copied(_ keys: String) -> (clipboard: [String], message: String?) {
        let size = Size(columns: 120, rows: 40)
        let terminal = MemoryTerminal(size: size, script: Key.sequence(keys).map { .key($0) })
        let runtime = Runtime(state: AppState(size: size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: FixtureSource(), terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.replay()
        return (terminal.clipboard, runtime.state.message?.text)
    }

    @Test func yCopiesTheSelectedProject() {
        let result = copied("y")
        #expect(result.clipboard == ["PRJ-0001 Lecture hall AV"])
        #expect(result.message == "Copied PRJ-0001 to the clipboard")
    }

    @Test func inThePunchListTheMarkedItemsAsAMarkdownChecklist() {
        let result = copied("Enter Space j Space Y")
        let expected = [
            // The first two rows as sorted by status: items 1 and 3 (2 is in progress, further down).
            "- [ ] **PRJ-0001#1** Ceiling mic 3 picks up HVAC noise — HQ / Lecture Hall 2, P2, due 2026-11-20",
            "- [ ] **PRJ-0001#3** Touch panel page flips slow — HQ / 会議室, P1, due 2026-11-22",
        ].joined(separator: "\n")
        #expect(result.clipboard == [expected])
        #expect(result.message == "Copied 2 items to the clipboard")
    }

    @Test func aMeetingWithItsTimeAndProject() {
        #expect(copied("3 y").clipboard == ["Fri 27 Nov 2026 09:00 Weekly site coordination (PRJ-0001)"])
    }

    @Test func offInTheConfigCopiesNothingAndSaysWhy() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        state.clipboardEnabled = false
        let effects = reduce(&state, .key(.char("y")))
        #expect(effects.isEmpty)
        #expect(state.message?.text == "Copying is off (clipboard = false in the config)")
    }
}
