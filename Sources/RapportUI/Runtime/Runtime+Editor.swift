import Foundation

extension Runtime {
    /// Runs the user's editor on `text` with the terminal handed over, then takes the screen
    /// back; a size that changed meanwhile is taken up as a resize.
    func editInEditor(field: String, label: String, text: String) -> Action {
        let editor = ExternalEditor(environment: environment)
        var outcome = EditorOutcome.failed("")
        terminal.handOver { outcome = editor.edit(text, name: label) }
        if terminal.size != state.size { dispatch(.resize(terminal.size)) }
        return .editorClosed(field: field, outcome)
    }
}
