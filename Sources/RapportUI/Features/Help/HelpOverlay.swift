/// Every command with the keys that reach it from where help was opened, grouped; read live
/// from the command table and the keymap, so rebinding a key in one view shows in that view.
struct HelpOverlay {
    let state: AppState
    let top: Int

    /// The overlay's text lines, before scrolling: the commands that work here first, by group,
    /// then those of other views with where they work.
    static func lines(_ state: AppState) -> [(text: String, isHeading: Bool)] {
        let scopes = state.viewScopes
        let table = CommandTable.standard
        var lines: [(String, Bool)] = []
        for group in CommandGroup.allCases {
            let commands = table.commands.filter { $0.group == group && !isModalOnly($0) }
            guard !commands.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((group.rawValue, true))
            for command in commands {
                let here = scopes.contains(command.scope)
                let keys = state.keymap.keys(for: command, in: here ? scopes : [command.scope] + [.global])
                    .map(\.description).joined(separator: " ")
                let padded = keys.padding(toLength: max(keys.count, 14), withPad: " ", startingAt: 0)
                // Where a command works, when not here, leads its line so narrow screens show it.
                let place = here ? "" : "In \(Dispatcher.whereItWorks(command.scope, state)): "
                lines.append(("  \(padded)  \(place)\(command.help)  (\(command.name))", false))
            }
        }
        lines.append(("", false))
        lines.append(("Signs", true))
        lines.append(("  ●  marked for a bulk change      $  blocks acceptance (payment waits for it)", false))
        lines.append(("  !49  a temperature capped by a champion gone, an escalation or a dispute      ★  sales welcome", false))
        return lines
    }

    /// Form keys are listed in the form's own hint line, not among the views' commands.
    private static func isModalOnly(_ command: Command) -> Bool {
        if case .modal = command.scope { return true }
        return false
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = Self.lines(state).map { TextBox.Line($0.text, $0.isHeading ? .overlayTitle : .overlay) }
        let scroll = state.keymap.keys(for: .moveDown, in: [.global]).first.map { " · \($0) scrolls" } ?? ""
        TextBox(title: "Help · any key closes\(scroll)", lines: lines, width: 96, top: top)
            .render(into: &canvas, area: area, theme: theme)
    }
}
