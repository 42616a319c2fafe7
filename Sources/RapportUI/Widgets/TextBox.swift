/// A centred, bordered box of text lines scrolled to `top`: the shape every overlay takes.
struct TextBox {
    struct Line {
        var text: String
        var role: ThemeRole = .overlay
        /// Drawn in the highlight role, as the selected line of a list inside the box; the
        /// terminal's cursor rests on it.
        var highlighted = false

        init(_ text: String, _ role: ThemeRole = .overlay, highlighted: Bool = false) {
            self.text = text
            self.role = role
            self.highlighted = highlighted
        }
    }

    var title: String
    var lines: [Line]
    var width: Int
    var top = 0

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let box = area.centered(width: width, height: lines.count + 2)
        let visible = max(0, box.height - 2)
        let start = max(0, min(top, lines.count - visible))
        // When the lines do not all fit, the bottom edge says which are shown.
        let note = lines.count > visible ? "lines \(start + 1)–\(start + visible) of \(lines.count)" : ""
        let inner = Block(title: title, note: note, focused: true).render(into: &canvas, area: box, theme: theme)
        for (i, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            canvas.put(line.text, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1, style: theme[line.role])
            if line.highlighted {
                let row = Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1)
                canvas.restyle(row, Selection.bar(theme[.highlight]))
                canvas.focus = CursorPosition(x: inner.x + 1, y: row.y)  // where its text starts
            }
        }
    }

    /// A scroll position moved by `motion`; the box clamps it when drawn, so the end is "far".
    static func scroll(_ top: Int, _ motion: ListMotion) -> Int {
        switch motion {
        case .rows(let n): return max(0, top + n)
        case .pages(let n): return max(0, top + n * 10)
        case .first: return 0
        case .last: return 100_000
        }
    }
}
