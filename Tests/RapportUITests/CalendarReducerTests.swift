import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The calendar's modes and cursor through the reducer: what each key changes and asks to load.
struct CalendarReducerTests {
    let zone = FixtureSource.zone
    /// Friday 2026-11-27.
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)

    func calendarFocused() -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: zone)
        state.focus = .calendar
        return state
    }

    @Test func vCyclesAgendaWeekMonthAndLoadsEachGrid() {
        var state = calendarFocused()
        let week = send(.key(.char("v")), &state) { $0.calendar.mode = .week }
        // The week grid: Monday 23 to Sunday 29 November, 40 meetings a day at most; the list is today's.
        let monday = LocalDate(year: 2026, month: 11, day: 23)
        #expect(week.contains(.loadCalendarSpan(first: monday, days: 7, perDay: 40, timeZone: zone)))
        #expect(state.agendaWindow == today.startOfDay(in: zone)..<today.adding(days: 1).startOfDay(in: zone))

        let month = send(.key(.char("v")), &state) { $0.calendar.mode = .month }
        // November 2026 as whole weeks: Monday 26 October to Sunday 6 December.
        #expect(month.contains(.loadCalendarSpan(first: LocalDate(year: 2026, month: 10, day: 26), days: 42, perDay: 6,
                                                 timeZone: zone)))
        send(.key(.char("v")), &state) { $0.calendar.mode = .agenda }
    }

    @Test func theViewCanBeNamedOnTheCommandLine() {
        var state = calendarFocused()
        send(.commandLine("view month"), &state) { $0.calendar.mode = .month }
        #expect(state.modal == nil)
    }

    @Test func dayWeekAndMonthKeysMoveTheCursorAndTodayReturns() {
        var state = calendarFocused()
        send(.key(.char("l")), &state) { $0.calendar.cursor = today.adding(days: 1) }
        send(.key(.char("]")), &state) { $0.calendar.cursor = today.adding(days: 8) }
        send(.key(.char("{")), &state) { $0.calendar.cursor = LocalDate(year: 2026, month: 11, day: 5) }
        send(.key(.char("h")), &state) { $0.calendar.cursor = LocalDate(year: 2026, month: 11, day: 4) }
        let effects = send(.key(.char("t")), &state) { $0.calendar.cursor = nil }
        #expect(effects == [.loadAgenda(from: today.startOfDay(in: zone), to: today.adding(days: 14).startOfDay(in: zone),
                                        offset: 0, limit: 51, timeZone: zone),
                            .countAgenda(from: today.startOfDay(in: zone), to: today.adding(days: 14).startOfDay(in: zone),
                                         timeZone: zone, salesOnly: false)])
    }

    @Test func movingWithinTheWeekKeepsTheGridAndLoadsOnlyTheDay() {
        var state = calendarFocused()
        send(.key(.char("v")), &state) { $0.calendar.mode = .week }
        let span = CalendarSpan(first: LocalDate(year: 2026, month: 11, day: 23), days: 7, counts: Array(repeating: 0, count: 7),
                                entries: [])
        send(.calendarSpanLoaded(span), &state) { $0.calendar.span = span }
        let effects = send(.key(.char("h")), &state) { $0.calendar.cursor = today.adding(days: -1) }
        // The day's list and its count, no grid
        #expect(effects.count == 2 && !effects.contains { if case .loadCalendarSpan = $0 { true } else { false } })
        #expect(state.calendar.span == span)
        // Into the next week: the grid is loaded anew.
        let next = send(.key(.char("]")), &state) {
            $0.calendar.cursor = today.adding(days: 6)
            $0.calendar.span = nil
        }
        #expect(next.contains(.loadCalendarSpan(first: LocalDate(year: 2026, month: 11, day: 30), days: 7, perDay: 40,
                                                timeZone: zone)))
    }

    @Test func anAnswerForAWindowTheCursorLeftIsDropped() {
        var state = calendarFocused()
        let oldWindow = state.agendaWindow
        send(.key(.char("l")), &state) { $0.calendar.cursor = today.adding(days: 1) }
        let entry = AgendaEntry(meetingId: 1, title: "Stale", start: oldWindow.lowerBound, end: oldWindow.lowerBound + 3600,
                                projectCode: nil, customerName: nil, location: "", salesWelcome: false)
        send(.agendaLoaded(from: oldWindow.lowerBound, total: 1, offset: 0, rows: [entry]), &state)
        #expect(state.calendar.list.loaded == false)
    }

    @Test func thePageShowsBeforeItsCountAndALateCountForAnotherFilterIsDropped() {
        // Given the agenda's first page, come before its count
        var state = calendarFocused()
        let window = state.agendaWindow
        let entries = (1...3).map {
            AgendaEntry(meetingId: Int64($0), title: "M\($0)", start: window.lowerBound + Double($0) * 3600,
                        end: window.lowerBound + Double($0) * 3600 + 1800, projectCode: nil, customerName: nil,
                        location: "", salesWelcome: false)
        }
        _ = reduce(&state, .agendaLoaded(from: window.lowerBound, total: nil, offset: 0, rows: entries))
        // Then the pane says "at least" the rows it has
        #expect(state.calendar.list.counting && state.calendar.list.total == 3)
        // And a count for the sales-only list (since left) does not change it
        _ = reduce(&state, .agendaCounted(from: window.lowerBound, salesOnly: true, total: 1))
        #expect(state.calendar.list.counting)
        // When this list's count arrives, it is the total
        _ = reduce(&state, .agendaCounted(from: window.lowerBound, salesOnly: false, total: 16_052))
        #expect(!state.calendar.list.counting && state.calendar.list.total == 16_052)
        // And a page further down keeps it
        _ = reduce(&state, .agendaLoaded(from: window.lowerBound, total: nil, offset: 3, rows: entries))
        #expect(!state.calendar.list.counting && state.calendar.list.total == 16_052)
    }

    @Test func gotoAsksForADateAndKeepsAskingUntilItIsOne() {
        var state = calendarFocused()
        send(.key(.char("g")), &state) { $0.modal = .prompt(Prompt(purpose: .gotoDate)) }
        for c in "someday" { _ = reduce(&state, .key(.char(c))) }
        _ = reduce(&state, .key(.enter))
        guard case .prompt(let prompt) = state.modal else {
            Issue.record("the prompt closed on a bad date")
            return
        }
        #expect(prompt.error?.contains("'someday' is not a date") == true)
        #expect(state.calendar.cursor == nil)

        state.modal = .prompt(Prompt(purpose: .gotoDate, text: "2027-01-15"))
        _ = reduce(&state, .key(.enter))
        #expect(state.modal == nil)
        #expect(state.calendar.cursor == LocalDate(year: 2027, month: 1, day: 15))
    }

    @Test func zoomGivesTheFocusedPaneTheBodyAndFollowsFocus() {
        var state = calendarFocused()
        _ = reduce(&state, .key(.char("+")))
        #expect(state.zoomed == .calendar)
        #expect(state.layout.frame(.calendar) == state.layout.body)
        #expect(state.layout.frame(.projects).width == 0)
        _ = reduce(&state, .key(.char("1")))
        #expect(state.zoomed == .projects)
        _ = reduce(&state, .key(.char("+")))
        #expect(state.zoomed == nil)
        #expect(state.layout.frame(.calendar).width == 48)
    }
}

/// Meeting writes reach the calendar pane, and the next meeting is typed in the user's time.
struct MeetingWriteReducerTests {
    let zone = TimeZone(identifier: "America/Chicago")!

    @Test func aMeetingWriteReloadsTheCalendar() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: zone)
        let effects = reduce(&state, .written(.saved(label: "add action item x", touched: [.calendar], then: nil)))
        #expect(effects.contains { if case .loadAgenda = $0 { return true } else { return false } })
    }

    @Test func theNextMeetingIsReadInTheUsersZone() throws {
        let start = try #require(MeetingForms.instant("09:30", on: LocalDate(year: 2026, month: 12, day: 4), in: zone))
        #expect(start == Date(timeIntervalSince1970: 1_796_398_200))  // 2026-12-04 15:30 UTC
        #expect(MeetingForms.instant("9.30", on: LocalDate(year: 2026, month: 12, day: 4), in: zone) == nil)
        #expect(MeetingForms.instant("24:00", on: LocalDate(year: 2026, month: 12, day: 4), in: zone) == nil)
    }
}
