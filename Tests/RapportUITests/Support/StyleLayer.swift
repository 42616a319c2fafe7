@testable import RapportUI

/// Styles as text, for snapshots: each role gets a colour of its own in `theme`, and `lines`
/// reads every cell back as one letter, so a lost selection or a wrong style fails a test.
///
/// `S` the selected row of the focused list, `s` of another list, `R` a highlighted line in a
/// box, `|` the cursor; otherwise the role's letter (blank for plain text).
enum StyleLayer {
    static let letters: [ThemeRole: Character] = [
        .text: " ", .dim: "d", .border: "-", .borderFocused: "=", .title: "t", .titleFocused: "T", .header: "h",
        .selection: "S", .selectionUnfocused: "s", .overdue: "o", .urgent: "u", .topBar: "^", .statusBar: "_",
        .statusKey: "k", .statusError: "E", .hot: "H", .warm: "W", .cool: "C", .cold: "c", .salesWelcome: "*",
        .overlay: " ", .overlayTitle: "O", .today: "!", .event: "e", .highlight: "R", .marked: "*",
    ]

    static let theme: Theme = {
        var styles: [ThemeRole: Style] = [:]
        for (i, role) in ThemeRole.allCases.enumerated() { styles[role] = Style(foreground: .indexed(UInt8(i + 16))) }
        styles[.selection] = Style(background: .indexed(250))
        styles[.selectionUnfocused] = Style(background: .indexed(251))
        styles[.highlight] = Style(attributes: .reverse)
        return Theme(name: "markers", styles: styles)
    }()

    static func lines(_ canvas: Canvas) -> [String] {
        var byColor: [Color: Character] = [:]
        for (i, role) in ThemeRole.allCases.enumerated() { byColor[.indexed(UInt8(i + 16))] = letters[role] ?? "?" }
        return (0..<canvas.size.rows).map { y in
            var line = ""
            for x in 0..<canvas.size.columns {
                let cell = canvas[x, y]
                guard cell.width > 0 else { continue }
                let letter: Character
                if canvas.cursor == CursorPosition(x: x, y: y) { letter = "|" }
                else if cell.style.background == .indexed(250) { letter = "S" }
                else if cell.style.background == .indexed(251) { letter = "s" }
                else if cell.style.attributes.contains(.reverse) { letter = "R" }
                else { letter = byColor[cell.style.foreground] ?? " " }
                line += String(repeating: letter, count: Int(cell.width))
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
