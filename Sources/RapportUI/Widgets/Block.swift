/// A bordered box with a title in its top edge and an optional note in its bottom edge.
struct Block {
    var title: String
    var note: String = ""
    var focused: Bool

    /// Draws the border and returns the area inside it.
    @discardableResult
    func render(into canvas: inout Canvas, area: Rect, theme: Theme) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let border = theme[focused ? .borderFocused : .border]
        if theme.isScreenReader {
            // The same room as a box, so layouts do not move, but blank: only words are read out.
            canvas.fill(area, style: theme[.text])
        } else {
            // Cell by cell: the edges are one character over and over, with no width to measure.
            func edge(_ text: String, x: Int, y: Int) { canvas.set(Cell(text: text, style: border), x: x, y: y) }
            let horizontal = Cell(text: "─", style: border)
            edge("┌", x: area.x, y: area.y)
            edge("└", x: area.x, y: area.maxY - 1)
            for x in (area.x + 1)..<(area.maxX - 1) {
                canvas.set(horizontal, x: x, y: area.y)
                canvas.set(horizontal, x: x, y: area.maxY - 1)
            }
            edge("┐", x: area.maxX - 1, y: area.y)
            edge("┘", x: area.maxX - 1, y: area.maxY - 1)
            for y in (area.y + 1)..<(area.maxY - 1) {
                edge("│", x: area.x, y: y)
                edge("│", x: area.maxX - 1, y: y)
            }
            canvas.fill(area.inset(by: 1), style: theme[.text])
        }
        canvas.put(" \(title) ", x: area.x + 2, y: area.y, maxWidth: area.width - 4, style: theme[focused ? .titleFocused : .title])
        if focused {
            // Until a selected row inside says otherwise, the cursor rests on the title.
            canvas.focus = CursorPosition(x: area.x + 3, y: area.y)
            canvas.focusTitle = title
        }
        if !note.isEmpty {
            let width = min(DisplayWidth.of(note) + 2, area.width - 4)
            canvas.put(" \(note) ", x: area.maxX - 2 - width, y: area.maxY - 1, maxWidth: width, style: border)
        }
        return area.inset(by: 1)
    }
}
