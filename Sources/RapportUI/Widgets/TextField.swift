/// A `LineEditor` drawn into one row: an optional prompt (":", "/", "Add: "), then as much of the
/// text as fits around the cursor, and the terminal cursor placed where typing goes.
///
/// Stateless, like every widget: what is shown follows from the text, the cursor and the width
/// alone, so the same state always draws the same screen. While the line fits, nothing scrolls;
/// once it does not, the cursor is kept in view with as much of the text before it as fits, a
/// leading "…" saying that more is to the left and a trailing one that more is to the right.
/// A wide character is never cut in half: it is shown whole or not at all.
struct TextField {
    var editor: LineEditor
    var prompt: String = ""
    /// Dim text shown while the line is empty: an example, or the values a field accepts.
    var placeholder: String = ""
    /// Only the field being typed in places the cursor.
    var focused: Bool = true
    var role: ThemeRole = .text
    var promptRole: ThemeRole = .overlayTitle

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        let style = theme[role]
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.fill(row, style: style)
        var x = area.x
        let promptWidth = DisplayWidth.of(prompt)
        // A prompt that leaves no room to type is dropped: the text matters more.
        if promptWidth > 0, area.width - promptWidth >= 2 {
            canvas.put(prompt, x: x, y: area.y, style: theme[promptRole])
            x += promptWidth
        }
        let width = area.maxX - x
        if editor.isEmpty {
            canvas.put(placeholder, x: x, y: area.y, maxWidth: width, style: theme[.dim])
            if focused { canvas.cursor = CursorPosition(x: x, y: area.y) }
            return
        }
        let characters = Array(editor.text)
        let offsets = Self.offsets(characters.map { DisplayWidth.of($0) })
        let start = Self.firstVisible(offsets: offsets, cursor: editor.cursor, width: width)
        var textX = x
        if start > 0 {
            canvas.put("…", x: x, y: area.y, style: style)
            textX += 1
        }
        canvas.put(String(characters[start...]), x: textX, y: area.y, maxWidth: area.maxX - textX, style: style)
        if focused {
            let column = textX + offsets[editor.cursor] - offsets[start]
            canvas.cursor = CursorPosition(x: min(column, area.maxX - 1), y: area.y)
        }
    }

    /// The columns before each grapheme, and the total as the last entry.
    static func offsets(_ widths: [Int]) -> [Int] {
        widths.reduce(into: [0]) { $0.append($0.last! + $1) }
    }

    /// The first grapheme to show so that the cursor's cell is in view, with a column kept for
    /// each "…" that is needed. The smallest such start shows the most of what comes before the
    /// cursor, which is what was just typed; when even starting at the cursor does not fit (a
    /// field a few columns wide), the cursor's grapheme starts the view.
    static func firstVisible(offsets: [Int], cursor: Int, width: Int) -> Int {
        let count = offsets.count - 1, total = offsets[count]
        let atEnd = cursor == count
        // The cursor needs a cell: the grapheme under it, or a blank after the text.
        let cursorCell = atEnd ? 1 : max(1, offsets[cursor + 1] - offsets[cursor])
        if total + (atEnd ? 1 : 0) <= width { return 0 }
        for start in 0...cursor {
            let available = width - (start > 0 ? 1 : 0)
            let rest = total - offsets[start] + (atEnd ? 1 : 0)
            let trailing = rest > available ? 1 : 0
            if offsets[cursor] - offsets[start] + cursorCell + trailing <= available { return start }
        }
        return cursor
    }
}
