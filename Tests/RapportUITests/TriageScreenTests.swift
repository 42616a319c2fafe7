import Testing
@testable import RapportUI

/// The punch pane and its forms as the user sees them, at 120x40 and 80x24.
@MainActor
struct TriageScreenTests {
    @Test func marksAndBlockingItemsShowInTheirColumn() {
        // Given two items marked
        let (lines, state) = screen(keys: "2 Space Space")
        #expect(state.marked == [1, 2])
        #expect(lines.contains { $0.contains("2 marked") })
        assertSnapshot(lines, named: "punch-marked-120x40")
    }

    @Test func filterLineWhileTyping() {
        let (lines, _) = screen(keys: "2 / hdmi")
        #expect(lines.last!.hasPrefix("/hdmi"))
        #expect(lines.contains { $0.contains("5 of 25 match") })
        assertSnapshot(lines, named: "punch-filter-typing-120x40")
    }

    @Test func aHalfTypedFilterTermIsShownAsAnError() {
        let (lines, _) = screen(keys: "2 / status:")
        #expect(lines.last!.contains("status:"))
        assertSnapshot(lines, named: "punch-filter-error-120x40")
    }

    @Test func groupedByLocationAt80x24() {
        assertSnapshot(screen(size: Size(columns: 80, rows: 24), keys: "2 z").lines, named: "punch-grouped-80x24")
    }

    @Test func quickAddPrompt() {
        let (lines, _) = screen(keys: "2 a")
        #expect(lines.last!.hasPrefix("Add: "))
        assertSnapshot(lines, named: "punch-quick-add-120x40")
    }

    @Test func editForm() {
        let (lines, state) = screen(keys: "2 e")
        guard case .form = state.mode else { Issue.record("no form"); return }
        assertSnapshot(lines, named: "punch-edit-form-120x40")
    }

    @Test func itemDetailWithHistory() {
        let (lines, _) = screen(keys: "2 Enter")
        #expect(lines.contains { $0.contains("History:") })
        assertSnapshot(lines, named: "punch-detail-120x40")
    }

    @Test func projectDetailShowsWhatBlocksPayment() {
        let (lines, _) = screen(keys: "2 i")
        #expect(lines.contains { $0.contains("BLOCKED by 2 items") })
        assertSnapshot(lines, named: "project-detail-120x40")
    }

    @Test func commandLineWithCompletions() {
        let (lines, _) = screen(keys: ": s Tab")
        assertSnapshot(lines, named: "command-line-completion-120x40")
    }
}
