import RapportModel

/// The punch list of the selected project: open items first; overdue dates stand out.
struct PunchPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "#", width: 4, alignRight: true),
        TableColumn(title: "Status", width: 7),
        TableColumn(title: "Pri", width: 3),
        TableColumn(title: "Location", width: 10, flex: 1, dropRank: 2),
        TableColumn(title: "Title", width: 14, flex: 3),
        TableColumn(title: "Assignee", width: 8, dropRank: 1),
        TableColumn(title: "Due", width: 6),
    ]

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let list = state.punch
        let focused = state.focus == .punch
        let project = state.selectedProject.map { " · \($0.code)" } ?? ""
        let note = state.selectedProject == nil ? "" : PaneNote.position(list)
        let inner = Block(title: "2 Punch list\(project)", note: note, focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        guard state.selectedProject != nil else {
            canvas.put("No project selected", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme[.dim])
            return
        }
        if list.loaded, list.total == 0 {
            canvas.put("No punch items on this project", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme[.dim])
            return
        }
        let today = LocalDate(state.now, in: state.timeZone)
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let item = list.row(at: i) else { return nil }
            let done = !item.status.isOpen
            let overdue = !done && (item.dueOn.map { $0 < today } ?? false)
            let base: ThemeRole? = done ? .dim : nil
            return [TableCell(String(item.number), base), TableCell(item.status.label, base),
                    TableCell(item.priority.label, done ? .dim : (item.priority == .p1 ? .urgent : nil)),
                    TableCell(item.location, base ?? .dim), TableCell(item.title, base),
                    TableCell(item.assignee, base),
                    TableCell(item.dueOn.map(TimeText.monthDay) ?? "", overdue ? .overdue : base)]
        }.render(into: &canvas, area: inner, theme: theme)
    }
}
