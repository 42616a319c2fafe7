import Foundation
import Testing
@testable import RapportUI

/// A frame drawn from the last one (only the focused pane and the bars redrawn) must be the
/// frame drawn whole, whatever the keys did.
@MainActor
struct PartialRedrawTests {
    @Test func aFrameDrawnFromTheLastIsTheFrameDrawnWhole() {
        // Given the dashboard on the fixture firm
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: FixtureSource(), terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.start()
        // When keys move in every pane, filter, mark, change an item, zoom, open help and a view
        let keys = Key.sequence("2 j j / h d Backspace Enter j Space k > 3 j j k 4 j j + j + 1 j 2 j ? Esc Enter Esc G 4 k"
                                + " C-f h d m Backspace Esc j")
        var drawnFromTheLast = 0
        for key in keys {
            let before = runtime.state
            runtime.handle(.key(key))
            runtime.draw()
            if Screen.onlyFocusedPaneChanged(from: before, to: runtime.state) != nil { drawnFromTheLast += 1 }
            // Then every frame is the one a whole redraw gives: text, styles and cursor
            let drawn = terminal.lastCanvas!, whole = Screen.render(runtime.state, theme: .plain)
            #expect(drawn.lines == whole.lines, "after \(key)")
            let same = drawn == whole
            #expect(same, "styles or cursor differ after \(key)")
        }
        // And the moves within the punch list, calendar and temperature list were drawn from the last frame
        #expect(drawnFromTheLast >= 10, "\(drawnFromTheLast)")
    }
}

/// Moving the focus redraws the two panes it moved between, not the four.
@MainActor
struct FocusRedrawTests {
    @Test func enterOnAProjectRedrawsTheProjectsAndPunchPanesOnly() {
        // Given the dashboard on the fixture firm, the projects pane focused
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: FixtureSource(), terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.start()
        let before = runtime.state
        // When Enter opens the selected project's punch list
        runtime.handle(.key(.enter))
        runtime.draw()
        // Then the focus moved, only those two panes are drawn again, and the frame is the whole one
        #expect(runtime.state.focus == .punch)
        #expect(Screen.onlyFocusedPaneChanged(from: before, to: runtime.state) == [.projects, .punch])
        let drawn = terminal.lastCanvas!, whole = Screen.render(runtime.state, theme: .plain)
        #expect(drawn.lines == whole.lines)
        let same = drawn == whole
        #expect(same, "styles or cursor differ")
    }
}

/// Opening a detail view over the bare dashboard draws the view over the dashboard's last frame.
@MainActor
struct OpenOverDashboardTests {
    @Test(arguments: ["2", "3", "4"])
    func aViewOpenedOverTheDashboardIsTheFrameDrawnWhole(pane: String) {
        // Given the dashboard on the fixture firm, a pane focused
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: FixtureSource(), terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.start()
        runtime.handle(.key(.char(Character(pane))))
        runtime.draw()
        // When Enter opens its selected row
        let before = runtime.state
        runtime.handle(.key(.enter))
        runtime.draw()
        // Then the view was drawn over the last frame, and that is the frame a whole redraw gives
        #expect(runtime.state.topRoute != nil)
        #expect(Screen.onlyRouteOpened(from: before, to: runtime.state))
        let drawn = terminal.lastCanvas!, whole = Screen.render(runtime.state, theme: .plain)
        #expect(drawn.lines == whole.lines)
        let same = drawn == whole
        #expect(same, "styles or cursor differ")
    }
}
