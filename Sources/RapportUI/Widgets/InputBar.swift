/// The bottom line while a line is typed: the prompt, the text with its cursor, and on the
/// right why the text is refused (or the completions on offer).
struct InputBar {
    let state: AppState

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        canvas.fill(area, style: theme[.statusBar])
        let prompt: String, editor: LineEditor, placeholder: String, note: String?
        switch state.modal {
        case .filter(let e, _):
            (prompt, editor, placeholder, note) = ("/", e, "words status:open @room assignee:dana !1 overdue blocking",
                                                   state.punch.settings.filterError)
        case .commandLine(let line):
            (prompt, editor, placeholder, note) = (":", line.editor, "command: type part of a name (acc finds record-acceptance)", line.error)
        case .prompt(let p):
            (prompt, editor, placeholder, note) = ("\(p.label): ", p.editor, p.placeholder, p.error)
        case .search(let search):
            (prompt, editor, placeholder, note) = ("Search: ", search.editor, "part of a name, a code, words from notes or mail",
                                                   search.isSearching ? "searching…" : nil)
        case .help, .form, nil:
            return
        }
        var field = area
        if let note, !note.isEmpty {
            let width = min(DisplayWidth.of(note) + 2, area.width / 2)
            canvas.put(note, x: area.maxX - width + 1, y: area.y, maxWidth: width - 1, style: theme[.statusError])
            field.width -= width
        }
        TextField(editor: editor, prompt: prompt, placeholder: placeholder).render(into: &canvas, area: field, theme: theme)
    }
}
