import Foundation
import RapportModel

/// The `:` line with its palette: typing matches commands (recent lines when empty), ↑/↓ (or
/// C-p/C-n) choose a row, Tab completes (the chosen row, else the common prefix), Enter runs
/// the chosen row or the line.
enum CommandLineModal {
    static func key(_ state: inout AppState, _ key: Key, _ line: inout CommandLineState) -> [Effect] {
        let rows = CommandPalette.rows(line.editor.text, state)
        switch key {
        case .tab:
            if let chosen = line.selected.flatMap({ $0 < rows.count ? rows[$0] : nil }) {
                line.editor.setText(chosen.text)
                line.selected = nil
                line.error = nil
                break
            }
            let completion = CommandCompletion.complete(line.editor.text, state: state)
            line.editor.setText(completion.text)
            line.error = completion.candidates.count > 1 ? completion.candidates.joined(separator: "  ") : nil
        case .up, .ctrl("p"):
            // The list grows up from the line, as fzf's does: ↑ goes to the next row.
            guard !rows.isEmpty else { break }
            line.selected = min(rows.count - 1, (line.selected ?? -1) + 1)
        case .down, .ctrl("n"):
            guard let selected = line.selected else { break }
            line.selected = selected == 0 ? nil : selected - 1
        default:
            switch line.editor.handle(key) {
            case .submit:
                if let chosen = line.selected.flatMap({ $0 < rows.count ? rows[$0] : nil }) {
                    // A command that takes an argument waits for it on the line.
                    if chosen.kind == .command, chosen.text.hasSuffix(" ") {
                        line.editor.setText(chosen.text)
                        line.selected = nil
                        break
                    }
                    line.editor.setText(chosen.text)
                }
                state.modal = nil
                let text = line.editor.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                if state.commandHistory.last != text { state.commandHistory.append(text) }
                return run(&state, text)
            case .cancel:
                state.modal = nil
                return []
            case .edited:
                line.selected = nil
                line.error = nil
            case .moved, .ignored:
                break
            }
        }
        state.modal = .commandLine(line)
        return []
    }

    /// Runs a `:` line: a command name or alias, then its argument, where the user is.
    static func run(_ state: inout AppState, _ line: String) -> [Effect] {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first?.lowercased() else { return [] }
        guard let command = CommandTable.standard.command(named: name) else {
            return Dispatcher.refuse(&state, "unknown command '\(name)'; Tab completes" + Dispatcher.helpNote(state, "them"))
        }
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        if argument != nil, command.argument == nil {
            return Dispatcher.refuse(&state, "\(command.name) takes no argument")
        }
        if argument == nil, let spec = command.argument, spec.required {
            return Dispatcher.refuse(&state, "\(command.name) needs \(spec.placeholder)")
        }
        return Dispatcher.run(command, argument: argument, &state)
    }
}
