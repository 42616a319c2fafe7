import RapportModel

/// The next 14 days of meetings, recurring series expanded; ★ marks those sales may join.
struct CalendarPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Day", width: 6),
        TableColumn(title: "Time", width: 5),
        TableColumn(title: "Project", width: 9, dropRank: 1),
        TableColumn(title: "Meeting", width: 12, flex: 1),
        TableColumn(title: "★", width: 1),
    ]

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let list = state.calendar.list
        let focused = state.focus == .calendar
        let inner = Block(title: "3 Calendar · \(AppState.agendaDays) days", note: "★ sales welcome · " + PaneNote.position(list),
                          focused: focused).render(into: &canvas, area: area, theme: theme)
        if list.loaded, list.total == 0 {
            canvas.put("No meetings in the next \(AppState.agendaDays) days", x: inner.x + 1, y: inner.y,
                       maxWidth: inner.width - 1, style: theme[.dim])
            return
        }
        let zone = state.timeZone
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let entry = list.row(at: i) else { return nil }
            let day = LocalDate(entry.start, in: zone)
            // The day is written once, on its first meeting, like a printed agenda.
            let sameDayAsAbove = i > list.top && list.row(at: i - 1).map { LocalDate($0.start, in: zone) == day } == true
            return [TableCell(sameDayAsAbove ? "" : TimeText.weekdayDay(day), .header),
                    TableCell(TimeText.hourMinute(entry.start, zone)),
                    TableCell(entry.projectCode ?? "", .dim), TableCell(entry.title),
                    TableCell(entry.salesWelcome ? "★" : "", .salesWelcome)]
        }.render(into: &canvas, area: inner, theme: theme)
    }
}
