import RapportModel

/// The watch list in the temperature pane: each reason an account may grow cold, the score
/// already falling first, then what makes it fall. Reasons are one word here (`Reason.short`);
/// `rapport watch` and the customer view say them in full.
struct WatchPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Customer", width: 8, flex: 1),
        TableColumn(title: "Why", width: 8),
        TableColumn(title: "What", width: 10, flex: 2, dropRank: 1),
    ]

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let t = state.temperature
        let list = t.watch
        let focused = state.focus == .temperature
        let title = "4 Watch list" + (t.mine ? " · mine" : "")
        let inner = Block(title: title, note: PaneNote.position(list), focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        if list.total == 0 {
            let text = t.overview == TemperatureOverview() && t.all.isEmpty ? "Loading…" : "Nothing growing cold: w shows the customers"
            canvas.put(text, x: inner.x, y: inner.y, maxWidth: inner.width, style: theme[.dim])
            return
        }
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let item = list.row(at: i) else { return nil }
            let role: ThemeRole = item.reason == .scoreDrop || item.reason == .championLeft ? .overdue : .urgent
            return [TableCell(item.customerName), TableCell(item.reason.short, role), TableCell(item.detail, .dim)]
        }.render(into: &canvas, area: inner, theme: theme)
    }
}
