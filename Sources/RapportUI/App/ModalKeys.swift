import Foundation
import RapportModel

/// Keys while a modal is open. Typing never runs commands: the typing modals take only the
/// commands of their own keymap layer, and every other key edits the text.
enum ModalKeys {
    static func key(_ state: inout AppState, _ modal: Modal, _ key: Key) -> [Effect] {
        if modal.isTyping, let command = state.keymap.command(for: key, in: [.modal(modal.id)]) {
            return command.run(&state)
        }
        switch modal {
        case .help(let top):
            return HelpModal.key(&state, top: top, key)
        case .filter(var editor, let original):
            switch editor.handle(key) {
            case .edited:
                state.modal = .filter(editor, original: original)
                return PunchFeature.applyFilter(&state, text: editor.text)
            case .submit:
                state.modal = nil
                if let error = state.punch.settings.filterError {
                    return Dispatcher.refuse(&state, "Filter not applied: \(error)")
                }
                return []
            case .cancel:
                state.modal = nil
                return PunchFeature.applyFilter(&state, text: original)
            case .moved, .ignored:
                state.modal = .filter(editor, original: original)
                return []
            }
        case .prompt(var prompt):
            if key == .tab, case .quickAdd = prompt.purpose {
                PunchTriage.completeLocation(&prompt)
                state.modal = .prompt(prompt)
                return []
            }
            switch prompt.editor.handle(key) {
            case .submit:
                return PunchTriage.answer(&state, prompt)
            case .cancel:
                state.modal = nil
                return []
            case .edited:
                prompt.error = nil
                state.modal = .prompt(prompt)
                return []
            case .moved, .ignored:
                state.modal = .prompt(prompt)
                return []
            }
        case .commandLine(var line):
            return CommandLineModal.key(&state, key, &line)
        case .form(var edit):
            let outcome = edit.form.handle(key)
            return FormCommands.finish(&state, edit, outcome)
        case .search(var search):
            return SearchModal.key(&state, key, &search)
        }
    }

    /// Text pasted while typing goes into the line, whole; a paste never runs as commands.
    static func paste(_ state: inout AppState, _ text: String) -> [Effect] {
        switch state.modal {
        case .filter(var editor, let original):
            _ = editor.insert(text)
            state.modal = .filter(editor, original: original)
            return PunchFeature.applyFilter(&state, text: editor.text)
        case .prompt(var prompt):
            _ = prompt.editor.insert(text)
            state.modal = .prompt(prompt)
        case .commandLine(var line):
            _ = line.editor.insert(text)
            state.modal = .commandLine(line)
        case .form(var edit):
            edit.form.paste(text)
            edit.annotate()
            state.modal = .form(edit)
        case .search(var search):
            return SearchModal.paste(&state, text, &search)
        case .help, nil:
            break
        }
        return []
    }
}
