import Foundation
import RapportModel

extension Reducer {
    /// Keys while a line is being typed: they edit it, never run commands.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch state.mode {
        case .normal:
            return []
        case .filter(var editor, let original):
            switch editor.handle(key) {
            case .edited:
                state.mode = .filter(editor, original: original)
                return applyFilter(&state, text: editor.text)
            case .submit:
                state.mode = .normal
                if let error = state.punchView.filterError { return refuse(&state, "Filter not applied: \(error)") }
                return []
            case .cancel:
                state.mode = .normal
                return applyFilter(&state, text: original)
            case .moved, .ignored:
                state.mode = .filter(editor, original: original)
                return []
            }
        case .prompt(var prompt):
            switch prompt.editor.handle(key) {
            case .submit:
                return answer(&state, prompt)
            case .cancel:
                state.mode = .normal
                return []
            case .edited:
                prompt.error = nil
                state.mode = .prompt(prompt)
                return []
            case .moved, .ignored:
                state.mode = .prompt(prompt)
                return []
            }
        case .command(var line):
            return commandLineKey(&state, key, &line)
        case .form(var form):
            switch form.handle(key, today: state.today) {
            case .editing:
                state.mode = .form(form)
                return []
            case .cancelled:
                state.mode = .normal
                return []
            case .saved(let id, let draft):
                state.mode = .normal
                return [.write(.change(ids: [id], .edit(draft)), by: state.user)]
            }
        }
    }

    static func commandLineKey(_ state: inout AppState, _ key: Key, _ line: inout CommandLineState) -> [Effect] {
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
                state.mode = .normal
                let text = line.editor.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                if state.commandHistory.last != text { state.commandHistory.append(text) }
                return reduce(&state, .commandLine(text))
            case .cancel:
                state.mode = .normal
                return []
            case .edited:
                line.error = nil
            case .moved, .ignored:
                break
            }
        }
        state.mode = .command(line)
        return []
    }

    /// Runs a `:` line: a command name or alias, then its argument.
    static func commandLine(_ state: inout AppState, _ line: String) -> [Effect] {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        guard let command = Command(rawValue: name) ?? Command.aliases[name] else {
            return refuse(&state, "unknown command '\(name)'; Tab completes, ? lists them")
        }
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        if argument != nil, command.argument == nil {
            return refuse(&state, "\(command.rawValue) takes no argument")
        }
        if argument == nil, command == .setStage {
            return refuse(&state, "\(command.rawValue) needs \(command.argument ?? "an argument")")
        }
        state.message = nil
        return run(command, argument: argument, &state)
    }

    /// Text pasted while typing goes into the line, whole.
    static func pasteIntoInput(_ state: inout AppState, _ text: String) -> [Effect] {
        switch state.mode {
        case .filter(var editor, let original):
            _ = editor.insert(text)
            state.mode = .filter(editor, original: original)
            return applyFilter(&state, text: editor.text)
        case .prompt(var prompt):
            _ = prompt.editor.insert(text)
            state.mode = .prompt(prompt)
        case .command(var line):
            _ = line.editor.insert(text)
            state.mode = .command(line)
        case .form(var form):
            form.paste(text)
            state.mode = .form(form)
        case .normal:
            break
        }
        return []
    }
}
