import Testing
@testable import RapportUI

/// The edit dialog drawn alone on a small screen, as text, with the cursor's place.
@MainActor
func draw(_ form: Form, size: Size = Size(columns: 50, rows: 12), width: Int = 44) -> (lines: [String], cursor: CursorPosition?) {
    var canvas = Canvas(size: size)
    FormView(form: form, width: width).render(into: &canvas, area: canvas.bounds, theme: .plain)
    return (canvas.lines, canvas.cursor)
}

@MainActor
struct FormViewTests {
    @Test func drawsACentredBoxWithLabelsFieldsAndTheHint() {
        let (lines, cursor) = draw(punchForm())
        #expect(lines == [
            "",
            "",
            "   ┌─ Edit #12 ───────────────────────────────┐",
            "   │ Title     HDMI handshake fails           │",
            "   │ Status    open                           │",
            "   │ Priority  P1 · P2 · P3                   │",
            "   │ Due       fri                            │",
            "   │                                          │",
            "   │ Tab next field · C-s save · Esc cancel   │",
            "   └──────────────────────────────────────────┘",
            "",
            "",
        ])
        // The cursor is at the end of the first field's text.
        #expect(cursor == CursorPosition(x: 35, y: 3))
    }

    /// A text field's hint names the editor key too, shortened to the box: never cut mid-word.
    @Test(arguments: [
        (80, "Tab next field · Enter new line · C-x editor · C-s save · Esc cancel"),
        (62, "Tab next · Enter new line · C-x editor · C-s save · Esc cancel"),
        (50, "Tab next · C-x editor · C-s save · Esc cancel"),
        (30, "C-x editor · C-s save · Esc cancel"),
    ])
    func aTextFieldsHintNamesTheEditorAndFits(width: Int, hint: String) {
        var form = Form(title: "Minutes", fields: [.init(id: "minutes", label: "Minutes", kind: .text)])
        form.focus(field: "minutes")
        #expect(FormView(form: form).hint(fitting: width) == hint)
    }

    @Test func errorLineSitsUnderTheRefusedField() {
        var form = punchForm()
        form.setError(field: "due", message: "not a date: “fri2”")
        form.focus(field: "due")
        let (lines, cursor) = draw(form)
        #expect(lines == [
            "",
            "   ┌─ Edit #12 ───────────────────────────────┐",
            "   │ Title     HDMI handshake fails           │",
            "   │ Status    open                           │",
            "   │ Priority  P1 · P2 · P3                   │",
            "   │ Due       fri                            │",
            "   │           not a date: “fri2”             │",
            "   │                                          │",
            "   │ Tab next field · Enter save · Esc cancel │",
            "   └──────────────────────────────────────────┘",
            "",
            "",
        ])
        #expect(cursor == CursorPosition(x: 18, y: 5))
    }

    @Test func errorIsDrawnInTheErrorStyle() {
        // Given a theme where only errors have a look
        let theme = Theme(name: "t", styles: [.statusError: Style(foreground: .indexed(1))])
        var form = punchForm()
        form.setError(field: "title", message: "needed")
        var canvas = Canvas(size: Size(columns: 50, rows: 12))
        FormView(form: form, width: 44).render(into: &canvas, area: canvas.bounds, theme: theme)
        // Then the message under the title is red, and the title itself is not
        let errorRow = canvas.lines.firstIndex { $0.contains("needed") }!
        #expect(canvas[15, errorRow].style.foreground == .indexed(1))
        #expect(canvas[15, errorRow - 1].style.foreground == .default)
    }

    @Test func longTextScrollsInsideItsField() {
        var form = punchForm()
        _ = form.paste(" when the projector wakes from standby")
        let (lines, cursor) = draw(form)
        // The field runs from column 15 to 44; the cursor takes the last column after the text.
        #expect(lines[3] == "   │ Title     …projector wakes from standby  │")
        #expect(cursor == CursorPosition(x: 44, y: 3))
    }

    @Test func formTallerThanTheScreenScrollsToTheFocusedField() {
        // Given a screen with room for two rows of fields
        var form = punchForm()
        form.focus(field: "due")
        form.setError(field: "due", message: "bad")
        // When drawn 6 rows high: border, two rows, blank, hint, border
        let (lines, cursor) = draw(form, size: Size(columns: 50, rows: 6))
        // Then the due field and its error are the rows shown
        #expect(lines == [
            "   ┌─ Edit #12 ───────────────────────────────┐",
            "   │ Due       fri                            │",
            "   │           bad                            │",
            "   │                                          │",
            "   │ Tab next field · Enter save · Esc cancel │",
            "   └──────────────────────────────────────────┘",
        ])
        #expect(cursor == CursorPosition(x: 18, y: 1))
    }
}
