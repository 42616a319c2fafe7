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
        #expect(effects.first == .loadCustomer(customerId: 2, today: state.today))
    }

    /// The text of screen line `y` from column `x` on, as last drawn.
    func text(_ runtime: Runtime, x: Int, y: Int, count: Int) -> String {
        runtime.draw()
        guard let line = (runtime.terminal as? MemoryTerminal)?.lastCanvas?.lines[y] else { return "" }
        return String(line.dropFirst(x).prefix(count))
    }

    @Test func aClickOnADayOfTheMonthGridGoesToThatDay() {
        // Given the calendar as a month grid
        let runtime = started()
        runtime.dispatch(.key(.char("3")))
        runtime.dispatch(.commandLine("view month"))
        #expect(runtime.state.calendar.mode == .month)
        let state = runtime.state
        guard let days = state.calendarSpanDays else { Issue.record("no month"); return }
        let target = LocalDate(year: state.calendarDay.year, month: state.calendarDay.month, day: 20)
        let grid = CalendarPane.gridArea(state, inner: state.layout.frame(.calendar).inset(by: 1))
        let cell = (x: grid.x + (target.isoWeekday - 1) * (grid.width / 7) + 1,
                    y: grid.y + 1 + days.first.days(until: target) / 7 * ((grid.height - 1) / (days.days / 7)))
        // (the cell clicked is the one the 20th is drawn in)
        #expect(text(runtime, x: cell.x, y: cell.y, count: 2) == "20")
        // When the 20th is clicked
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: cell.x + 1, y: cell.y)))
        // Then its day is the 20th
        #expect(runtime.state.calendarDay == target)
        // And from another pane a click on a day focuses the calendar there
        runtime.dispatch(.key(.char("1")))
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: cell.x + 1, y: cell.y - ((grid.height - 1) / (days.days / 7)))))
        #expect(runtime.state.focus == .calendar && runtime.state.calendarDay == target.adding(days: -7))
    }

    @Test func aClickOnADayOfTheWeekGridGoesToThatDay() {
        let runtime = started()
        runtime.dispatch(.key(.char("3")))
        runtime.dispatch(.commandLine("view week"))
        let state = runtime.state
        guard let days = state.calendarSpanDays else { Issue.record("no week"); return }
        let grid = CalendarPane.gridArea(state, inner: state.layout.frame(.calendar).inset(by: 1))
        let labels = grid.width >= 5 + 7 * 6 ? 5 : 2
        let thursday = (x: grid.x + labels + 3 * ((grid.width - labels) / 7) + 1, y: grid.y)
        #expect(text(runtime, x: thursday.x, y: thursday.y, count: 2) == "Th")
        // A click in Thursday's column, below its name, goes to Thursday
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: thursday.x + 1, y: thursday.y + 3)))
        #expect(runtime.state.calendarDay == days.first.adding(days: 3))
        // And a click on the hour labels goes nowhere
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: grid.x, y: grid.y + 3)))
        #expect(runtime.state.calendarDay == days.first.adding(days: 3))
    }

    @Test func aClickOnAFormFieldFocusesIt() {
        // Given the new-customer form, its first field focused
        let runtime = started()
        runtime.dispatch(.key(.char("C")))
        guard case .form(let before) = runtime.state.modal else { Issue.record("no form"); return }
        #expect(before.form.focus == 0 && before.form.fields.count >= 3)
        // When the third field's label is clicked where it is drawn
        runtime.draw()
        let label = before.form.fields[2].label
        let lines = (runtime.terminal as? MemoryTerminal)?.lastCanvas?.lines ?? []
        guard let y = lines.firstIndex(where: { $0.contains("│ " + label) }),
              let x = lines[y].range(of: label).map({ lines[y].distance(from: lines[y].startIndex, to: $0.lowerBound) })
        else { Issue.record("no \(label) on screen"); return }
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: x, y: y)))
        // Then that field has the focus; a click outside the fields changes nothing
        guard case .form(let after) = runtime.state.modal else { Issue.record("the form closed"); return }
        #expect(after.form.focus == 2)
        runtime.dispatch(.mouse(MouseEvent(.press(.left), x: 0, y: 0)))
        guard case .form(let still) = runtime.state.modal else { Issue.record("the form closed"); return }
        #expect(still.form.focus == 2)
    }
}

