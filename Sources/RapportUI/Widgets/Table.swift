/// A column of a table: a minimum width, its share of spare room (`flex`, 0 for none), and when
/// it is dropped on a narrow pane (higher `dropRank` goes first; nil never goes).
struct TableColumn {
    var title: String
    var width: Int
    var flex = 0
    var alignRight = false
    var dropRank: Int?
}

/// What one cell of a table row shows.
struct TableCell {
    var text: String
    var role: ThemeRole?

    init(_ text: String, _ role: ThemeRole? = nil) {
        self.text = text
        self.role = role
    }
}

/// A header row and a window of rows with a selection bar, sized to its area.
struct Table {
    var columns: [TableColumn]
    /// The index of the first visible row, the selected one, and how many there are.
    var top: Int
    var selected: Int?
    var total: Int
    var focused: Bool
    /// The cells of row `i` of the whole list, or nil while that row is not loaded.
    var row: (Int) -> [TableCell]?

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard area.height > 0, area.width > 0 else { return }
        let widths = Self.widths(of: columns, fitting: area.width)
        var x = area.x
        for (column, width) in zip(columns, widths) where width > 0 && x < area.maxX {
            put(column.title, column: column, width: min(width, area.maxX - x), x: x, y: area.y, style: theme[.header], canvas: &canvas)
            x += width + 1
        }
        for line in 0..<(area.height - 1) {
            let index = top + line
            guard index < total else { break }
            let y = area.y + 1 + line
            guard let cells = row(index) else {
                canvas.put("…", x: area.x, y: y, style: theme[.dim])
                continue
            }
            x = area.x
            // Columns that still do not fit after dropping are cut at the pane's edge.
            for (i, (column, width)) in zip(columns, widths).enumerated() where width > 0 && x < area.maxX {
                let cell = i < cells.count ? cells[i] : TableCell("")
                put(cell.text, column: column, width: min(width, area.maxX - x), x: x, y: y, style: theme[cell.role ?? .text],
                    canvas: &canvas)
                x += width + 1
            }
            if index == selected {
                canvas.restyle(Rect(x: area.x, y: y, width: area.width, height: 1),
                               Selection.bar(theme[focused ? .selection : .selectionUnfocused]))
                if focused { canvas.focus = CursorPosition(x: area.x, y: y) }
            }
        }
    }

    private func put(_ text: String, column: TableColumn, width: Int, x: Int, y: Int, style: Style, canvas: inout Canvas) {
        let textWidth = DisplayWidth.of(text)
        let start = column.alignRight && textWidth < width ? x + width - textWidth : x
        canvas.put(text, x: start, y: y, maxWidth: width - (start - x), style: style)
    }

    /// Widths for `columns` in `total` cells with one blank between columns: columns are dropped
    /// by rank until the minimums fit, then flexible ones share what is left.
    static func widths(of columns: [TableColumn], fitting total: Int) -> [Int] {
        var kept = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let shown = columns.indices.filter { kept[$0] }
            return shown.reduce(0) { $0 + columns[$1].width } + max(0, shown.count - 1)
        }
        let dropOrder = columns.indices.filter { columns[$0].dropRank != nil }
            .sorted { columns[$0].dropRank! > columns[$1].dropRank! }
        for i in dropOrder where needed() > total { kept[i] = false }
        var widths = columns.indices.map { kept[$0] ? columns[$0].width : 0 }
        let spare = max(0, total - needed())
        let flexible = columns.indices.filter { kept[$0] && columns[$0].flex > 0 }
        let shares = flexible.reduce(0) { $0 + columns[$1].flex }
        var given = 0
        for i in flexible {
            let share = spare * columns[i].flex / shares
            widths[i] += share
            given += share
        }
        if let last = flexible.last { widths[last] += spare - given }  // rounding leftovers
        return widths
    }
}
