import Foundation
import RapportModel

extension ViewID {
    public static let calendar = ViewID(rawValue: "calendar")
}

/// The calendar pane: the agenda of the next 14 days, or a week or month grid around the
/// cursor's day; a meeting opens its detail.
enum CalendarFeature: DashboardPane {
    static let id = ViewID.calendar
    static let title = "Calendar"
    static let focusCommand = Command.focusCalendar
    static let registration = ViewRegistration(id: id, title: title, commands: [
        .cycleCalendarView, .previousDay, .nextDay, .previousWeek, .nextWeek, .previousMonth, .nextMonth,
        .calendarToday, .gotoDate, .calendarSales, .newMeeting, .exportCalendar, .calendarSync,
    ])

    /// Meetings the week grid loads a day; a day with more shows how many it leaves out.
    static let weekDayLimit = 40
    /// Meetings a month cell lists at most, under the day's number.
    static let monthDayLimit = 6

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        CalendarPane(state: state).render(into: &canvas, area: area, theme: theme)
    }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        state.calendar.list.apply(motion, visibleRows: listRows(state))
        return window(state)
    }

    static func open(_ state: inout AppState) -> [Effect] {
        guard let entry = state.calendar.list.selectedRow else { return Dispatcher.refuse(&state, "No meeting selected") }
        return MeetingDetailRoute.open(&state, entry)
    }

    static func scroll(_ state: inout AppState) -> [Effect] {
        state.calendar.list.scrollToSelection(visibleRows: listRows(state))
        return window(state)
    }

    /// Rows the list shows: the whole pane in the agenda, the lines under a grid otherwise.
    static func listRows(_ state: AppState) -> Int {
        let frame = state.layout.frame(id)
        switch state.calendar.mode {
        case .agenda: return state.visibleRows(id)
        case .week, .month: return max(1, CalendarPane.dayListArea(state, inner: frame.inset(by: 1)).height)
        }
    }

    static func window(_ state: AppState) -> [Effect] {
        guard state.calendar.list.loaded, let w = state.calendar.list.windowNeeded(visibleRows: listRows(state))
        else { return [] }
        let window = state.agendaWindow
        return [.loadAgenda(from: window.lowerBound, to: window.upperBound, offset: w.offset, limit: w.limit,
                            timeZone: state.timeZone, salesOnly: state.calendar.salesOnly)]
    }

    /// The list's first page, then its count (the page draws first; the count comes after).
    static func start(_ state: AppState) -> [Effect] {
        [.loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound, offset: 0,
                     limit: listRows(state) * 3, timeZone: state.timeZone, salesOnly: state.calendar.salesOnly),
         count(state)]
    }

    static func count(_ state: AppState) -> Effect {
        .countAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound, timeZone: state.timeZone,
                     salesOnly: state.calendar.salesOnly)
    }

    /// What the pane shows, loaded again: the list where it stands, its count and the grid, if any.
    static func reload(_ state: AppState) -> [Effect] {
        [.loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound,
                     offset: state.calendar.list.windowStart,
                     limit: max(state.calendar.list.rows.count, listRows(state) * 3), timeZone: state.timeZone,
                     salesOnly: state.calendar.salesOnly), count(state)]
            + spanLoad(state)
    }

    static func spanLoad(_ state: AppState) -> [Effect] {
        guard let span = state.calendarSpanDays else { return [] }
        let perDay = state.calendar.mode == .week ? weekDayLimit : monthDayLimit
        return [.loadCalendarSpan(first: span.first, days: span.days, perDay: perDay, timeZone: state.timeZone,
                                  salesOnly: state.calendar.salesOnly)]
    }

    static func loaded(_ state: inout AppState, from: Date, total: Int?, offset: Int, rows: [AgendaEntry]) -> [Effect] {
        // An answer for a window the cursor has since left is not this list's.
        guard from == state.agendaWindow.lowerBound else { return [] }
        let list = state.calendar.list, visible = listRows(state)
        if let total {
            state.calendar.list.receive(total: total, offset: offset, rows: rows, visibleRows: visible)
        } else if list.loaded, !list.counting {
            // A page further down (or the same list read again): the count it had still holds
            // until the one on its way says otherwise.
            state.calendar.list.receive(total: list.total, offset: offset, rows: rows, visibleRows: visible)
        } else {
            state.calendar.list.receiveUncounted(offset: offset, rows: rows, visibleRows: visible)
        }
        return []
    }

    /// The count behind the page shown first; one for a window or filter since left is dropped.
    static func counted(_ state: inout AppState, from: Date, salesOnly: Bool, total: Int) {
        guard from == state.agendaWindow.lowerBound, salesOnly == state.calendar.salesOnly, state.calendar.list.loaded
        else { return }
        state.calendar.list.counted(total, visibleRows: listRows(state))
    }

    static func spanLoaded(_ state: inout AppState, _ span: CalendarSpan) -> [Effect] {
        guard state.calendarSpanDays == DayRange(first: span.first, days: span.days) else { return [] }
        state.calendar.span = span
        return []
    }

    /// Moves the cursor to `day` (nil: today) and loads what the pane then shows.
    static func go(_ state: inout AppState, to day: LocalDate?) -> [Effect] {
        let spanBefore = state.calendarSpanDays, windowBefore = state.agendaWindow
        state.calendar.cursor = day == state.today ? nil : day
        let spanMoved = state.calendarSpanDays != spanBefore
        guard spanMoved || state.agendaWindow != windowBefore else { return [] }
        state.calendar.list.reset()
        if spanMoved { state.calendar.span = nil }
        return start(state) + (state.calendar.span == nil ? spanLoad(state) : [])
    }

    /// Shows only the meetings sales may join, or all again; the list and grid load anew.
    static func setSalesOnly(_ state: inout AppState, _ on: Bool) -> [Effect] {
        state.calendar.salesOnly = on
        state.message = .init(text: on ? "Only meetings sales may join (★)" : "All meetings")
        return setMode(&state, state.calendar.mode)
    }

    static func setMode(_ state: inout AppState, _ mode: CalendarMode) -> [Effect] {
        state.calendar.mode = mode
        state.calendar.span = nil
        state.calendar.list.reset()
        return start(state) + spanLoad(state)
    }
}
