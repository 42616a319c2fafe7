import RapportModel

/// Customers coldest first (or as sorted and filtered): score with the direction over 14 days,
/// band in words, and eight weeks of stored scores.
struct TemperaturePane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Customer", width: 8, flex: 1),
        // "!22 ↓": the score (`!` when capped) and its 14-day direction.
        TableColumn(title: "Score", width: 5, alignRight: true),
        TableColumn(title: "Band", width: 4),
        TableColumn(title: "8 weeks", width: 8),
    ]

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let t = state.temperature
        let list = t.list
        let focused = state.focus == .temperature
        var title = "4 Temperature"
        // Stored scores of an earlier day say so until today's are scored.
        if let day = t.asOf { title += " · as of \(TimeText.weekdayDay(day))" }
        let note = TemperatureListView.note(t)
        if !note.isEmpty { title += " · " + note }
        let inner = Block(title: title, note: PaneNote.position(list), focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        if list.loaded, list.total == 0, !t.all.isEmpty {
            let how = t.mine ? "No customer matches: b cycles the band, m all accounts" : "No customer in this band: b cycles it"
            canvas.put(how, x: inner.x, y: inner.y, maxWidth: inner.width, style: theme[.dim])
            return
        }
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let c = list.row(at: i) else { return nil }
            let role = BandStyle.role(c.temperature.band)
            let capped = c.temperature.caps.isEmpty ? "" : "!"
            let weeks = t.overview.weeks[c.customerId] ?? []
            return [TableCell(c.name), TableCell("\(capped)\(c.temperature.score) \(c.trend.arrow)", role),
                    TableCell(c.temperature.band.rawValue, role),
                    TableCell(weeks.isEmpty ? "" : Sparkline.text(weeks), role)]
        }.render(into: &canvas, area: inner, theme: theme)
    }
}
