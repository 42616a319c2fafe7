import Foundation
import RapportModel

/// Punch triage: on the marked items, else the selected one; every change is one undo step.
enum PunchTriage {
    /// What a triage prompt asks for, before it knows its items.
    enum Question { case due, assign, location, dispute }

    static func add(_ state: inout AppState, line: String?) -> [Effect] {
        guard let projectId = state.punch.projectId else { return Dispatcher.refuse(&state, "Select a project to add items to") }
        if let line { return quickAdd(&state, projectId: projectId, line: line) }
        state.modal = .prompt(Prompt(purpose: .quickAdd(projectId: projectId)))
        return [.loadLocationPaths(projectId: projectId)]
    }

    static func edit(_ state: inout AppState) -> [Effect] {
        guard let row = state.punch.list.selectedRow else { return Dispatcher.refuse(&state, "No punch item selected") }
        return [.loadPunchDetail(id: row.id, forEdit: true)]
    }

    static func toggleMark(_ state: inout AppState) -> [Effect] {
        guard let id = state.punch.list.selectedRow?.id else { return Dispatcher.refuse(&state, "No punch item selected") }
        if state.punch.marked.remove(id) == nil { state.punch.marked.insert(id) }
        let back = state.keymap.keys(for: .back, in: state.activeScopes).first.map { " · \($0) clears" } ?? ""
        state.message = .init(text: "\(state.punch.marked.count) marked · bulk commands act on them\(back)")
        return PunchFeature.move(&state, .rows(1))
    }

    /// One workflow step or field change on the targets, limited to what the filter shows.
    static func change(_ state: inout AppState, _ change: PunchChange) -> [Effect] {
        guard let ids = targets(&state) else { return [] }
        return write(change, to: ids, state)
    }

    /// The write of `change` to `ids`, limited in the store to what the punch list shows now.
    static func write(_ change: PunchChange, to ids: [Int64], _ state: AppState) -> [Effect] {
        guard let query = state.punch.query else { return [] }
        return [.write(.change(ids: ids, change, within: query, today: state.today), by: state.user)]
    }

    /// Opens a prompt, or answers it at once with the `:` line's argument.
    static func ask(_ state: inout AppState, _ question: Question, argument: String?) -> [Effect] {
        guard let ids = targets(&state) else { return [] }
        let purpose: Prompt.Purpose
        switch question {
        case .due: purpose = .due(ids: ids)
        case .assign: purpose = .assign(ids: ids)
        case .location: purpose = .location(ids: ids)
        case .dispute: purpose = .dispute(ids: ids)
        }
        if let argument { return answer(&state, Prompt(purpose: purpose, text: argument)) }
        state.modal = .prompt(Prompt(purpose: purpose))
        return []
    }

    /// The items a triage command acts on, or nil (and a message) when there are none.
    private static func targets(_ state: inout AppState) -> [Int64]? {
        let ids = state.punch.targets
        if ids.isEmpty {
            _ = Dispatcher.refuse(&state, "No punch item selected")
            return nil
        }
        return ids
    }

    /// Turns a prompt's text into a write, or keeps the prompt open with the reason it was refused.
    static func answer(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
        let text = prompt.editor.text.trimmingCharacters(in: .whitespaces)
        let change: PunchChange
        let ids: [Int64]
        switch prompt.purpose {
        case .quickAdd(let projectId):
            return quickAdd(&state, projectId: projectId, line: text, prompt: prompt)
        case .gotoDate:
            // The one prompt that is not the punch list's.
            return CalendarFeature.goto(&state, prompt)
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
        case .dispute(let targets):
            guard let projectId = state.punch.projectId else { return [] }
            let (side, note) = disputeAnswer(text)
            state.modal = nil
            return [.write(.dispute(ids: targets, side: side, note: note, projectId: projectId), by: state.user)]
        }
        state.modal = nil
        return write(change, to: ids, state)
    }

    /// "us: cable pulled to the wrong rack" → us and the note; without a side, the customer raised it.
    static func disputeAnswer(_ text: String) -> (DisputeSide, String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let side = DisputeSide(rawValue: parts[0].lowercased()) { return (side, parts[1]) }
        return (.customer, text)
    }

