import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The crash and the two "acts unseen" cases found by trying Rapport as a new user would.
@MainActor
struct ActsUnseenTests {
    @Test func editWithNothingSelectedAfterAFilterIsRefusedNotACrash() {
        // Given two marked items and a filter that matches nothing
        let source = FixtureSource()
        let shot = screen(source, keys: "2 Space Space / x y z x y z Enter e")
        // Then nothing opens, the marks went with the new filter, and the user is told why
        #expect(shot.state.modal == nil)
        #expect(shot.state.punch.list.selected == nil)
        #expect(shot.state.punch.marked.isEmpty)
        #expect(shot.lines.last == " No punch item selected")
        #expect(source.writes.isEmpty)
    }

    @Test func advanceNeverReachesMarkedItemsTheFilterHides() {
        let source = FixtureSource()
        let shot = screen(source, keys: "2 Space Space / x y z x y z Enter >")
        #expect(source.writes.isEmpty)
        #expect(shot.lines.contains { $0.contains("0 of 25 match") })
    }

    @Test func markedItemsThatAChangeMovedOutOfTheFilterAreLeftAlone() {
        // Given items 2 and 7 (ready for review) marked under "status:ready", and advanced once: now closed
        let source = FixtureSource()
        let shot = screen(source, keys: "2 / status:ready Enter Space Space > >")
        // Then the second advance found them hidden by the filter and changed nothing
        #expect(source.writes == ["advance [2, 7] by me"])
        #expect(shot.lines.last == " Nothing changed: the 2 marked items are hidden by the filter")
    }

    @Test func keysDoNothingWhileTheTerminalIsTooSmall() {
        let source = FixtureSource()
        let shot = screen(source, size: Size(columns: 40, rows: 10), keys: "Enter x 2 Space > d fri Enter")
        #expect(source.writes.isEmpty)
        #expect(shot.state.focus == .projects)
        #expect(shot.lines.contains { $0.contains("Please enlarge the terminal") })
    }

    @Test func quitStillWorksWhileTheTerminalIsTooSmall() {
        #expect(screen(size: Size(columns: 40, rows: 10), keys: "q").state.shouldQuit)
    }
}

/// A file opened to look only says so at the top for as long as it is open.
struct ReadOnlyMarkTests {
    @Test func theTopBarSaysReadOnly() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        #expect(!Screen.render(state, theme: .plain).lines[0].contains("READ-ONLY"))
        state.isReadOnly = true
        state.message = .init(text: "something else happened")
        #expect(Screen.render(state, theme: .plain).lines[0].hasPrefix(" Rapport · READ-ONLY"))
    }
}
