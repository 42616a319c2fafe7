import RapportModel

/// Customers coldest first: score, band and the direction over the last 14 days.
struct TemperaturePane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Customer", width: 12, flex: 1),
        TableColumn(title: "Score", width: 5, alignRight: true),
        TableColumn(title: "Band", width: 4),
        TableColumn(title: "14d", width: 3),
    ]

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let list = state.temperature.list
        let focused = state.focus == .temperature
        // Stored scores of an earlier day say so until today's are scored.
        let title = state.temperature.asOf.map { "4 Temperature · as of \(TimeText.weekdayDay($0))" } ?? "4 Temperature"
        let inner = Block(title: title, note: PaneNote.position(list), focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let c = list.row(at: i) else { return nil }
            let role = BandStyle.role(c.temperature.band)
            let capped = c.temperature.caps.isEmpty ? "" : "!"
            return [TableCell(c.name), TableCell("\(capped)\(c.temperature.score)", role),
                    TableCell(c.temperature.band.rawValue, role), TableCell(" \(c.trend.arrow)")]
        }.render(into: &canvas, area: inner, theme: theme)
    }
}
