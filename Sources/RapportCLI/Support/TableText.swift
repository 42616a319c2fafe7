import RapportModel
import RapportUI

/// Text for the CLI's plain tables: made terminal-safe, then padded or cut to a number of
/// columns by display width, with the TUI's own width rules (`DisplayWidth`).
enum TableText {
    /// `text` as one safe line exactly `width` columns wide; text that does not fit ends in "…".
    /// A wide character is never split: a blank stands in for the half that would not fit.
    static func fit(_ text: String, _ width: Int) -> String {
        let line = TerminalSafe.line(text)
        let total = DisplayWidth.of(line)
        if total <= width { return line + String(repeating: " ", count: width - total) }
        var out = ""
        var used = 0
        for character in line {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + String(repeating: " ", count: width - 1 - used) + "…"
    }
}