    static func quickAdd(_ state: inout AppState, projectId: Int64, line: String, prompt: Prompt? = nil) -> [Effect] {
        do {
            let draft = try QuickAdd.parse(line, today: state.today)
            // A location is looked up first: a new one is asked about, an ambiguous one listed.
            if let location = draft.location, prompt?.confirmedLocation != LocationPath.normalized(location) {
                var waiting = prompt ?? Prompt(purpose: .quickAdd(projectId: projectId), text: line)
                waiting.checking = true
                state.modal = .prompt(waiting)
                return [.checkQuickAddLocation(projectId: projectId, draft: draft, line: line)]
            }
            state.modal = nil
            return [.write(.add(projectId: projectId, draft: draft), by: state.user)]
        } catch {
            if let prompt { return reopen(&state, prompt, error: "\(error)") }
            return Dispatcher.refuse(&state, "\(error)")
        }
    }

    /// The quick-add line's location, looked up: an exact one adds the item there, a new one
    /// asks (Enter again creates it), an ambiguous one lists the candidates.
    static func locationChecked(_ state: inout AppState, projectId: Int64, draft: PunchDraft, line: String,
                                _ match: LocationMatch) -> [Effect] {
        guard case .prompt(var prompt) = state.modal, prompt.purpose == .quickAdd(projectId: projectId),
              prompt.editor.text.trimmingCharacters(in: .whitespaces) == line else { return [] }
        prompt.checking = false
        var draft = draft
        switch match {
        case .exact(_, let path):
            draft.location = path
        case .none:
            break
        case .ambiguous(let paths):
            let shown = paths.prefix(4).joined(separator: "; ") + (paths.count > 4 ? " … (\(paths.count))" : "")
            return reopen(&state, prompt, error: "@\(draft.location ?? "") could be \(shown): type more of the path")
        case .new(let path):
            prompt.confirmedLocation = LocationPath.normalized(path)
            let lower = path.lowercased()
            let near = prompt.locations.compactMap { $0.split(separator: "/").last?.trimmingCharacters(in: .whitespaces) }
                .filter { $0.lowercased().hasPrefix(lower) }
            let hint = near.isEmpty ? "" : " (did you mean \(Set(near).sorted().prefix(3).joined(separator: ", "))?)"
            return reopen(&state, prompt, error: "'\(path)' is not a location here yet\(hint): Enter adds it, Tab completes")
        }
        state.modal = nil
        return [.write(.add(projectId: projectId, draft: draft), by: state.user)]
    }

    /// Tab after `@` in the quick-add line: the project's locations whose name or path begins
    /// with what is typed; one completes, several complete their common part and are listed.
    static func completeLocation(_ prompt: inout Prompt) {
        let text = prompt.editor.text
        guard let at = text.lastIndex(of: "@") else { return }
        let typed = String(text[text.index(after: at)...])
        let lower = typed.lowercased()
        var names = Set<String>()
        for path in prompt.locations {
            names.insert(path)
            if let last = path.split(separator: "/").last { names.insert(last.trimmingCharacters(in: .whitespaces)) }
        }
        let matches = names.filter { $0.lowercased().hasPrefix(lower) }.sorted()
        guard let first = matches.first else {
            prompt.error = prompt.locations.isEmpty ? "no locations in this project yet" : "no location begins with '\(typed)'"
            return
        }
        var common = first
        for m in matches.dropFirst() { while !m.lowercased().hasPrefix(common.lowercased()) { common.removeLast() } }
        prompt.editor.setText(String(text[...at]) + (matches.count == 1 ? first + " " : common))
        prompt.error = matches.count > 1 ? matches.prefix(6).joined(separator: " · ") : nil
    }

    static func reopen(_ state: inout AppState, _ prompt: Prompt, error: String) -> [Effect] {
        var prompt = prompt
        prompt.error = error
        state.modal = .prompt(prompt)
        return []
    }
}
