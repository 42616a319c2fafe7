import RapportUI

/// Reads an SGR (mode 1006) mouse report, `ESC [ < b ; x ; y M` (press) or `… m` (release),
/// as xterm, tmux and every current terminal send it: coordinates in decimal from 1, so no
/// column limit, unlike the X10 encoding's 223.
///
/// Decoded here rather than through ncurses' `getmouse`, which reads the encoding terminfo's
/// `kmous` names (X10 for `screen` and `tmux` entries) and so depends on `TERM` being right;
/// this is one parser, tested with the bytes themselves.
enum MouseReport {
    /// The event `text` (the sequence after `Esc`) reports; nil for anything else, and for
    /// motion and the buttons Rapport does not use.
    static func parse(_ text: String) -> MouseEvent? {
        guard text.hasPrefix("[<"), let final = text.last, final == "M" || final == "m" else { return nil }
        let numbers = text.dropFirst(2).dropLast().split(separator: ";").compactMap { Int($0) }
        guard numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        let code = numbers[0]
        // Bits 4, 8 and 16 are Shift, Meta and Ctrl; 32 is motion; 64 the wheel.
        guard code & 32 == 0 else { return nil }
        let x = numbers[1] - 1, y = numbers[2] - 1
        if code & 64 != 0 {
            switch code & 3 {
            case 0: return MouseEvent(.wheelUp, x: x, y: y)
            case 1: return MouseEvent(.wheelDown, x: x, y: y)
            default: return nil  // sideways wheels
            }
        }
        if final == "m" { return MouseEvent(.release, x: x, y: y) }
        switch code & 3 {
        case 0: return MouseEvent(.press(.left), x: x, y: y)
        case 1: return MouseEvent(.press(.middle), x: x, y: y)
        case 2: return MouseEvent(.press(.right), x: x, y: y)
        default: return nil
        }
    }
}

extension MouseEvent {
    init?(sgr text: String) {
        guard let event = MouseReport.parse(text) else { return nil }
        self = event
    }
}
