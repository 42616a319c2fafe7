import Foundation
import RapportModel

/// Turns keys into commands through the layered keymap and runs them where they belong: the
/// modal, else the detail view on top, else the focused pane, else the global commands.
enum Dispatcher {
    /// Commands that still act while the terminal is too small to show anything else.
    static let whileTooSmall: Set<Command> = [.quit, .help]

    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        if state.layout.isTooSmall {
            // Nothing can be seen, so nothing may change: only quitting and help act.
            guard let command = state.keymap.command(for: key, in: [.global]), whileTooSmall.contains(command) else {
                return []
            }
            return command.run(&state)
        }
        if let modal = state.modal { return ModalKeys.key(&state, modal, key) }
        guard let command = state.keymap.command(for: key, in: state.activeScopes) else {
            return refuse(&state, unboundMessage(key, state))
        }
        state.message = nil
        return command.run(&state)
    }

    /// Runs a command by name from the `:` line, if it works where the user is.
    static func run(_ command: Command, argument: String?, _ state: inout AppState) -> [Effect] {
        guard state.activeScopes.contains(command.scope) else {
            return refuse(&state, "\(command.name) works in \(whereItWorks(command.scope, state))")
        }
        state.message = nil
        return command.run(&state, argument: argument)
    }

    /// "> is not bound here; advance-status works in punch (2)": where the key does work, so
    /// a user in the wrong pane learns where to go.
    static func unboundMessage(_ key: Key, _ state: AppState) -> String {
        let others = state.keymap.scopes(binding: key).filter { !state.activeScopes.contains($0.0) }
        // A pane one key away is the likelier meaning than a detail view.
        let elsewhere = others.first { if case .view(let id) = $0.0 { return Dashboard.pane(id) != nil } else { return false } }
            ?? others.first
        guard let (scope, command) = elsewhere else {
            // Say where, when the key is bound elsewhere and only this view took it away.
            let here = state.activeScopes.first.map { whereItWorks($0, state) }
            let shadowed = state.keymap.command(for: key, in: [.global]) != nil && here != nil
            return "\(key) is not bound" + (shadowed ? " in \(here!)" : "") + helpNote(state, "the keys")
        }
        return "\(key) is \(command.name) in \(whereItWorks(scope, state))" + helpNote(state, "the keys")
    }

    /// "; ? lists the keys", with help's key from the live keymap (`:help` when it has none).
    static func helpNote(_ state: AppState, _ what: String) -> String {
        let key = state.keymap.keys(for: .help, in: [.global]).first?.description ?? ":help"
        return "; \(key) lists \(what)"
    }

    /// A scope in words, with the key that gets there when there is one: "the punch list (2)".
    static func whereItWorks(_ scope: CommandScope, _ state: AppState) -> String {
        switch scope {
        case .view(let id):
            if let pane = Dashboard.pane(id) {
                let key = state.keymap.keys(for: pane.focusCommand, in: [.global]).first
                return "the \(pane.title.lowercased())" + (key.map { " (\($0))" } ?? "")
            }
            return "the \(ViewRegistry.all.first { $0.id == id }?.title.lowercased() ?? id.rawValue)"
        case .detailViews: return "a detail view"
        case .modal(let id): return "the \(id.rawValue)"
        case .global: return "every view"
        }
    }

    /// Movement goes to whatever is on top: the detail view, else the focused pane.
    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        if !state.routes.isEmpty {
            state.routes[state.routes.count - 1].view.move(motion)
            return []
        }
        return Dashboard.move(&state, motion)
    }

    /// Esc peels one layer: the detail view on top, then marks, then the filter, then the
    /// punch pane's focus.
    static func back(_ state: inout AppState) -> [Effect] {
        if !state.routes.isEmpty { return popRoute(&state) }
        return PunchFeature.back(&state)
    }

    static func popRoute(_ state: inout AppState) -> [Effect] {
        guard !state.routes.isEmpty else { return [] }
        state.routes.removeLast()
        return []
    }

    /// Opens a detail view on the stack; opening the same view again replaces it on top.
    static func push(_ state: inout AppState, _ view: any RouteView) {
        if let last = state.routes.last, last.id == view.id { state.routes.removeLast() }
        state.routes.append(Route(view))
    }

    static func refuse(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = .init(text: text, isError: true)
        return []
    }
}
