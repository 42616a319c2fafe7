import Testing
@testable import RapportUI

/// A punch item's edit form, as the punch pane will build one.
func punchForm() -> Form {
    Form(title: "Edit #12", fields: [
        .init(id: "title", label: "Title", text: "HDMI handshake fails"),
        .init(id: "status", label: "Status", text: "open", choices: ["open", "in progress", "ready for review", "closed"]),
        .init(id: "priority", label: "Priority", choices: ["P1", "P2", "P3"]),
        .init(id: "due", label: "Due", text: "fri", placeholder: "fri, +3d, 2026-05-01"),
    ])
}

struct FormTests {
    // MARK: - Moving between fields

    static let moves: [(String, [Key], Int, Form.Outcome)] = [
        ("Tab moves on", [.tab], 1, .moved),
        ("Tab wraps round", [.tab, .tab, .tab, .tab], 0, .moved),
        ("S-Tab wraps back", [.backTab], 3, .moved),
        ("Down moves on", [.down, .down], 2, .moved),
        ("Down stops at the last field", [.down, .down, .down, .down], 3, .moved),
        ("Up stops at the first field", [.up], 0, .moved),
        ("Enter moves on before the last field", [.enter], 1, .moved),
    ]

    @Test(arguments: moves)
    func focusMoves(_ name: String, _ keys: [Key], _ focus: Int, _ last: Form.Outcome) {
        // Given a fresh form, focused on its first field
        var form = punchForm()
        // When the keys are pressed
        let outcomes = keys.map { form.handle($0) }
        // Then the focus is where the user expects, and no key fell through
        #expect(form.focus == focus, "\(name)")
        #expect(outcomes.last == last, "\(name)")
    }

    // MARK: - Finishing

    @Test func enterOnTheLastFieldSubmits() {
        var form = punchForm()
        form.focus(field: "due")
        #expect(form.handle(.enter) == .submit)
    }

    @Test func ctrlSSubmitsFromAnyField() {
        var form = punchForm()
        #expect(form.handle(.ctrl("s")) == .submit)
    }

    @Test(arguments: [Key.escape, .ctrl("c")])
    func escapeAndCtrlCCancel(_ key: Key) {
        var form = punchForm()
        _ = form.handle(.char("!"))
        #expect(form.handle(key) == .cancel)
    }

    // MARK: - Typing

    @Test func keysEditTheFocusedFieldOnly() {
        // Given the cursor in the due field
        var form = punchForm()
        form.focus(field: "due")
        // When the user clears it and types a new date
        #expect(form.handle(.ctrl("u")) == .edited)
        for c in "+3d" { _ = form.handle(.char(c)) }
        // Then only that field changed
        #expect(form["due"] == "+3d")
        #expect(form["title"] == "HDMI handshake fails")
        #expect(form.values == ["title": "HDMI handshake fails", "status": "open", "priority": "", "due": "+3d"])
    }

    @Test func pasteGoesIntoTheFocusedFieldAsOneLine() {
        var form = punchForm()
        form.focus(field: "priority")
        #expect(form.paste("P1\n") == .edited)
        #expect(form["priority"] == "P1 ")
    }

    @Test func keysTheFormDoesNotUseAreLeftToTheOwner() {
        var form = punchForm()
        #expect(form.handle(.pageDown) == .ignored)
        #expect(form.handle(.function(2)) == .ignored)
    }

    // MARK: - Choices

    @Test func tabCompletesAChoiceThenMovesOn() {
        // Given "in" typed over the status
        var form = punchForm()
        form.focus(field: "status")
        _ = form.handle(.ctrl("u"))
        _ = form.handle(.char("i"))
        _ = form.handle(.char("N"))
        // When Tab is pressed, it completes (ignoring case) and stays
        #expect(form.handle(.tab) == .edited)
        #expect(form["status"] == "in progress")
        #expect(form.focus == 1)
        // When Tab is pressed again, the value is a choice, so it moves on
        #expect(form.handle(.tab) == .moved)
        #expect(form.focus == 2)
    }

    @Test func tabOnAnEmptyOrUnknownChoiceMovesOn() {
        var form = punchForm()
        form.focus(field: "priority")
        #expect(form.handle(.tab) == .moved)
        #expect(form["priority"] == "")
        form.focus(field: "status")
        _ = form.handle(.ctrl("u"))
        _ = form.handle(.char("x"))
        #expect(form.handle(.tab) == .moved)
        #expect(form["status"] == "x")
    }

    @Test func tabOnAFreeTextFieldMovesOn() {
        var form = punchForm()
        #expect(form.handle(.tab) == .moved)
        #expect(form["title"] == "HDMI handshake fails")
    }

    @Test func choicesAreThePlaceholderUnlessOneIsGiven() {
        let form = punchForm()
        #expect(form.fields[2].placeholder == "P1 · P2 · P3")
        #expect(form.fields[3].placeholder == "fri, +3d, 2026-05-01")
    }

    // MARK: - Validation

    @Test func errorsAreShownUntilTheFieldIsEdited() {
        // Given the owner refused two fields on submit
        var form = punchForm()
        form.setError(field: "due", message: "not a date: “fri2”")
        form.setError(field: "status", message: "no such status")
        #expect(form.hasErrors)
        // When it sends the user to the first
        form.focusFirstError()
        #expect(form.focus == 1)
        // Then moving does not clear it, but editing does, and only that field's
        _ = form.handle(.left)
        #expect(form.fields[1].error == "no such status")
        _ = form.handle(.backspace)
        #expect(form.fields[1].error == nil)
        #expect(form.fields[3].error == "not a date: “fri2”")
        // And the owner can clear the rest
        form.clearErrors()
        #expect(!form.hasErrors)
    }

    @Test func completingAChoiceClearsItsError() {
        var form = punchForm()
        form.focus(field: "priority")
        form.setError(field: "priority", message: "pick P1, P2 or P3")
        _ = form.handle(.char("p"))
        form.setError(field: "priority", message: "pick P1, P2 or P3")
        _ = form.handle(.tab)
        #expect(form["priority"] == "P1")
        #expect(form.fields[2].error == nil)
    }
}
