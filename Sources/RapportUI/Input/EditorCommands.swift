import RapportModel

/// Long text in the user's editor: from a form, `C-x` opens the focused text field in
/// `$VISUAL`/`$EDITOR` (as git commit does), and the text comes back into the field. Without
/// an editor, or when it fails, the field stays as it was for typing here, and the status line
/// says why.
enum EditorCommands {
    static let registration = ViewRegistration(id: nil, title: "Editor", commands: [.editInEditor])

    static func open(_ state: inout AppState) -> [Effect] {
        guard case .form(let edit) = state.modal else { return [] }
        let field = edit.form.focusedField
        guard field.kind == .text || field.kind == .line else {
            return Dispatcher.refuse(&state, "\(field.label) is not free text: the editor opens on text fields")
        }
        return [.editText(field: field.id, label: field.label, text: field.text)]
    }

    /// The editor is done: the text goes into the field, or the reason it did not is said.
    static func closed(_ state: inout AppState, field: String, _ outcome: EditorOutcome) {
        guard case .form(var edit) = state.modal, edit.form.has(field: field) else { return }
        switch outcome {
        case .edited(let text):
            edit.form.setText(field: field, to: text)
            edit.form.focus(field: field)
            state.modal = .form(edit)
            let save = state.keymap.keys(for: .saveForm, in: [.modal(.form)]).first.map { "; \($0) saves" } ?? ""
            state.message = .init(text: "\(edit.form.focusedField.label) taken from the editor\(save)")
        case .failed(let reason):
            let multiLine = edit.form.focusedField.kind == .text ? " (Enter starts a new line)" : ""
            state.message = .init(text: "Editor: \(reason); type here instead\(multiLine)", severity: .warning)
        }
    }
}

extension Command {
    static let editInEditor = Command("edit-in-editor", "Write the focused text field in $VISUAL or $EDITOR (as git commit does)",
                                      group: .input, keys: [.ctrl("x")], scope: .modal(.form),
                                      aliases: ["editor"]) { state, _ in
        EditorCommands.open(&state)
    }
}
