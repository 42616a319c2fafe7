/// Every command with its keys and help, grouped; read live from the command table and keymap.
struct HelpOverlay {
    let state: AppState
    let top: Int

    /// The overlay's text lines, before scrolling.
    static func lines(keymap: Keymap) -> [(text: String, isHeading: Bool)] {
        var lines: [(String, Bool)] = []
        for group in Command.Group.allCases {
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((group.rawValue, true))
            for command in Command.allCases where command.group == group {
                let keys = keymap.keys(for: command).map(\.description).joined(separator: " ")
                let padded = keys.padding(toLength: max(keys.count, 14), withPad: " ", startingAt: 0)
                lines.append(("  \(padded)  \(command.help)  (\(command.rawValue))", false))
            }
        }
        lines.append(("", false))
        lines.append(("Signs", true))
        lines.append(("  ●  marked for a bulk change      $  blocks acceptance (payment waits for it)", false))
        lines.append(("  !49  a temperature capped by a champion gone, an escalation or a dispute      ★  sales welcome", false))
        return lines
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = Self.lines(keymap: state.keymap).map { TextBox.Line($0.text, $0.isHeading ? .overlayTitle : .overlay) }
        TextBox(title: "Help · any key closes · j/k scroll", lines: lines, width: 96, top: top)
            .render(into: &canvas, area: area, theme: theme)
    }
}
