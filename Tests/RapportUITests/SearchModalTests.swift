import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The search box in the reducer: typing asks, stale answers are dropped, Enter opens the hit.
struct SearchModalTests {
    /// The dashboard with its search index built.
    func state() -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        state.searchIndex = .complete
        return state
    }

    func hit(_ kind: SearchKind, _ id: Int64, _ target: SearchTarget) -> SearchHit {
        SearchHit(kind: kind, id: id, title: MarkedText(marked: "\u{2}Dana\u{3} Okafor"), snippet: MarkedText(runs: []),
                  context: "Brookline Schools", target: target, score: -3)
    }

    func typed(_ text: String, into state: inout AppState) -> [Effect] {
        text.flatMap { reduce(&state, .key(.char($0))) }
    }

    @Test func ctrlFOpensTheBoxAndEachKeySearches() {
        // Given the dashboard
        var state = state()
        // When C-f is pressed and "da" typed
        #expect(reduce(&state, .key(.ctrl("f"))).isEmpty)
        let effects = typed("da", into: &state)
        // Then each key asked for the text so far
        #expect(effects == [.search("d", limit: SearchModal.limit, timeZone: FixtureSource.zone),
                            .search("da", limit: SearchModal.limit, timeZone: FixtureSource.zone)])
        guard case .search(let search) = state.modal else { Issue.record("no search box"); return }
        #expect(search.editor.text == "da" && search.isSearching)
    }

    @Test func anAnswerForOlderTextIsDropped() {
        var state = state()
        _ = reduce(&state, .key(.ctrl("f")))
        _ = typed("dan", into: &state)
        // When the answer for "da" arrives after "dan" was typed
        _ = reduce(&state, .searched(text: "da", hits: [hit(.contact, 10, .customer(id: 1, contactId: 10))]))
        // Then it is not shown; the answer for "dan" is
        guard case .search(let before) = state.modal else { Issue.record("no search box"); return }
        #expect(before.hits.isEmpty && before.isSearching)
        _ = reduce(&state, .searched(text: "dan", hits: [hit(.contact, 10, .customer(id: 1, contactId: 10))]))
        guard case .search(let after) = state.modal else { Issue.record("no search box"); return }
        #expect(after.hits.count == 1 && !after.isSearching)
    }

    @Test func enterOnAContactOpensItsCustomerWithTheContactSelected() {
        // Given an answer with a project and then a contact, the contact chosen
        var state = state()
        _ = reduce(&state, .command(.search))
        _ = typed("dana", into: &state)
        _ = reduce(&state, .searched(text: "dana", hits: [hit(.project, 20, .project(id: 20)),
                                                            hit(.contact, 10, .customer(id: 1, contactId: 10))]))
        _ = reduce(&state, .key(.down))
        // When Enter is pressed
        let effects = reduce(&state, .key(.enter))
        // Then the box closes and the customer view opens on the stack, loading
        #expect(state.modal == nil)
        #expect(effects.first == .loadCustomer(customerId: 1, today: state.today))
        #expect(state.route(CustomerDetailRoute.self)?.focusContactId == 10)
    }

    @Test func enterOpensEachKindInItsView() {
        var state = state()
        #expect(SearchModal.open(&state, .punchItem(id: 30)) == [.loadPunchDetail(id: 30)])
        #expect(SearchModal.open(&state, .project(id: 20)) == [.loadProjectDetail(projectId: 20),
                                                               .loadProjectRecord(projectId: 20, today: state.today)])
    }

    @Test func searchWithAnArgumentSearchesAtOnceAndBlankTextAsksNothing() {
        var state = state()
        #expect(reduce(&state, .commandLine("search brookline")) == [.search("brookline", limit: SearchModal.limit,
                                                                                timeZone: FixtureSource.zone)])
        var blank = self.state()
        #expect(reduce(&blank, .commandLine("search")).isEmpty)
        _ = typed(" ", into: &blank)
        guard case .search(let search) = blank.modal else { Issue.record("no search box"); return }
        #expect(!search.isSearching && search.hits.isEmpty)
    }

    @Test func anIndexNotYetBuiltIsBuiltStepByStepAndTheBoxSearchesAgainAtTheEnd() {
        // Given a file whose index is not built (a file made before it), the box opened on "dana"
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        let dana = Effect.search("dana", limit: SearchModal.limit, timeZone: FixtureSource.zone)
        #expect(reduce(&state, .commandLine("search dana")) == [.buildSearchIndex, dana])
        // When a step answers part way, the next is asked for, and a second box asks no second chain
        #expect(reduce(&state, .searchIndexBuilt(SearchIndexProgress(done: 37, total: 100))) == [.buildSearchIndex])
        #expect(SearchModal.indexIfNeeded(&state).isEmpty)
        // Then the box says how far the index is
        let screen = Screen.render(state, theme: .plain).lines.joined(separator: "\n")
        #expect(screen.contains("indexing… 37%"))
        // And when the last step answers, the box's words are searched again over the whole index
        #expect(reduce(&state, .searchIndexBuilt(SearchIndexProgress(done: 100, total: 100))) == [dana])
        #expect(!state.searchIndexBuilding && state.searchIndex?.isComplete == true)
        #expect(SearchModal.indexIfNeeded(&state).isEmpty)
        #expect(!Screen.render(state, theme: .plain).lines.joined().contains("indexing"))
    }

    @Test func aStepThatGetsNoFurtherEndsTheChain() {
        // Given a build under way on a file that cannot be written
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        #expect(reduce(&state, .indexForSearch) == [.buildSearchIndex])
        let stuck = SearchIndexProgress(done: 40, total: 100)
        #expect(reduce(&state, .searchIndexBuilt(stuck)) == [.buildSearchIndex])
        // When the next step answers the same
        #expect(reduce(&state, .searchIndexBuilt(stuck)).isEmpty)
        // Then no step runs until the box is opened again
        #expect(!state.searchIndexBuilding)
        #expect(reduce(&state, .indexForSearch) == [.buildSearchIndex])
    }

    @Test func enterWithNothingFoundSaysSoAndStaysOpen() {
        var state = state()
        _ = reduce(&state, .key(.ctrl("f")))
        _ = typed("zz", into: &state)
        _ = reduce(&state, .searched(text: "zz", hits: []))
        _ = reduce(&state, .key(.enter))
        #expect(state.message?.text == "Nothing to open")
        if case .search = state.modal {} else { Issue.record("the box closed") }
    }
}
