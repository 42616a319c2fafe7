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

    /// What one row of the box shows.
    private enum Row: Equatable {
        case field(Int)
        case error(Int)
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let rows = form.fields.indices.flatMap { i in form.fields[i].error == nil ? [Row.field(i)] : [.field(i), .error(i)] }
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
                canvas.put(field.label, x: content.x, y: y, maxWidth: labelWidth,
                           style: theme[focused ? .overlayTitle : .overlay])
                TextField(editor: field.editor, placeholder: field.placeholder, focused: focused)
                    .render(into: &canvas, area: Rect(x: fieldX, y: y, width: fieldWidth, height: 1), theme: theme)
            case .error(let i):
                canvas.put(form.fields[i].error ?? "", x: fieldX, y: y, maxWidth: fieldWidth, style: theme[.statusError])
            }
        }
        canvas.put(hint, x: content.x, y: inner.maxY - 1, maxWidth: content.width, style: theme[.dim])
    }

    /// The keys that finish the form. Enter saves only from the last field (before it, Enter
    /// moves on, as in most forms), so the hint says so rather than promise what Enter won't do.
    var hint: String {
        form.focus == form.fields.count - 1
            ? "\(keys.next) next field · Enter save · \(keys.cancel) cancel"
            : "\(keys.next) next field · \(keys.save) save · \(keys.cancel) cancel"
    }

    /// The first row shown: 0 while everything fits, else just enough to show the focused
    /// field and its error at the bottom.
    private func firstRow(_ rows: [Row], visible: Int) -> Int {
        guard rows.count > visible, let focusRow = rows.firstIndex(of: .field(form.focus)) else { return 0 }
        let end = focusRow + (form.fields[form.focus].error == nil ? 1 : 2)
        return max(0, end - visible)
    }
}
