import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The reducer alone: an action in, the whole expected change and effects out.
struct ReducerTests {
    let now = FixtureSource.now
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)

    func loadedState(projects: Int = 30) -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: now, timeZone: FixtureSource.zone)
        let rows = FixtureSource().projectRows
        _ = reduce(&state, .projectsLoaded(total: projects, offset: 0, rows: Array(rows.prefix(projects))))
        return state
    }

    @Test func startLoadsEveryPane() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: now, timeZone: FixtureSource.zone)
        let effects = reduce(&state, .start)
        let window = state.agendaWindow
        #expect(effects == [.loadProjects(offset: 0, limit: 42, today: today), .loadAgenda(from: window.lowerBound, to: window.upperBound, offset: 0, limit: 51, timeZone: FixtureSource.zone),
                            .countAgenda(from: window.lowerBound, to: window.upperBound, timeZone: FixtureSource.zone, salesOnly: false),
                            .loadStoredTemperatures(limit: 3 * state.visibleRows(.temperature)),
                            .loadTemperatures(now: now, timeZone: FixtureSource.zone)])
        // The agenda runs from the start of today for 14 days.
        #expect(window.upperBound.timeIntervalSince(window.lowerBound) == 14 * 86_400)
    }

    @Test func loadedProjectsDriveThePunchPane() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: now, timeZone: FixtureSource.zone)
        let effects = reduce(&state, .projectsLoaded(total: 30, offset: 0, rows: FixtureSource().projectRows))
        #expect(state.punch.projectId == 1)
        #expect(effects == [.loadPunch(PunchQuery(projectId: 1), today: today, offset: 0, limit: 54)])
    }

    @Test func movingInProjectsSwitchesPunchProject() {
        var state = loadedState()
        let effects = reduce(&state, .key(.char("j")))
        #expect(state.projects.list.selected == 1)
        #expect(state.punch.projectId == 2)
        #expect(state.punch.list == ListState())  // starts over on the new project
        #expect(effects == [.loadPunch(PunchQuery(projectId: 2), today: today, offset: 0, limit: 54)])
    }

    @Test func answersForAnotherProjectAreIgnored() {
        var state = loadedState()
        _ = reduce(&state, .key(.char("j")))
        _ = reduce(&state, .punchLoaded(PunchQuery(projectId: 1), total: 3, unfilteredTotal: 3, offset: 0, rows: [], groups: []))
        #expect(state.punch.list.loaded == false)
    }

    @Test(arguments: [
        (Key.tab, ViewID.punch), (.backTab, .temperature), (.char("3"), .calendar), (.char("4"), .temperature),
        (.char("2"), .punch),
    ])
    func focusKeys(key: Key, pane: ViewID) {
        var state = loadedState()
        _ = reduce(&state, .key(key))
        #expect(state.focus == pane)
    }

    @Test func movingPastTheLoadedWindowLoadsTheNextPage() {
        // Given 500 projects with the first 42 loaded
        var state = AppState(size: Size(columns: 120, rows: 40), now: now, timeZone: FixtureSource.zone)
        func rows(_ ids: ClosedRange<Int>) -> [ProjectRow] {
            ids.map { ProjectRow(id: Int64($0), code: "P\($0)", name: "", customerId: 1, customerName: "", stage: .punch, openPunch: 0) }
        }
        _ = reduce(&state, .projectsLoaded(total: 500, offset: 0, rows: rows(1...42)))
        // When the user jumps to the end
        let effects = reduce(&state, .key(.char("G")))
        // Then the last page is asked for, and the selection waits on the last row
        #expect(state.projects.list.selected == 499)
        #expect(state.projects.list.top == 486)
        #expect(effects.first == .loadProjects(offset: 472, limit: 42, today: today))
        // And paging within what is loaded asks for nothing
        _ = reduce(&state, .projectsLoaded(total: 500, offset: 472, rows: rows(473...500)))
        #expect(reduce(&state, .key(.char("k"))) == [.loadPunch(PunchQuery(projectId: 499), today: today, offset: 0, limit: 54)])
    }

    @Test func selectionStopsAtTheEnds() {
        var state = loadedState(projects: 3)
        _ = reduce(&state, .key(.char("k")))
        #expect(state.projects.list.selected == 0)
        for _ in 0..<5 { _ = reduce(&state, .key(.char("j"))) }
        #expect(state.projects.list.selected == 2)
    }

    @Test func helpOpensAndAnyOtherKeyClosesItWithoutRunningIt() {
        var state = loadedState()
        send(.key(.char("?")), &state) { $0.modal = .help(top: 0) }
        send(.key(.char("j")), &state) { $0.modal = .help(top: 1) }
        // q closes help and does not quit
        send(.key(.char("q")), &state) { $0.modal = nil }
    }

    @Test func helpOpenedFromADetailViewClosesBackToIt() throws {
        var state = loadedState()
        send(.projectDetailLoaded(try FixtureSource().projectDetail(projectId: 1)), &state) {
            $0.routes = [Route(ProjectDetailRoute(detail: try! FixtureSource().projectDetail(projectId: 1)))]
        }
        let detail = state.routes
        send(.key(.char("?")), &state) { $0.modal = .help(top: 0) }
        // Esc closes help; the project detail is still there, as it was
        send(.key(.escape), &state) { $0.modal = nil }
        #expect(state.routes == detail)
        // And Esc again goes back to the dashboard
        send(.key(.escape), &state) { $0.routes = [] }
    }

    @Test func qClosesADetailViewAndQuitsOnlyFromTheDashboard() throws {
        var state = loadedState()
        _ = reduce(&state, .projectDetailLoaded(try FixtureSource().projectDetail(projectId: 1)))
        send(.key(.char("q")), &state) { $0.routes = [] }
        send(.key(.char("q")), &state) { $0.shouldQuit = true }
    }

    @Test func quitAsksToStop() {
        var state = loadedState()
        _ = reduce(&state, .key(.char("q")))
        #expect(state.shouldQuit)
    }

    @Test func unboundKeySaysSo() {
        var state = loadedState()
        send(.key(.char("Z")), &state) { $0.message = .init(text: "Z is not bound; ? lists the keys", isError: true) }
    }

    @Test func pastedTextNeverRunsAsCommands() {
        var state = loadedState()
        let before = state
        #expect(reduce(&state, .paste("qqq")).isEmpty)
        #expect(state == before)
    }

    @Test func enterOnAProjectFocusesItsPunchList() {
        var state = loadedState()
        _ = reduce(&state, .key(.enter))
        #expect(state.focus == .punch)
        _ = reduce(&state, .key(.escape))
        #expect(state.focus == .projects)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = loadedState()
        for _ in 0..<13 { _ = reduce(&state, .key(.char("j"))) }
        _ = reduce(&state, .resize(Size(columns: 80, rows: 24)))
        let visible = state.visibleRows(.projects)
        #expect(state.projects.list.selected == 13)
        #expect((state.projects.list.top..<state.projects.list.top + visible).contains(13))
    }

    @Test func theClockMovesOnAndANewDayReloads() {
        var state = loadedState()
        // Within the same day only the time changes
        #expect(reduce(&state, .tick(now: now + 3_600)).isEmpty)
        #expect(state.now == now + 3_600)
        // After midnight everything that depends on today is asked for again
        let effects = reduce(&state, .tick(now: now + 86_400))
        #expect(effects.contains(.loadTemperatures(now: now + 86_400, timeZone: FixtureSource.zone)))
        #expect(effects.contains { if case .loadAgenda = $0 { return true } else { return false } })
    }

    @Test func outsideChangeReloadsWhatIsShown() {
        var state = loadedState()
        let later = now + 60
        let effects = reduce(&state, .databaseChanged(now: later))
        #expect(state.now == later)
        #expect(effects.contains(.loadTemperatures(now: later, timeZone: FixtureSource.zone)))
        #expect(effects.contains(.loadPunch(PunchQuery(projectId: 1), today: today, offset: 0, limit: 54)))
        #expect(effects.contains(.loadProjects(offset: 0, limit: 42, today: today)))
    }

    @Test func storedTemperaturesOfAnEarlierDayShowMarkedUntilTodaysArrive() {
        var state = loadedState()
        let list = FixtureSource().customers
        let yesterday = today.adding(days: -1)
        send(.storedTemperaturesLoaded(list, day: yesterday), &state) {
            _ = TemperatureFeature.loaded(&$0, list)
            $0.temperature.asOf = yesterday
            $0.temperature.reasonsPending = true
        }
        // Today's replace them and the mark goes; stored ones never replace today's
        send(.temperaturesLoaded(list), &state) {
            $0.temperature.asOf = nil
            $0.temperature.reasonsPending = false
        }
        send(.storedTemperaturesLoaded(list, day: yesterday), &state)
    }

    @Test func theFirstFramesPageOfStoredScoresStandsForTheWholeListUntilTodaysArrive() {
        // Given the coldest two of 1,000 stored scores, as the first frame reads them
        var state = loadedState()
        let list = FixtureSource().customers
        let page = Array(list.prefix(2))
        _ = reduce(&state, .storedTemperaturesLoaded(page, day: today.adding(days: -1), total: 1000))
        // Then the pane counts every customer and holds the page
        #expect(state.temperature.list.total == 1000 && state.temperature.list.rows == page)
        #expect(state.temperature.storedTotal == 1000)
        // A band filter meanwhile counts only what is held, and going back counts all again
        state.temperature.band = page[0].temperature.band
        TemperatureListView.refresh(&state)
        #expect(state.temperature.list.total >= 1 && state.temperature.list.total <= page.count)
        state.temperature.band = nil
        TemperatureListView.refresh(&state)
        #expect(state.temperature.list.total == 1000)
        // The projects pane's band comes from each row's stored score meanwhile
        var rows = FixtureSource().projectRows
        rows[0].storedScore = 12
        let outside = rows[0].customerId
        state.temperature.byCustomer[outside] = nil
        _ = reduce(&state, .projectsLoaded(total: rows.count, offset: 0, rows: rows))
        let line = Screen.render(state, theme: .plain).lines.first { $0.contains(rows[0].code) } ?? ""
        #expect(line.contains("cold"), "\(line)")
        // When today's arrive, they are the list, counted as they are
        _ = reduce(&state, .temperaturesLoaded(list))
        #expect(state.temperature.list.total == list.count && state.temperature.storedTotal == nil)
    }

    @Test func todaysScoresKeepAnUnmovedCursorOnTheColdestAndAPickedOneOnItsCustomer() {
        // Given an earlier day's scores, and today's in which the two coldest swapped places
        let stored = FixtureSource().customers
        #expect(stored.count >= 3)
        let today = [stored[1], stored[0]] + stored.dropFirst(2)
        let yesterday = self.today.adding(days: -1)
        // When the cursor never moved, then it shows today's coldest
        var state = loadedState()
        _ = reduce(&state, .storedTemperaturesLoaded(stored, day: yesterday))
        #expect(state.temperature.list.selected == 0)
        _ = reduce(&state, .temperaturesLoaded(today))
        #expect(state.temperature.list.selectedRow?.customerId == stored[1].customerId)
        // When the user picked the third customer, then it stays on that customer
        var picked = loadedState()
        _ = reduce(&picked, .storedTemperaturesLoaded(stored, day: yesterday))
        picked.temperature.list.select(2, visibleRows: picked.visibleRows(.temperature))
        let chosen = picked.temperature.list.selectedRow?.customerId
        _ = reduce(&picked, .temperaturesLoaded(Array(today.reversed())))
        #expect(chosen != nil && picked.temperature.list.selectedRow?.customerId == chosen)
    }
}
