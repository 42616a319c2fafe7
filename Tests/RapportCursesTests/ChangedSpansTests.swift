@testable import RapportCurses
import RapportUI
import Testing

/// Only the cells that changed are handed to ncurses again: runs of changed cells, not the
/// whole stretch from a row's first change to its last.
struct ChangedSpansTests {
    static func row(_ text: String) -> Canvas {
        var canvas = Canvas(size: Size(columns: 40, rows: 1))
        canvas.put(text, x: 0, y: 0)
        return canvas
    }

    @Test func changesFarApartAreSeparateRunsAndNearOnesOne() {
        // Given a row whose first and fourth cells changed, and one cell far to the right
        let old = Self.row("abcdefghijklmnopqrstuvwxyz")
        let new = Self.row("Xbcdefghijklmnopqrstuvwxyz")
        var changed = new
        changed.put("Y", x: 3, y: 0)
        changed.put("Z", x: 30, y: 0)
        // Then the two near ones are one run, the far one another, and nothing between is rewritten
        #expect(CursesTerminal.changedSpans(0, old, changed) == [0...3, 30...30])
        #expect(CursesTerminal.changedSpans(0, old, old) == [])
    }

    @Test func aRunTakesWholeWideCharacters() {
        // Given a wide character drawn where there were two narrow ones
        let old = Self.row("abcdefghij")
        let new = Self.row("abcd日ghij")
        // Then its run is both of its cells
        #expect(CursesTerminal.changedSpans(0, old, new) == [4...5])
    }
}
