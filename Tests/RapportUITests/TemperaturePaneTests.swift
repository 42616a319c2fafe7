import Testing
import RapportModel
@testable import RapportUI

/// The temperature pane: sort, band and "my accounts" filters, sparklines, and the watch list.
@MainActor
struct TemperaturePaneTests {
    private func names(_ shot: Shot) -> [String] { shot.state.temperature.list.rows.map(\.name) }

    @Test func rowsShowScoreTrendBandInWordsAndEightWeeks() {
        // Given the dashboard at 120x40
        let shot = screen()
        // Then each row has the score with its arrow, the band as text and a sparkline
        #expect(shot.lines.contains { $0.contains("Northwind Health") && $0.contains("!22 ↓ cold") && $0.contains("▅▅·▄▄▃▃▂") })
        #expect(shot.lines.contains { $0.contains("Customer") && $0.contains("Score Band 8 weeks") })
        assertSnapshot(shot, named: "temperature-pane-120x40")
    }

    @Test func narrowPaneKeepsTheSparkline() {
        let shot = screen(size: Size(columns: 80, rows: 24), keys: "4")
        #expect(shot.lines.contains { $0.contains("!22 ↓ cold") && $0.contains("▂") })
        assertSnapshot(shot, named: "temperature-pane-80x24")
    }

    @Test func sortCyclesColdestChangeName() {
        // Given the temperature pane, coldest first
        #expect(names(screen(keys: "4")) == ["Northwind Health", "Contoso University", "Fabrikam Legal", "Tailspin Media"])
        // When s is pressed: the biggest fall over 14 days first
        let byChange = screen(keys: "4 s")
        #expect(names(byChange) == ["Northwind Health", "Tailspin Media", "Contoso University", "Fabrikam Legal"])
        #expect(byChange.lines.contains { $0.contains("4 Temperature · by change") })
        // And again: by name
        #expect(names(screen(keys: "4 s s")) == ["Contoso University", "Fabrikam Legal", "Northwind Health", "Tailspin Media"])
        // And once more, back to coldest first
        #expect(screen(keys: "4 s s s").state.temperature.sort == .coldest)
    }

    @Test func bandFilterCyclesAndSaysSo() {
        let cold = screen(keys: "4 b")
        #expect(names(cold) == ["Northwind Health"])
        #expect(cold.lines.contains { $0.contains("4 Temperature · cold") })
        #expect(names(screen(keys: "4 b b b")) == ["Fabrikam Legal"])
        #expect(names(screen(keys: "4 b b b b b")).count == 4)
    }

    @Test func myAccountsKeepsTheUsersCustomers() {
        // The fixture's user is "me", sales rep on Northwind and Fabrikam.
        let shot = screen(keys: "4 m")
        #expect(names(shot) == ["Northwind Health", "Fabrikam Legal"])
        #expect(shot.lines.contains { $0.contains("4 Temperature · mine") })
        // A band with none of mine says how to get rows back.
        let none = screen(keys: "4 m b b")
        #expect(none.lines.contains { $0.contains("No customer matches") })
    }

    @Test func watchListTogglesAndOpensTheCustomer() {
        let shot = screen(keys: "4 w")
        #expect(shot.lines.contains { $0.contains("4 Watch list") })
        #expect(shot.lines.contains { $0.contains("Northwind") && $0.contains("falling  12 points") })
        assertSnapshot(shot, named: "temperature-watch-120x40")
        // Only mine: Contoso's and Tailspin's reasons go
        let mine = screen(keys: "4 w m")
        #expect(mine.state.temperature.watch.rows.map(\.customerId) == [1, 1])
        // Enter on the third reason opens Contoso's view
        let opened = screen(keys: "4 w j j Enter")
        #expect(opened.state.route(CustomerDetailRoute.self)?.customerId == 2)
        // w again shows the customers
        #expect(!screen(keys: "4 w w").state.temperature.watching)
    }

    @Test func watchListAt80x24() {
        assertSnapshot(screen(size: Size(columns: 80, rows: 24), keys: "4 w"), named: "temperature-watch-80x24")
    }

    @Test func customerViewShowsTheEvidence() {
        let shot = screen(keys: "4 Enter")
        let lines = shot.lines
        // The sentence that drove the tone, with its words
        #expect(lines.contains { $0.contains("“We will not be releasing the final payment until the audio issues are resolved.”") })
        #expect(lines.contains { $0.contains("they wait on us") && $0.contains("URGENT Display wall still not working") })
        #expect(lines.contains { $0.contains("$ PRJ-0001 #3 P1 Touch panel page flips slow") && $0.contains("(late)") })
        #expect(lines.contains { $0.contains("Blocking acceptance (4 open)") })
        #expect(lines.contains { $0.contains("REVIEW CFO worried about the budget overrun") })
        #expect(lines.contains { $0.contains("Meetings sales may join") })
    }

    @Test func theEvidenceBelowTheLastLineScrollsIntoView() {
        // Given the customer view at 80x24, where the sections do not all fit
        let size = Size(columns: 80, rows: 24)
        #expect(!screen(size: size, keys: "4 Enter").lines.contains { $0.contains("Latest intel") })
        // When j goes on past the last line, Then the sections below scroll into view
        let scrolled = screen(size: size, keys: "4 Enter " + Array(repeating: "j", count: 20).joined(separator: " "))
        #expect(scrolled.lines.contains { $0.contains("Latest intel") })
        // And k brings the top back
        let back = screen(size: size, keys: "4 Enter " + Array(repeating: "j", count: 20).joined(separator: " ") + " "
                          + Array(repeating: "k", count: 20).joined(separator: " "))
        #expect(back.lines.contains { $0.contains("Temperature 22 (cold)") })
    }
}
