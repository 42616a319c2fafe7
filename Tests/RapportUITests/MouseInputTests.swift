import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Clicks and the wheel through the reducer, hit-tested against the 120x40 layout.
@MainActor
struct MouseInputTests {
    func started() -> Runtime {
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: FixtureSource(), terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.start()
        return runtime
    }

    func click(_ runtime: Runtime, _ pane: ViewID, row: Int, clicks: Int = 1) {
        let frame = runtime.state.layout.frame(pane)
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: frame.x + 3, y: frame.y + 2 + row, clicks: clicks)))
        runtime.dispatch(.mouse(MouseEvent(.release, x: frame.x + 3, y: frame.y + 2 + row)))
    }

    @Test func aClickFocusesThePaneAndSelectsTheRow() {
        // Given the dashboard, projects focused
        let runtime = started()
        #expect(runtime.state.focus == .projects)
        // When the third row of the temperature pane is clicked
        click(runtime, .temperature, row: 2)
        // Then that pane has the focus and its third row is selected
        #expect(runtime.state.focus == .temperature)
        #expect(runtime.state.temperature.list.selected == 2)
        // And a click on the projects' second row selects it there
        click(runtime, .projects, row: 1)
        #expect(runtime.state.focus == .projects && runtime.state.projects.list.selected == 1)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        let runtime = started()
        let frame = runtime.state.layout.frame(.projects)
        runtime.dispatch(.mouse(MouseEvent(.wheelDown, x: frame.x + 2, y: frame.y + 3)))
        #expect(runtime.state.projects.list.selected == min(3, runtime.state.projects.list.total - 1))
        runtime.dispatch(.mouse(MouseEvent(.wheelUp, x: frame.x + 2, y: frame.y + 3)))
        #expect(runtime.state.projects.list.selected == 0)
    }

    @Test func aDoubleClickOpensTheRow() {
        // A project opens its punch list
        let runtime = started()
        click(runtime, .projects, row: 1, clicks: 2)
        #expect(runtime.state.focus == .punch)
        #expect(runtime.state.punch.projectId == runtime.state.projects.list.row(at: 1)?.id)
    }

    @Test func aClickBelowTheLastRowOrOnTheBorderSelectsNothingNew() {
        let runtime = started()
        click(runtime, .projects, row: -2)  // the top border
        #expect(runtime.state.projects.list.selected == 0)
        click(runtime, .projects, row: 500)
        #expect(runtime.state.projects.list.selected == 0)
    }

    @Test func inTheSearchBoxAClickChoosesAndADoubleClickOpens() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        _ = SearchModal.open(&state, text: "da")
        let hits = [Int64(1), 2].map {
            SearchHit(kind: .customer, id: $0, title: MarkedText(marked: "Da \($0)"), snippet: MarkedText(runs: []), context: "",
                      target: .customer(id: $0, contactId: nil), score: 1)
        }
        _ = reduce(&state, .searched(text: "da", hits: hits))
        let inner = SearchView.box(in: state.layout.body).inset(by: 1)
        _ = reduce(&state, .mouse(MouseEvent(.press(.left), x: inner.x + 4, y: inner.y + 1)))
        guard case .search(let search) = state.modal else { Issue.record("the box closed"); return }
        #expect(search.selected == 1)
        let effects = reduce(&state, .mouse(MouseEvent(.press(.left), x: inner.x + 4, y: inner.y + 1, clicks: 2)))
        #expect(state.modal == nil)
        #expect(effects == [.loadCustomer(customerId: 2, today: state.today)])
    }
}
