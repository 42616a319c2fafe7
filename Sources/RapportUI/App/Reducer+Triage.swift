import Foundation
import RapportModel

extension Reducer {
    /// Punch triage: on the marked items, else the selected one; every change is one undo step.
    static func triage(_ command: Command, argument: String?, _ state: inout AppState) -> [Effect] {
        switch command {
        case .undo: return [.write(.undo, by: state.user)]
        case .redo: return [.write(.redo, by: state.user)]
        case .addItem:
            guard let projectId = state.punchProjectId else { return refuse(&state, "Select a project to add items to") }
            if let line = argument { return quickAdd(&state, projectId: projectId, line: line) }
            state.mode = .prompt(Prompt(purpose: .quickAdd(projectId: projectId)))
            return []
        default:
            break
        }
        guard state.focus == .punch else { return refuse(&state, "Focus the punch list (2) to \(command.rawValue)") }
        let ids = state.triageTargets
        guard !ids.isEmpty else { return refuse(&state, "No punch item selected") }
        switch command {
        case .editItem: return [.loadPunchDetail(id: state.punch.selectedRow!.id, forEdit: true)]
        case .toggleMark:
            guard let id = state.punch.selectedRow?.id else { return [] }
            if state.marked.remove(id) == nil { state.marked.insert(id) }
            state.message = .init(text: "\(state.marked.count) marked · bulk commands act on them · Esc clears")
            return moveSelection(&state, .rows(1))
        case .advanceStatus: return [.write(.change(ids: ids, .advance), by: state.user)]
        case .stepBackStatus: return [.write(.change(ids: ids, .stepBack), by: state.user)]
        case .cyclePriority: return [.write(.change(ids: ids, .cyclePriority), by: state.user)]
        case .voidItem: return [.write(.change(ids: ids, .void), by: state.user)]
        case .setDue: return ask(&state, .due(ids: ids), argument: argument)
        case .assign: return ask(&state, .assign(ids: ids), argument: argument)
        case .setLocation: return ask(&state, .location(ids: ids), argument: argument)
        default: return []
        }
    }

    /// Opens a prompt, or answers it at once with the `:` line's argument.
    static func ask(_ state: inout AppState, _ purpose: Prompt.Purpose, argument: String?) -> [Effect] {
        if let argument { return answer(&state, Prompt(purpose: purpose, text: argument)) }
        state.mode = .prompt(Prompt(purpose: purpose))
        return []
    }

    /// Turns a prompt's text into a write, or keeps the prompt open with the reason it was refused.
    static func answer(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
        let text = prompt.editor.text.trimmingCharacters(in: .whitespaces)
        let change: PunchChange
        let ids: [Int64]
        switch prompt.purpose {
        case .quickAdd(let projectId):
            return quickAdd(&state, projectId: projectId, line: text, prompt: prompt)
        case .due(let targets):
            ids = targets
            if text.isEmpty || text.lowercased() == "none" {
                change = .setDue(nil)
            } else {
                do {
                    change = .setDue(try DateExpression.parse(text, today: state.today))
                } catch {
                    return reopen(&state, prompt, error: "\(error)")
                }
            }
        case .assign(let targets):
            ids = targets
            change = .assign(text)
        case .location(let targets):
            ids = targets
            change = .setLocation(text.isEmpty ? nil : text)
        }
        state.mode = .normal
        return [.write(.change(ids: ids, change), by: state.user)]
    }

    static func quickAdd(_ state: inout AppState, projectId: Int64, line: String, prompt: Prompt? = nil) -> [Effect] {
        do {
            let draft = try QuickAdd.parse(line, today: state.today)
            state.mode = .normal
            return [.write(.add(projectId: projectId, draft: draft), by: state.user)]
        } catch {
            if let prompt { return reopen(&state, prompt, error: "\(error)") }
            return refuse(&state, "\(error)")
        }
    }

    static func reopen(_ state: inout AppState, _ prompt: Prompt, error: String) -> [Effect] {
        var prompt = prompt
        prompt.error = error
        state.mode = .prompt(prompt)
        return []
    }

    static func refuse(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = .init(text: text, isError: true)
        return []
    }
}
