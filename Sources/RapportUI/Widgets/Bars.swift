import RapportModel
/// The top line: what this is and what time Rapport thinks it is.
struct TopBar {
    let state: AppState

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let style = theme[.topBar]
        canvas.fill(area, style: style)
        let clock = TimeText.full(state.now, state.timeZone)
        let counts = state.projects.list.loaded
            ? " · \(Counted.text(state.projects.list.total, "project")) · \(Counted.text(state.temperature.list.total, "customer"))" : ""
        let mode = state.isReadOnly ? " · READ-ONLY" : ""
        canvas.put(" Rapport\(mode)\(counts)", x: area.x, y: area.y, maxWidth: area.width - DisplayWidth.of(clock) - 2, style: style)
        canvas.put(clock + " ", x: area.maxX - DisplayWidth.of(clock) - 1, y: area.y, style: style)
    }
}

/// The bottom line: the last message, or key hints read from the command table. In
/// screen-reader mode it starts with the focused pane's or view's title (`announce`), which a
/// screen reader reads on each change, since there are no box lines to see where focus went.
struct StatusBar {
    let state: AppState
    var announce: String?

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        canvas.fill(area, style: theme[.statusBar])
        var area = area
        if let announce, !announce.isEmpty {
            let used = canvas.put(" \(announce) ·", x: area.x, y: area.y, maxWidth: area.width, style: theme[.statusBar])
            area = Rect(x: area.x + used, y: area.y, width: max(0, area.width - used), height: area.height)
        }
        if state.message == nil, let busy = state.busy {
            canvas.put(" ⧗ \(busy)…", x: area.x, y: area.y, maxWidth: area.width, style: theme[.statusBar])
            return
        }
        if let message = state.message {
            // The severity is said in words too, not by colour alone.
            let role: ThemeRole = message.severity == .error ? .statusError : message.severity == .warning ? .urgent : .statusBar
            let lead = message.severity == .warning ? " warning: " : " "
            canvas.put(lead + message.text, x: area.x, y: area.y, maxWidth: area.width, style: theme[role])
            return
        }
        var x = area.x + 1
        for command in CommandTable.standard.hinted where state.activeScopes.contains(command.scope) {
            guard let hint = command.hint, let key = state.keymap.keys(for: command, in: state.activeScopes).first
            else { continue }
            let keyText = key.description, width = DisplayWidth.of(keyText) + DisplayWidth.of(hint) + 3
            guard x + width <= area.maxX else { break }
            x += canvas.put(keyText, x: x, y: area.y, style: theme[.statusKey])
            x += canvas.put(" \(hint)  ", x: x, y: area.y, style: theme[.statusBar])
        }
        // No hint followed the title (a form has its own line of keys): no separator either.
        if x == area.x + 1, announce?.isEmpty == false, area.x >= 2 {
            canvas.put("  ", x: area.x - 2, y: area.y, style: theme[.statusBar])
        }
    }
}
