import Foundation
import RapportModel
import Testing
@testable import RapportUI

struct FuzzyMatchTests {
    @Test func lettersInOrderMatchAndMarkWhereTheyAre() {
        let m = FuzzyMatch("acc", in: "record-acceptance")
        #expect(m?.positions == [7, 8, 9])
        #expect(FuzzyMatch("xca", in: "record-acceptance") == nil)
        #expect(FuzzyMatch("dr", in: "record") == nil)
        #expect(FuzzyMatch("ACC", in: "record-acceptance") != nil)
    }

    @Test func wordStartsAndRunsBeatScatteredLetters() throws {
        let starts = try #require(FuzzyMatch("ra", in: "record-acceptance"))
        let scattered = try #require(FuzzyMatch("ra", in: "reload-data"))
        #expect(starts.score > scattered.score)
        let prefix = try #require(FuzzyMatch("sor", in: "sort"))
        let inside = try #require(FuzzyMatch("sor", in: "cursor"))
        #expect(prefix.score > inside.score)
    }

    @Test func theInitialsOfAHyphenatedNameFindIt() throws {
        let m = try #require(FuzzyMatch("sd", in: "set-due"))
        #expect(m.positions == [0, 4])
    }
}

struct CommandPaletteTests {
    func state(focus: ViewID = .punch) -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        state.focus = focus
        return state
    }

    @Test func accFindsRecordAcceptanceFirstWithItsKey() throws {
        let rows = CommandPalette.rows("acc", state())
        let first = try #require(rows.first)
        #expect(first.label == "accept")
        #expect(first.keys == "A")
        #expect(first.here == false)  // it works in the project detail
        #expect(first.text == "accept")
    }

    @Test func commandsThatWorkHereRankFirstAmongEqualMatches() {
        let labels = CommandPalette.rows("due", state()).map(\.label)
        #expect(labels.first == "due")
    }

    @Test func theHelpFindsACommandByWhatItDoes() {
        #expect(CommandPalette.rows("dispute", state()).contains { $0.label == "dispute-item" || $0.label == "dispute" })
        #expect(CommandPalette.rows("milestone", state()).contains { $0.label == "project-detail" })
    }

    @Test func afterASpaceItOffersTheArgumentsValues() {
        let rows = CommandPalette.rows("sort d", state())
        #expect(rows.map(\.text) == ["sort due"])
        #expect(rows.first?.kind == .value)
    }

    @Test func emptyShowsRecentLinesNewestFirstOnce() {
        var s = state()
        s.commandHistory = ["sort due", "group location", "sort due"]
        #expect(CommandPalette.rows("", s).map(\.text) == ["sort due", "group location"])
    }

    @Test func upChoosesARowAndEnterRunsIt() {
        var s = state()
        s.modal = .commandLine(CommandLineState())
        for c in "grou" { _ = reduce(&s, .key(.char(c))) }
        _ = reduce(&s, .key(.up))
        guard case .commandLine(let line) = s.modal else {
            Issue.record("the line closed")
            return
        }
        #expect(line.selected == 0)
        // group takes an argument: Enter puts it on the line and waits for the value.
        _ = reduce(&s, .key(.enter))
        guard case .commandLine(let after) = s.modal else {
            Issue.record("the line closed")
            return
        }
        #expect(after.editor.text == "group ")
        for c in "location" { _ = reduce(&s, .key(.char(c))) }
        _ = reduce(&s, .key(.enter))
        #expect(s.modal == nil)
        #expect(s.commandHistory == ["group location"])
    }

    @Test func downFromTheFirstRowGoesBackToTheTypedLine() {
        var s = state()
        s.modal = .commandLine(CommandLineState())
        for c in "undo" { _ = reduce(&s, .key(.char(c))) }
        _ = reduce(&s, .key(.up))
        _ = reduce(&s, .key(.down))
        guard case .commandLine(let line) = s.modal else { return }
        #expect(line.selected == nil)
        #expect(line.editor.text == "undo")
    }
}
