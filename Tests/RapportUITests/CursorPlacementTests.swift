import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Where the terminal's cursor is left at the end of each frame: on the selected row of the
/// focused list, on the highlighted line of a detail view, on the focused form field; screen
/// readers and braille displays follow it.
@MainActor
struct CursorPlacementTests {
    /// The memory terminal's record of the last frame's cursor, and the screen's lines.
    func cursor(_ keys: String, theme: Theme = .plain, size: Size = Size(columns: 120, rows: 40))
        -> (position: CursorPosition?, visible: Bool, canvas: Canvas) {
        let terminal = MemoryTerminal(size: size, script: Key.sequence(keys).map { .key($0) })
        let state = AppState(size: size, now: FixtureSource.now, timeZone: FixtureSource.zone)
        let runtime = Runtime(state: state, source: FixtureSource(), terminal: terminal, theme: theme,
                              clock: { FixtureSource.now })
        runtime.replay()
        return (terminal.cursorPosition, terminal.cursorVisible, terminal.lastCanvas!)
    }

    /// The text from the cursor to the end of its row (by cells: a wide character takes two).
    func underCursor(_ result: (position: CursorPosition?, visible: Bool, canvas: Canvas)) -> String {
        guard let p = result.position else { return "<no cursor>" }
        return (p.x..<result.canvas.size.columns).map { result.canvas[$0, p.y].text }.joined()
    }

    @Test(arguments: [
        ("", "PRJ-0001"),           // projects pane: the first project
        ("j", "PRJ-0002"),          // moving moves the cursor with the selection
        ("Enter", "$    1"),        // punch pane: item 1, which blocks acceptance
        ("Enter j", "     2"),
        ("3", "Fri 27 09:00"),      // calendar: the first meeting of the agenda
        ("4", "Northwind Health"),  // temperature: the coldest customer
    ])
    func theCursorSitsOnTheSelectedRowOfTheFocusedPane(keys: String, rowStart: String) {
        let result = cursor(keys)
        #expect(underCursor(result).hasPrefix(rowStart), "\(keys): \(underCursor(result))")
        // Hidden: nothing is typed there, and a visible cursor would suggest that typing goes there.
        #expect(!result.visible)
    }

    @Test func inADetailViewTheCursorSitsOnTheHighlightedLine() {
        let result = cursor("i j")
        #expect(underCursor(result).hasPrefix("▶"), "\(underCursor(result))")
    }

    @Test func inAnOverlayWithNoSelectionTheCursorSitsOnItsTitle() {
        let result = cursor("?")
        #expect(underCursor(result).hasPrefix("Help · any key closes"), "\(underCursor(result))")
    }

    @Test func inAFormTheCursorIsShownInTheFocusedField() {
        let first = cursor("Enter e")
        #expect(first.visible)
        let label = first.canvas.lines[first.position!.y]
        #expect(label.contains("Title"), "\(label)")
        let second = cursor("Enter e Tab")
        #expect(second.visible)
        #expect(second.position!.y > first.position!.y)
    }

    @Test func onTheCommandLineTheCursorIsWhereTypingGoes() {
        let result = cursor(": t h")
        #expect(result.visible)
        #expect(result.position?.y == 39)
        #expect(result.position?.x == 3)
    }

    @Test func inScreenReaderModeTheCursorIsShownOnTheSelectedRow() {
        var theme = Theme.plain
        theme.isScreenReader = true
        let result = cursor("j", theme: theme)
        #expect(result.visible)
        #expect(underCursor(result).hasPrefix("PRJ-0002"))
    }
}
