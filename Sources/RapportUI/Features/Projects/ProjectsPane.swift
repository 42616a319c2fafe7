import RapportModel

/// Projects by code: stage, open punch items and the project's own temperature.
struct ProjectsPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "Code", width: 9),
        TableColumn(title: "Project", width: 12, flex: 3),
        TableColumn(title: "Customer", width: 10, flex: 2, dropRank: 2),
        TableColumn(title: "Stage", width: 8, dropRank: 1),
        TableColumn(title: "Open", width: 4, alignRight: true),
        // The project's own temperature: its score (dropped first when narrow) and band in words.
        TableColumn(title: "Tmp", width: 3, alignRight: true, dropRank: 3),
        TableColumn(title: "Band", width: 4),
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
            // The project's own score once loaded; until then its customer's band (stored at first).
            let score = state.temperature.overview.projects[p.id]
            let band = score.map(Temperature.Band.init(score:)) ?? state.temperature.byCustomer[p.customerId]?.temperature.band
                ?? p.storedScore.map(Temperature.Band.init(score:))
            return [TableCell(p.code), TableCell(p.name), TableCell(p.customerName, .dim), TableCell(p.stage.label),
                    TableCell(p.openPunch == 0 ? "–" : String(p.openPunch), p.openPunch == 0 ? .dim : nil),
                    TableCell(score.map(String.init) ?? "", band.map(BandStyle.role)),
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
