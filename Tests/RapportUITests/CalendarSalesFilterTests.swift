import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// `:filter sales` and `S` in the calendar: only meetings sales may join, in every mode, the
/// grid's counts included; elsewhere `:filter` stays the punch list's.
struct CalendarSalesFilterTests {
    let zone = FixtureSource.zone
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)

    func calendarFocused() -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: zone)
        state.focus = .calendar
        return state
    }

    @Test func filterSalesLoadsTheAgendaOfMeetingsSalesMayJoin() {
        var state = calendarFocused()
        let effects = send(.commandLine("filter sales"), &state) {
            $0.calendar.salesOnly = true
            $0.message = .init(text: "Only meetings sales may join (★)")
        }
        #expect(effects == [.loadAgenda(from: today.startOfDay(in: zone), to: today.adding(days: 14).startOfDay(in: zone),
                                        offset: 0, limit: 51, timeZone: zone, salesOnly: true),
                            .countAgenda(from: today.startOfDay(in: zone), to: today.adding(days: 14).startOfDay(in: zone),
                                         timeZone: zone, salesOnly: true)])
        send(.commandLine("filter all"), &state) {
            $0.calendar.salesOnly = false
            $0.message = .init(text: "All meetings")
        }
    }

    @Test func theMonthGridCountsOnlySalesMeetingsWhenFiltered() {
        var state = calendarFocused()
        send(.key(.char("S")), &state) {
            $0.calendar.salesOnly = true
            $0.message = .init(text: "Only meetings sales may join (★)")
        }
        let month = send(.key(.char("v")), &state) {
            $0.calendar.mode = .week
            $0.message = nil
        }
        #expect(month.contains(.loadCalendarSpan(first: LocalDate(year: 2026, month: 11, day: 23), days: 7, perDay: 40,
                                                 timeZone: zone, salesOnly: true)))
        let effects = send(.key(.char("v")), &state) { $0.calendar.mode = .month }
        #expect(effects.contains(.loadCalendarSpan(first: LocalDate(year: 2026, month: 10, day: 26), days: 42, perDay: 6,
                                                   timeZone: zone, salesOnly: true)))
    }

    @Test func withAnotherPaneInFrontFilterIsThePunchLists() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: zone)
        _ = reduce(&state, .commandLine("filter sales"))
        #expect(state.calendar.salesOnly == false)
        #expect(state.punch.settings.filterText == "sales")
    }

    @MainActor @Test func theFilteredCalendarShowsOnlyStarredMeetingsOnScreen() {
        let shot = screen(keys: "3 S")
        let listed = shot.state.calendar.list.rows
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.salesWelcome })
        #expect(shot.lines.contains { $0.contains("★ only, :filter all") })
    }
}
