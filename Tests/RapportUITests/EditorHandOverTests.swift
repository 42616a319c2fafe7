import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// `C-x` in a form: the field's text goes to `$EDITOR` with the terminal handed over, and what
/// the editor wrote comes back into the field; no editor, or a failing one, leaves the field.
@MainActor
struct EditorHandOverTests {
    /// A shell script standing in for an editor: it checks it was given the field's text, then
    /// writes two known lines into the file.
    func fakeEditor(_ folder: URL, exit status: Int = 0) throws -> String {
        let script = folder.appendingPathComponent("fake-editor.sh")
        try """
            #!/bin/sh
            grep -q 'Ceiling grid' "$1" || exit 3
            printf 'Ceiling grid holds 40 kg\\nchecked by the structural engineer\\n' > "$1"
            exit \(status)
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    func runtime(environment: [String: String]) -> (Runtime, MemoryTerminal) {
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        var state = AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone)
        state.modal = .form(AssumptionForms.assumption(projectId: 1, today: state.today, owner: "pat"))
        let runtime = Runtime(state: state, source: FixtureSource(), terminal: terminal, theme: .plain,
                              clock: { FixtureSource.now })
        runtime.environment = environment
        return (runtime, terminal)
    }

    func fieldText(_ runtime: Runtime) -> String? {
        guard case .form(let edit) = runtime.state.modal else { return nil }
        return edit.form["text"]
    }

    @Test func theEditorsTextComesBackIntoTheField() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Given an assumption form with text typed, and $VISUAL set to the fake editor
        let (runtime, terminal) = runtime(environment: ["VISUAL": try fakeEditor(folder), "EDITOR": "false"])
        runtime.dispatch(.paste("Ceiling grid"))
        // When C-x is pressed
        runtime.dispatch(.key(.ctrl("x")))
        // Then the terminal was handed over once and the field holds the editor's two lines
        #expect(terminal.handOvers == 1)
        #expect(fieldText(runtime) == "Ceiling grid holds 40 kg\nchecked by the structural engineer")
        #expect(runtime.state.message?.text == "Assumption taken from the editor; C-s saves")
    }

    @Test func aFailingEditorLeavesTheTextAndSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = try fakeEditor(folder, exit: 1)
        let (runtime, _) = runtime(environment: ["EDITOR": editor])
        runtime.dispatch(.paste("Ceiling grid"))
        runtime.dispatch(.key(.ctrl("x")))
        #expect(fieldText(runtime) == "Ceiling grid")
        #expect(runtime.state.message?.text == "Editor: \(editor) exited with status 1; the text is as it was; type here instead (Enter starts a new line)")
        #expect(runtime.state.message?.severity == .warning)
    }

    @Test func withNoEditorTheBuiltInFieldStays() {
        let (runtime, terminal) = runtime(environment: [:])
        runtime.dispatch(.paste("Ceiling grid"))
        runtime.dispatch(.key(.ctrl("x")))
        #expect(terminal.handOvers == 1)
        #expect(fieldText(runtime) == "Ceiling grid")
        #expect(runtime.state.message?.text == "Editor: no $VISUAL or $EDITOR set; type here instead (Enter starts a new line)")
        // And typing goes on in the field
        runtime.dispatch(.key(.enter))
        runtime.dispatch(.paste("second line"))
        #expect(fieldText(runtime) == "Ceiling grid\nsecond line")
    }

    @Test func anEditorThatIsNotThereIsNamed() {
        let (runtime, _) = runtime(environment: ["EDITOR": "/nonexistent/editor"])
        runtime.dispatch(.key(.ctrl("x")))
        #expect(runtime.state.message?.text.hasPrefix("Editor: could not run /nonexistent/editor") == true)
    }

    @Test func aChoiceFieldIsNotForTheEditor() {
        let (runtime, terminal) = runtime(environment: ["EDITOR": "true"])
        runtime.dispatch(.key(.tab))
        runtime.dispatch(.key(.tab))
        runtime.dispatch(.key(.ctrl("x")))
        #expect(terminal.handOvers == 0)
        #expect(runtime.state.message?.text == "Review on is not free text: the editor opens on text fields")
    }
}
