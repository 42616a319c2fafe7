import RapportModel

/// Projects by code: stage, open punch items and the customer's temperature band.
struct ProjectsPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Code", width: 9),
        TableColumn(title: "Project", width: 12, flex: 3),
        TableColumn(title: "Customer", width: 10, flex: 2, dropRank: 2),
        TableColumn(title: "Stage", width: 8, dropRank: 1),
        TableColumn(title: "Open", width: 4, alignRight: true),
        TableColumn(title: "Temp", width: 4),
        // Assumptions due for review: a count that stands out, as the project view lists them.
        TableColumn(title: "Rev", width: 3, alignRight: true),
    ]

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let list = state.projects.list
        let focused = state.focus == .projects
        let inner = Block(title: "1 Projects", note: PaneNote.position(list), focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        Table(columns: Self.columns, top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let p = list.row(at: i) else { return nil }
            let band = state.temperature.byCustomer[p.customerId]?.temperature.band
            return [TableCell(p.code), TableCell(p.name), TableCell(p.customerName, .dim), TableCell(p.stage.label),
                    TableCell(p.openPunch == 0 ? "–" : String(p.openPunch), p.openPunch == 0 ? .dim : nil),
                    TableCell(band?.rawValue ?? "", band.map(BandStyle.role)),
                    TableCell(p.assumptionsDue == 0 ? "" : "!\(p.assumptionsDue)", .urgent)]
        }.render(into: &canvas, area: inner, theme: theme)
    }
}

/// The theme role of each temperature band.
enum BandStyle {
    static func role(_ band: Temperature.Band) -> ThemeRole {
        switch band {
        case .hot: return .hot
        case .warm: return .warm
        case .cool: return .cool
        case .cold: return .cold
        }
    }
}
