import RapportModel

/// The keys of a form, in the form's own keymap layer, so saving and cancelling can be rebound.
enum FormCommands {
    static let registration = ViewRegistration(id: nil, title: "Forms", commands: [.saveForm, .cancelForm, .nextField,
                                                                                  .previousField])

    /// Runs `outcome` of the open form: save it through the model's checks, cancel, or stay.
    static func apply(_ state: inout AppState, _ change: (inout Form) -> Form.Outcome) -> [Effect] {
        guard case .form(var edit) = state.modal else { return [] }
        let outcome = change(&edit.form)
        return finish(&state, edit, outcome)
    }

    static func finish(_ state: inout AppState, _ edit: RecordForm, _ outcome: Form.Outcome) -> [Effect] {
        var edit = edit
        switch outcome {
        case .submit:
            if edit.pending { return [] }  // one save at a time
            if let effects = edit.submit(state) {
                // A record form waits for its write to be done (`RecordForms.written`).
                state.modal = edit.pending ? .form(edit) : nil
                return effects
            }
            state.modal = .form(edit)
        case .cancel:
            state.modal = nil
        case .edited:
            edit.annotate()
            state.modal = .form(edit)
        case .moved, .ignored:
            state.modal = .form(edit)
        }
        return []
    }
}

extension Command {
    static let saveForm = Command("save-form", "Save the form (each field is checked first)", group: .input,
                                  keys: [.ctrl("s")], scope: .modal(.form)) { state, _ in
        FormCommands.apply(&state) { _ in .submit }
    }
    static let cancelForm = Command("cancel-form", "Close the form without saving", group: .input,
                                    keys: [.escape, .ctrl("c")], scope: .modal(.form)) { state, _ in
        FormCommands.apply(&state) { _ in .cancel }
    }
    static let nextField = Command("next-field", "Next field (completes a choice first)", group: .input,
                                   keys: [.tab], scope: .modal(.form)) { state, _ in
        FormCommands.apply(&state) { $0.handle(.tab) }
    }
    static let previousField = Command("previous-field", "Previous field", group: .input, keys: [.backTab],
                                       scope: .modal(.form)) { state, _ in
        FormCommands.apply(&state) { $0.handle(.backTab) }
    }
}
