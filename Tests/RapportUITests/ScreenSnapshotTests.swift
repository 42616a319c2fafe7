import Testing
@testable import RapportUI

/// Whole screens at fixed sizes, clock and zone, compared with the files in __Snapshots__.
@MainActor
struct ScreenSnapshotTests {
    @Test func dashboardAt120x40() {
        assertSnapshot(screen(), named: "dashboard-120x40")
    }

    @Test func dashboardAt80x24() {
        assertSnapshot(screen(size: Size(columns: 80, rows: 24)), named: "dashboard-80x24")
    }

    @Test func punchPaneFocusedAfterMovingDown() {
        // Given the dashboard, when the user opens the first project and moves down three items
        let shot = screen(keys: "Enter j j j")
        let (lines, state) = (shot.lines, shot.state)
        // Then the punch pane has focus and the fourth item is selected
        #expect(state.focus == .punch)
        #expect(state.punch.list.selectedRow?.number == 4)
        assertSnapshot(shot, named: "punch-focused-120x40")
    }

    @Test func helpOverlay() {
        assertSnapshot(screen(keys: "?"), named: "help-120x40")
    }

    @Test func helpScrolledToTheEndExplainsTheSigns() {
        let lines = screen(keys: "? G").lines
        #expect(lines.contains { $0.contains("$  blocks acceptance") })
        #expect(lines.contains { $0.contains("of 135 ─") })
    }

    @Test func temperatureDetailExplainsTheScore() {
        let shot = screen(keys: "4 Enter")
        let lines = shot.lines
        #expect(lines.contains { $0.contains("Capped at 49: unanswered escalation") })
        assertSnapshot(shot, named: "temperature-detail-120x40")
    }

    @Test func tooSmallTerminalShowsNotice() {
        let shot = screen(size: Size(columns: 40, rows: 10))
        #expect(shot.lines.contains { $0.contains("Please enlarge the terminal") })
        assertSnapshot(shot, named: "too-small-40x10")
    }

    @Test func emptyDatabaseShowsFirstRun() {
        assertSnapshot(screen(FixtureSource(empty: true)), named: "first-run-120x40")
    }
}
