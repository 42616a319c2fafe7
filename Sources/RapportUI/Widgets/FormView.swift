/// A `Form` as a centred dialog: a bordered box titled with the form's title, one row per field
/// (label, then the field's text), the error under a field the owner refused, and the keys
/// that finish the form on the last line.
///
/// The cursor goes to the focused field. When the box is taller than the screen, the rows
/// scroll so the focused field (and its error) stay in view, because the field being typed in
/// is the one that must never be hidden.
struct FormView {
    var form: Form
    /// The keys the hint line names, from the live keymap.
    var keys = FormKeys()
    /// The widest the box grows; narrower screens get a narrower box.
    var width = 64
    /// Said in place of the hint: why the store refused the save, or that it is saving.
    var notice: (text: String, isError: Bool)?

    /// What one row of the box shows: a field (for a multi-line field, one of its lines), or
    /// the error under a field.
    private enum Row: Equatable {
        case field(Int)
        case line(Int, Int)
        case error(Int)
        case note(Int)
    }

    /// A multi-line field shows up to this many lines, scrolled to the cursor's.
    static let textRows = 4

    /// The rows of field `i`: one for a line field; for a multi-line one its visible lines.
    private func rows(of i: Int) -> [Row] {
        let field = form.fields[i]
        var rows: [Row] = [.field(i)]
        if field.kind == .text {
            let (lines, current) = field.lines
            let first = Self.firstLine(count: lines.count, current: current)
            rows = (first..<min(lines.count, first + Self.textRows)).map { $0 == first ? .field(i) : .line(i, $0) }
            if rows.count < 2 { rows.append(.line(i, lines.count)) }  // room to see it is multi-line
        }
        if field.note != nil { rows.append(.note(i)) }
        return field.error == nil ? rows : rows + [.error(i)]
    }

    private static func firstLine(count: Int, current: Int) -> Int {
        max(0, min(current - textRows + 1, count - textRows))
    }

    /// The field drawn on screen row `y` inside the box (its label, text, note or error), for a
    /// click; nil off the fields. The same geometry `render` draws with.
    func field(atX x: Int, y: Int, area: Rect) -> Int? {
        let rows = form.fields.indices.flatMap(rows(of:))
        let inner = area.centered(width: width, height: rows.count + 4).inset(by: 1)
        guard inner.height >= 3, inner.width >= 4, x >= inner.x, x < inner.maxX else { return nil }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 2)
        let line = y - content.y
        guard line >= 0, line < content.height else { return nil }
        let shown = Array(rows.dropFirst(firstRow(rows, visible: content.height)).prefix(content.height))
        guard shown.indices.contains(line) else { return nil }
        switch shown[line] {
        case .field(let i), .line(let i, _), .error(let i), .note(let i): return i
        }
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let rows = form.fields.indices.flatMap(rows(of:))
        // Rows, a blank, the hint, and the border.
        let box = area.centered(width: width, height: rows.count + 4)
        let inner = Block(title: form.title, focused: true).render(into: &canvas, area: box, theme: theme)
        guard inner.height >= 3, inner.width >= 4 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 2)
        let labelWidth = min(form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0, content.width / 3)
        let fieldX = content.x + labelWidth + 2
        let fieldWidth = content.maxX - fieldX
        for (line, row) in rows.dropFirst(firstRow(rows, visible: content.height)).prefix(content.height).enumerated() {
            let y = content.y + line
            switch row {
            case .field(let i):
                let field = form.fields[i], focused = i == form.focus
                canvas.put(field.label + (field.required ? "*" : ""), x: content.x, y: y, maxWidth: labelWidth + 1,
                           style: theme[focused ? .overlayTitle : .overlay])
                if field.kind == .text {
                    drawLine(field, Self.firstLine(count: field.lines.all.count, current: field.lines.current), focused: focused,
                             at: Rect(x: fieldX, y: y, width: fieldWidth, height: 1), canvas: &canvas, theme: theme)
                } else {
                    TextField(editor: field.editor, placeholder: field.placeholder, focused: focused)
                        .render(into: &canvas, area: Rect(x: fieldX, y: y, width: fieldWidth, height: 1), theme: theme)
                }
            case let .line(i, index):
                let field = form.fields[i]
                drawLine(field, index, focused: i == form.focus, at: Rect(x: fieldX, y: y, width: fieldWidth, height: 1),
                         canvas: &canvas, theme: theme)
            case .error(let i):
                canvas.put(form.fields[i].error ?? "", x: fieldX, y: y, maxWidth: fieldWidth, style: theme[.statusError])
            case .note(let i):
                canvas.put(form.fields[i].note ?? "", x: fieldX, y: y, maxWidth: fieldWidth, style: theme[.dim])
            }
        }
        canvas.put(notice?.text ?? hint, x: content.x, y: inner.maxY - 1, maxWidth: content.width,
                   style: theme[notice?.isError == true ? .statusError : .dim])
    }

    /// Line `index` of a multi-line field: the one with the cursor is edited in place.
    private func drawLine(_ field: Form.Field, _ index: Int, focused: Bool, at area: Rect, canvas: inout Canvas,
                          theme: Theme) {
        let (lines, current) = field.lines
        if index == current {
            TextField(editor: field.editor, placeholder: lines.count == 1 ? field.placeholder : "", focused: focused)
                .render(into: &canvas, area: area, theme: theme)
        } else if index < lines.count {
            canvas.put(lines[index], x: area.x, y: area.y, maxWidth: area.width, style: theme[.text])
        }
    }

    /// The keys that finish the form. Enter saves only from the last field (before it, Enter
    /// moves on, as in most forms), so the hint says so rather than promise what Enter won't do.
    var hint: String {
        if form.fields[form.focus].kind == .text {
            return "\(keys.next) next field · Enter new line · \(keys.save) save · \(keys.cancel) cancel"
        }
        return form.focus == form.fields.count - 1
            ? "\(keys.next) next field · Enter save · \(keys.cancel) cancel"
            : "\(keys.next) next field · \(keys.save) save · \(keys.cancel) cancel"
    }

    /// The first row shown: 0 while everything fits, else just enough to show the focused
    /// field and its error at the bottom.
    private func firstRow(_ rows: [Row], visible: Int) -> Int {
        guard rows.count > visible, let focusRow = rows.firstIndex(of: .field(form.focus)) else { return 0 }
        // A multi-line field's rows all count, so its cursor line stays in view.
        let extra = rows.filter { if case .line(form.focus, _) = $0 { return true } else { return false } }.count
        let field = form.fields[form.focus]
        let end = focusRow + extra + 1 + (field.error == nil ? 0 : 1) + (field.note == nil ? 0 : 1)
        return max(0, end - visible)
    }
}
