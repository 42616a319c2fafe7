import Testing
@testable import RapportUI

/// The screen-reader look: no box lines anywhere, the focused pane's or view's title first on
/// the status line, the cursor shown where the user is.
@MainActor
struct ScreenReaderSnapshotTests {
    static let theme: Theme = {
        var theme = StyleLayer.theme
        theme.isScreenReader = true
        return theme
    }()

    static let boxLines = Set("┌┐└┘─│")

    @Test func dashboardAt120x40() {
        let shot = screen(theme: Self.theme)
        #expect(!shot.lines.joined().contains { Self.boxLines.contains($0) })
        #expect(shot.lines[39].hasPrefix(" 1 Projects"))
        assertSnapshot(shot, named: "screen-reader-dashboard-120x40")
    }

    @Test func punchListAt80x24() {
        let shot = screen(size: Size(columns: 80, rows: 24), keys: "Enter j", theme: Self.theme)
        #expect(!shot.lines.joined().contains { Self.boxLines.contains($0) })
        #expect(shot.lines[23].hasPrefix(" 2 Punch list · PRJ-0001"))
        assertSnapshot(shot, named: "screen-reader-punch-80x24")
    }

    @Test func aDetailViewIsAnnounced() {
        let shot = screen(keys: "4 Enter", theme: Self.theme)
        #expect(!shot.lines.joined().contains { Self.boxLines.contains($0) })
        assertSnapshot(shot, named: "screen-reader-customer-120x40")
    }

    @Test func aFormIsAnnouncedByItsTitle() {
        let shot = screen(keys: "Enter e", theme: Self.theme)
        #expect(!shot.lines.joined().contains { Self.boxLines.contains($0) })
        assertSnapshot(shot, named: "screen-reader-form-120x40")
    }
}
