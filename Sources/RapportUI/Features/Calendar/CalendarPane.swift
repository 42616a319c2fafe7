import Foundation
import RapportModel

/// The calendar pane: the agenda (14 days of meetings, recurring series expanded), or a week or
/// month grid with the cursor day's meetings listed under it. ★ marks those sales may join.
struct CalendarPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Day", width: 6),
        TableColumn(title: "Time", width: 5),
        TableColumn(title: "Project", width: 9, dropRank: 1),
        TableColumn(title: "Meeting", width: 12, flex: 1),
        TableColumn(title: "★", width: 1),
    ]

    /// The title, short when the pane is narrow.
    func title(width: Int) -> String {
        let long = title(short: false)
        return DisplayWidth.of(long) + 6 <= width ? long : title(short: true)
    }

    func title(short: Bool) -> String {
        let day = state.calendarDay
        if short {
            switch state.calendar.mode {
            case .agenda: return "3 Calendar" + (state.calendar.cursor.map { " · from \(TimeText.monthDay($0))" } ?? "")
            case .week: return "3 Week of \(TimeText.monthDay(day.adding(days: 1 - day.isoWeekday)))"
            case .month: return "3 \(LocalDate.monthShortNames[day.month - 1]) \(day.year)"
            }
        }
        switch state.calendar.mode {
        case .agenda:
            let from = state.calendar.cursor.map { " from \(TimeText.weekdayDay($0)) \(LocalDate.monthShortNames[$0.month - 1])" }
            return "3 Calendar · \(AppState.agendaDays) days" + (from ?? "")
        case .week:
            let monday = day.adding(days: 1 - day.isoWeekday)
            return "3 Calendar · week of \(TimeText.weekdayDay(monday)) \(LocalDate.monthShortNames[monday.month - 1]) \(monday.year)"
        case .month:
            return "3 Calendar · \(TimeText.monthNames[day.month - 1]) \(day.year)"
        }
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let list = state.calendar.list
        let focused = state.focus == .calendar
        let inner = Block(title: title(width: area.width), note: (state.calendar.salesOnly ? "★ only, :filter all · " : "★ sales welcome · ") + PaneNote.position(list), focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        switch state.calendar.mode {
        case .agenda:
            renderAgenda(into: &canvas, inner: inner, theme: theme)
        case .week:
            WeekGrid(state: state).render(into: &canvas, area: Self.gridArea(state, inner: inner), theme: theme)
            renderDayList(into: &canvas, inner: inner, theme: theme)
        case .month:
            MonthGrid(state: state).render(into: &canvas, area: Self.gridArea(state, inner: inner), theme: theme)
            renderDayList(into: &canvas, inner: inner, theme: theme)
        }
    }

    private func renderAgenda(into canvas: inout Canvas, inner: Rect, theme: Theme) {
        let list = state.calendar.list
        if list.loaded, list.total == 0 {
            let when = state.calendar.cursor == nil ? "in the next \(AppState.agendaDays) days"
                : "in the \(AppState.agendaDays) days from \(TimeText.weekdayDay(state.calendarDay))"
            canvas.put("No meetings \(state.calendar.salesOnly ? "sales may join " : "")\(when)", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme[.dim])
            return
        }
        let zone = state.timeZone
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total,
              focused: state.focus == .calendar) { i in
            guard let entry = list.row(at: i) else { return nil }
            let day = LocalDate(entry.start, in: zone)
            // The day is written once, on its first meeting, like a printed agenda.
            let sameDayAsAbove = i > list.top && list.row(at: i - 1).map { LocalDate($0.start, in: zone) == day } == true
            return [TableCell(sameDayAsAbove ? "" : TimeText.weekdayDay(day), .header),
                    TableCell(TimeText.hourMinute(entry.start, zone)),
                    TableCell(entry.projectCode ?? entry.customerName ?? "", .dim),
                    // A series Rapport could not read wholly is marked; its view says why.
                    TableCell(entry.problem == nil ? entry.title : "⚠ " + entry.title, entry.problem == nil ? nil : .urgent),
                    TableCell(entry.salesWelcome ? "★" : "", .salesWelcome)]
        }.render(into: &canvas, area: inner, theme: theme)
    }

    /// The cursor day's meetings under a grid: a heading with the day, then one line each.
    private func renderDayList(into canvas: inout Canvas, inner: Rect, theme: Theme) {
        let rows = Self.dayListArea(state, inner: inner)
        guard rows.y - 1 >= inner.y, rows.y - 1 < inner.maxY else { return }
        let day = state.calendarDay, list = state.calendar.list, zone = state.timeZone
        let count = list.loaded ? " · \(list.counting ? "≥ " : "")\(list.total) meeting\(list.total == 1 && !list.counting ? "" : "s")" : ""
        let heading = "\(TimeText.weekdayDay(day)) \(LocalDate.monthShortNames[day.month - 1]) \(day.year)" + count
            + (day == state.today ? " · today" : "")
        canvas.put(heading, x: inner.x, y: rows.y - 1, maxWidth: inner.width, style: theme[day == state.today ? .today : .header])
        if list.loaded, list.total == 0 {
            if rows.height > 0 {
                canvas.put("No meetings", x: inner.x + 1, y: rows.y, maxWidth: inner.width - 1, style: theme[.dim])
            }
            return
        }
        let focused = state.focus == .calendar
        for line in 0..<rows.height {
            let index = list.top + line
            guard index < list.total else { break }
            let y = rows.y + line
            guard let entry = list.row(at: index) else {
                canvas.put("…", x: inner.x, y: y, style: theme[.dim])
                continue
            }
            var x = inner.x
            x += canvas.put(TimeText.hourMinute(entry.start, zone) + "–" + TimeText.hourMinute(entry.end, zone) + " ",
                            x: x, y: y, maxWidth: inner.maxX - x, style: theme[.text])
            x += canvas.put(entry.salesWelcome ? "★ " : "  ", x: x, y: y, maxWidth: max(0, inner.maxX - x), style: theme[.salesWelcome])
            if let who = entry.projectCode ?? entry.customerName, inner.maxX - x > 24 {
                x += canvas.put(who + " ", x: x, y: y, maxWidth: inner.maxX - x, style: theme[.dim])
            }
            canvas.put(entry.title, x: x, y: y, maxWidth: max(0, inner.maxX - x), style: theme[.text])
            if index == list.selected {
                canvas.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1),
                               Selection.bar(theme[focused ? .selection : .selectionUnfocused]))
                if focused { canvas.focus = CursorPosition(x: inner.x, y: y) }
            }
        }
    }

    /// Where the week or month grid goes: the top of the pane, leaving room for the day's list.
    static func gridArea(_ state: AppState, inner: Rect) -> Rect {
        let height: Int
        switch state.calendar.mode {
        case .agenda:
            height = 0
        case .week:
            height = max(3, inner.height - dayListHeight(state, inner: inner))
        case .month:
            let weeks = (state.calendarSpanDays?.days ?? 35) / 7
            let cell = max(1, min(MonthGrid.maxCellHeight, (inner.height - dayListHeight(state, inner: inner) - 1) / weeks))
            height = 1 + weeks * cell
        }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: min(height, max(0, inner.height - 2)))
    }

    /// Lines for the day's list and its heading: what it needs, at least 3, at most two fifths.
    private static func dayListHeight(_ state: AppState, inner: Rect) -> Int {
        let list = state.calendar.list
        let wanted = list.loaded ? list.total + 1 : inner.height * 2 / 5
        return min(max(3, wanted), max(3, inner.height * 2 / 5))
    }

    /// The lines of the cursor day's list under the grid (after its heading line).
    static func dayListArea(_ state: AppState, inner: Rect) -> Rect {
        let grid = gridArea(state, inner: inner)
        let y = grid.maxY + 1
        return Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
    }
}
