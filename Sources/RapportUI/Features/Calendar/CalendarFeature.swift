import Foundation
import RapportModel

extension ViewID {
    public static let calendar = ViewID(rawValue: "calendar")
}

/// The calendar pane's state: the next 14 days of meeting occurrences, paged.
public struct CalendarState: Equatable, Sendable {
    public var list = ListState<AgendaEntry>()
    public init() {}
}

/// The calendar pane: the agenda of the next 14 days; a meeting opens its detail.
enum CalendarFeature: DashboardPane {
    static let id = ViewID.calendar
    static let title = "Calendar"
    static let focusCommand = Command.focusCalendar
    static let registration = ViewRegistration(id: id, title: title, commands: [])

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        CalendarPane(state: state).render(into: &canvas, area: area, theme: theme)
    }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        state.calendar.list.apply(motion, visibleRows: state.visibleRows(id))
        return window(state)
    }

    static func open(_ state: inout AppState) -> [Effect] {
        guard let entry = state.calendar.list.selectedRow else { return Dispatcher.refuse(&state, "No meeting selected") }
        Dispatcher.push(&state, MeetingDetailRoute(entry: entry))
        return []
    }

    static func scroll(_ state: inout AppState) -> [Effect] {
        state.calendar.list.scrollToSelection(visibleRows: state.visibleRows(id))
        return window(state)
    }

    static func window(_ state: AppState) -> [Effect] {
        guard state.calendar.list.loaded, let w = state.calendar.list.windowNeeded(visibleRows: state.visibleRows(id))
        else { return [] }
        let window = state.agendaWindow
        return [.loadAgenda(from: window.lowerBound, to: window.upperBound, offset: w.offset, limit: w.limit,
                            timeZone: state.timeZone)]
    }

    static func start(_ state: AppState) -> Effect {
        .loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound, offset: 0,
                    limit: state.visibleRows(id) * 3, timeZone: state.timeZone)
    }

    static func reload(_ state: AppState) -> Effect {
        .loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound,
                    offset: state.calendar.list.windowStart,
                    limit: max(state.calendar.list.rows.count, state.visibleRows(id) * 3), timeZone: state.timeZone)
    }

    static func loaded(_ state: inout AppState, total: Int, offset: Int, rows: [AgendaEntry]) -> [Effect] {
        state.calendar.list.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(id))
        return []
    }
}

extension Command {
    static let focusCalendar = Command("focus-calendar", "Focus the calendar pane", group: .panes, keys: [.char("3")]) {
        state, _ in Dashboard.focus(&state, .calendar)
    }
}
