import Foundation
import RapportModel

/// The `:` line: Tab completes from the command table, ↑/↓ walk the history, Enter runs it.
enum CommandLineModal {
    static func key(_ state: inout AppState, _ key: Key, _ line: inout CommandLineState) -> [Effect] {
        switch key {
        case .tab:
            let completion = CommandCompletion.complete(line.editor.text)
            line.editor.setText(completion.text)
            line.error = completion.candidates.count > 1 ? completion.candidates.joined(separator: "  ") : nil
        case .up, .down:
            let history = state.commandHistory
            guard !history.isEmpty else { break }
            var index = line.historyIndex ?? history.count
            index = key == .up ? max(0, index - 1) : index + 1
            if index >= history.count {
                line.historyIndex = nil
                line.editor.setText("")
            } else {
                line.historyIndex = index
                line.editor.setText(history[index])
            }
        default:
            switch line.editor.handle(key) {
            case .submit:
                state.modal = nil
                let text = line.editor.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                if state.commandHistory.last != text { state.commandHistory.append(text) }
                return run(&state, text)
            case .cancel:
                state.modal = nil
                return []
            case .edited:
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
            return Dispatcher.refuse(&state, "unknown command '\(name)'; Tab completes, ? lists them")
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
