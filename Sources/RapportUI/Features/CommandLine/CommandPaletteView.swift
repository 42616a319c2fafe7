import RapportModel

/// The palette over the bottom of the screen while the `:` line is open: its rows grow up from
/// the line, the best next to it, matched letters marked, each with its key and what it does.
struct CommandPaletteView {
    let state: AppState
    let line: CommandLineState

    func render(into canvas: inout Canvas, above statusBar: Rect, theme: Theme) {
        let rows = CommandPalette.rows(line.editor.text, state)
        guard !rows.isEmpty else { return }
        let height = min(rows.count + 2, statusBar.y - 1)
        guard height >= 3 else { return }
        let width = min(statusBar.width, 100)
        let area = Rect(x: statusBar.x, y: statusBar.y - height, width: width, height: height)
        let title = line.editor.text.isEmpty ? "Recent" : rows[0].kind == .value
            ? "Values of \(line.editor.text.split(separator: " ").first ?? "")" : "Commands"
        let inner = Block(title: title, note: "↑↓ choose · Tab complete · Enter run",
                          focused: true).render(into: &canvas, area: area, theme: theme)
        let labelWidth = min(24, max(rows.map { DisplayWidth.of($0.label) }.max() ?? 0, 8))
        let keysWidth = min(12, rows.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        for (i, row) in rows.prefix(inner.height).enumerated() {
            let y = inner.maxY - 1 - i
            var x = inner.x + 1
            for (j, ch) in row.label.enumerated() where x < inner.x + 1 + labelWidth {
                x += canvas.put(String(ch), x: x, y: y, maxWidth: inner.x + 1 + labelWidth - x,
                                style: theme[row.matched.contains(j) ? .statusKey : .overlay])
            }
            x = inner.x + 2 + labelWidth
            if keysWidth > 0 {
                canvas.put(row.keys, x: x, y: y, maxWidth: keysWidth, style: theme[.dim])
                x += keysWidth + 1
            }
            let place = row.kind == .command && !row.here ? "  (not here)" : ""
            canvas.put(row.help + place, x: x, y: y, maxWidth: max(0, inner.maxX - x), style: theme[row.here ? .overlay : .dim])
            if i == line.selected {
                canvas.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), Selection.bar(theme[.selection]))
            }
        }
    }
}
