/// Shown instead of the layout when the terminal is too small to draw it legibly.
struct TooSmallNotice {
    let size: Size
    let quitKey: Key?

    func render(into canvas: inout Canvas, theme: Theme) {
        let lines = ["Please enlarge the terminal",
                     "now \(size.columns)x\(size.rows), needs \(Layout.minimum.columns)x\(Layout.minimum.rows)",
                     quitKey.map { "\($0) quits" } ?? ""]
        let top = max(0, (size.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (size.columns - DisplayWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + i, style: theme[i == 0 ? .titleFocused : .text])
        }
    }
}

/// Shown when the database holds nothing yet: how to get data in.
struct FirstRunNotice {
    let state: AppState

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = [
            "Welcome to Rapport",
            "",
            "This database is empty. Start with your first customer:",
            "",
            "    \(key(.newCustomer).padding(toLength: 6, withPad: " ", startingAt: 0))  new customer; in its view \(key(.addContact)) adds a contact, \(key(.newProjectForCustomer)) a project",
            "",
            "Or look around with a believable firm's data:",
            "",
            "    rapport demo                       opens a demo database",
            "    rapport seed --db FILE --size s    fills FILE with demo data",
            "",
            "Press \(key(.help)) for the keys, \(key(.quit)) to quit.",
        ]
        TextBox(title: "First run", lines: lines.enumerated().map { TextBox.Line($1, $0 == 0 ? .overlayTitle : .overlay) },
                width: 84).render(into: &canvas, area: area, theme: theme)
    }

    private func key(_ command: Command) -> String {
        state.keymap.keys(for: command, in: [command.scope, .global]).first?.description ?? ":\(command.name)"
    }
}
