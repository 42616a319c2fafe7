import Testing
@testable import RapportUI

/// Whole screens at fixed sizes, clock and zone, compared with the files in __Snapshots__.
@MainActor
struct ScreenSnapshotTests {
    @Test func dashboardAt120x40() {
        assertSnapshot(screen().lines, named: "dashboard-120x40")
    }

    @Test func dashboardAt80x24() {
        assertSnapshot(screen(size: Size(columns: 80, rows: 24)).lines, named: "dashboard-80x24")
    }

    @Test func punchPaneFocusedAfterMovingDown() {
        // Given the dashboard, when the user opens the first project and moves down three items
        let (lines, state) = screen(keys: "Enter j j j")
        // Then the punch pane has focus and the fourth item is selected
        #expect(state.focus == .punch)
        #expect(state.punch.selectedRow?.number == 4)
        assertSnapshot(lines, named: "punch-focused-120x40")
    }

    @Test func helpOverlay() {
        assertSnapshot(screen(keys: "?").lines, named: "help-120x40")
    }

    @Test func helpScrolledToTheEndExplainsTheSigns() {
        let lines = screen(keys: "? G").lines
        #expect(lines.contains { $0.contains("$  blocks acceptance") })
        #expect(lines.contains { $0.contains("of 51 ─") })
    }

    @Test func temperatureDetailExplainsTheScore() {
        let (lines, _) = screen(keys: "4 Enter")
        #expect(lines.contains { $0.contains("Capped at 49: unanswered escalation") })
        assertSnapshot(lines, named: "temperature-detail-120x40")
    }

    @Test func tooSmallTerminalShowsNotice() {
        let lines = screen(size: Size(columns: 40, rows: 10)).lines
        #expect(lines.contains { $0.contains("Please enlarge the terminal") })
        assertSnapshot(lines, named: "too-small-40x10")
    }

    @Test func emptyDatabaseShowsFirstRun() {
        assertSnapshot(screen(FixtureSource(empty: true)).lines, named: "first-run-120x40")
    }
}
