import Testing
@testable import RapportUI

/// The punch pane and its forms as the user sees them, at 120x40 and 80x24.
@MainActor
struct TriageScreenTests {
    @Test func marksAndBlockingItemsShowInTheirColumn() {
        // Given two items marked
        let shot = screen(keys: "2 Space Space")
        let (lines, state) = (shot.lines, shot.state)
        #expect(state.punch.marked == [1, 2])
        #expect(lines.contains { $0.contains("2 marked") })
        assertSnapshot(shot, named: "punch-marked-120x40")
    }

    @Test func filterLineWhileTyping() {
        let shot = screen(keys: "2 / hdmi")
        let lines = shot.lines
        #expect(lines.last!.hasPrefix("/hdmi"))
        #expect(lines.contains { $0.contains("5 of 25 match") })
        assertSnapshot(shot, named: "punch-filter-typing-120x40")
    }

    @Test func aHalfTypedFilterTermIsShownAsAnError() {
        let shot = screen(keys: "2 / status:")
        let lines = shot.lines
        #expect(lines.last!.contains("status:"))
        assertSnapshot(shot, named: "punch-filter-error-120x40")
    }

    @Test func groupedByLocationAt80x24() {
        assertSnapshot(screen(size: Size(columns: 80, rows: 24), keys: "2 z"), named: "punch-grouped-80x24")
    }

    @Test func quickAddPrompt() {
        let shot = screen(keys: "2 a")
        let lines = shot.lines
        #expect(lines.last!.hasPrefix("Add: "))
        assertSnapshot(shot, named: "punch-quick-add-120x40")
    }

    @Test func editForm() {
        let shot = screen(keys: "2 e")
        let (lines, state) = (shot.lines, shot.state)
        guard case .form = state.modal else { Issue.record("no form"); return }
        assertSnapshot(shot, named: "punch-edit-form-120x40")
    }

    @Test func itemDetailWithHistory() {
        let shot = screen(keys: "2 Enter")
        let lines = shot.lines
        #expect(lines.contains { $0.contains("History:") })
        assertSnapshot(shot, named: "punch-detail-120x40")
    }

    @Test func projectDetailShowsWhatBlocksPayment() {
        let shot = screen(keys: "2 i")
        let lines = shot.lines
        #expect(lines.contains { $0.contains("BLOCKED by 2 items") })
        assertSnapshot(shot, named: "project-detail-120x40")
    }

    @Test func commandLineWithCompletions() {
        let shot = screen(keys: ": s Tab")
        let lines = shot.lines
        assertSnapshot(shot, named: "command-line-completion-120x40")
    }
}
