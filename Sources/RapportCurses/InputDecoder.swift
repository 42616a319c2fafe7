import RapportUI

/// What one `wget_wch` call returned, before it means anything to the app.
enum RawInput: Equatable, Sendable {
    /// A character as typed, control characters and Esc included.
    case scalar(UInt32)
    /// A function key that ncurses recognised from the terminal's description.
    case key(Key)
    /// ncurses saw SIGWINCH and has already resized its screen.
    case resize
    /// The bracketed-paste markers `ESC [ 200 ~` and `ESC [ 201 ~`, registered with `define_key`.
    case pasteStart, pasteEnd
}

/// Turns raw input into terminal events: control characters into keys, escape sequences that
/// ncurses did not know into keys or nothing, and everything between paste markers into one paste.
///
/// ncurses hands back a sequence it has no name for as separate characters (`Esc`, `[`, `2` …);
/// typed as keys they would run commands, so they are read as one sequence here. Only an `Esc`
/// that ends what was read is the Esc key: a key press arrives whole, ncurses having already
/// waited `ESCDELAY` for the rest of a sequence.
struct InputDecoder {
    /// After an `Esc`: the characters of the sequence read so far (empty right after the `Esc`).
    private var sequence: [UInt32]?
    /// The text of a paste whose end marker has not come yet.
    private var paste: String?
    private var pasteEndedInReturn = false
    /// The last left press and when (ms), to tell a double-click.
    private var lastPress: (x: Int, y: Int, at: Int64)?
    /// Two presses on one cell within this many milliseconds are a double-click.
    static let doubleClickMilliseconds: Int64 = 400

    /// The longest escape sequence kept; anything longer is noise and is dropped.
    private static let maxSequence = 32

    /// `now` (milliseconds, any origin) tells double-clicks; without it no press is a double.
    mutating func decode(_ inputs: [RawInput], size: Size, now: Int64? = nil) -> [TerminalEvent] {
        self.now = now
        return decodeInputs(inputs, size: size)
    }

    private var now: Int64?

    private mutating func decodeInputs(_ inputs: [RawInput], size: Size) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        for input in inputs {
            switch input {
            case .scalar(let c): scalar(c, into: &events)
            case .key(let key): finishEscape(into: &events); token(.key(key), into: &events)
            case .resize: finishEscape(into: &events); token(.resize, into: &events)
            case .pasteStart: finishEscape(into: &events); token(.pasteStart, into: &events)
            case .pasteEnd: finishEscape(into: &events); token(.pasteEnd, into: &events)
            }
        }
        if sequence == [] { finishEscape(into: &events) }  // a lone Esc at the end is the Esc key
        return events.reduce(into: []) { result, event in
            // Several SIGWINCHs in one read mean one new size.
            if case .resize = event, case .resize = result.last { result[result.count - 1] = .resize(size); return }
            if case .resize = event { result.append(.resize(size)); return }
            result.append(event)
        }
    }

    // MARK: - Escape sequences

    private mutating func scalar(_ c: UInt32, into events: inout [TerminalEvent]) {
        guard var seq = sequence else {
            if c == 27 { sequence = [] } else { token(.text(c), into: &events) }
            return
        }
        if seq.isEmpty {
            if c == UInt32(UInt8(ascii: "[")) || c == UInt32(UInt8(ascii: "O")) { sequence = [c]; return }
            if paste == nil, let key = Self.altKey(c) {
                sequence = nil
                token(.key(key), into: &events)
                return
            }
            finishEscape(into: &events)  // Esc, then a key of its own
            scalar(c, into: &events)
            return
        }
        seq.append(c)
        let isCSI = seq[0] == UInt32(UInt8(ascii: "["))
        if isCSI, (0x20...0x3F).contains(c), seq.count < Self.maxSequence {
            sequence = seq  // parameters and intermediates: the sequence goes on
            return
        }
        sequence = nil
        if (0x40...0x7E).contains(c), let tokenFound = Self.meaning(of: seq) {
            token(tokenFound, into: &events)
        } else if !(0x40...0x7E).contains(c) {
            scalar(c, into: &events)  // not a sequence after all: drop what came before, keep this one
        }
    }

    /// The Alt keys read from `Esc` and a character in one read: only those the line editor
    /// uses (`M-b`, `M-f` word jumps, `M-d` kill word).
    ///
    /// Any other character after `Esc` stays `Esc` and that key, as before: someone who presses
    /// `Esc` and then `q` while the screen is busy means "cancel, then quit", and a general Alt
    /// reading would turn that into an unbound `M-q`.
    static let altCharacters: Set<UInt32> = Set("bfd".unicodeScalars.map(\.value))

    private static func altKey(_ c: UInt32) -> Key? {
        guard altCharacters.contains(c), let scalar = Unicode.Scalar(c) else { return nil }
        return .alt(Character(scalar))
    }

    /// Ends a pending `Esc` with nothing after it as the Esc key.
    private mutating func finishEscape(into events: inout [TerminalEvent]) {
        if sequence == [] { token(.escape, into: &events) }
        sequence = nil
    }

    private enum Token { case text(UInt32), key(Key), escape, resize, pasteStart, pasteEnd, mouse(MouseEvent) }

    /// What a complete sequence after `Esc` means: the paste markers, and the keys a terminal
    /// sends when its description does not match it (`TERM` set wrongly); other sequences mean nothing.
    private static func meaning(of seq: [UInt32]) -> Token? {
        let text = String(String.UnicodeScalarView(seq.compactMap(Unicode.Scalar.init)))
        switch text {
        case "[200~": return .pasteStart
        case "[201~": return .pasteEnd
        default: break
        }
        if let mouse = MouseEvent(sgr: text) { return .mouse(mouse) }
        guard let final = text.last else { return nil }
        if text == "Od" { return .key(.ctrlLeft) }  // rxvt's Ctrl-arrows
        if text == "Oc" { return .key(.ctrlRight) }
        let parameters = text.dropFirst().dropLast().split(separator: ";")
        if final == "~" {
            guard let code = parameters.first.flatMap({ Int($0) }) else { return nil }
            let keys: [Int: Key] = [1: .home, 7: .home, 4: .end, 8: .end, 3: .delete, 5: .pageUp, 6: .pageDown,
                                    11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4),
                                    15: .function(5), 17: .function(6), 18: .function(7), 19: .function(8),
                                    20: .function(9), 21: .function(10), 23: .function(11), 24: .function(12)]
            return keys[code].map { .key($0) }
        }
        // Cursor keys, with or without modifiers (`ESC [ 1 ; 5 A` is Ctrl-Up, read as Up), except
        // Ctrl-Left and Ctrl-Right (`ESC [ 1 ; 5 D`), the word jumps of the line editor.
        if isCtrl(parameters.dropFirst().first), let key = [Character("D"): Key.ctrlLeft, "C": .ctrlRight][final] {
            return .key(key)
        }
        let keys: [Character: Key] = ["A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
                                      "Z": .backTab, "P": .function(1), "Q": .function(2), "R": .function(3),
                                      "S": .function(4)]
        return keys[final].map { .key($0) }
    }

    /// Whether an xterm modifier parameter (1 + Shift 1, Alt 2, Ctrl 4, Meta 8) includes Ctrl.
    private static func isCtrl(_ parameter: Substring?) -> Bool {
        guard let parameter, let value = Int(parameter), value >= 1 else { return false }
        return (value - 1) & 4 != 0
    }

    // MARK: - Tokens to events

    private mutating func token(_ token: Token, into events: inout [TerminalEvent]) {
        if paste != nil {
            pasted(token, into: &events)
            return
        }
        switch token {
        case .text(let c): if let key = Self.key(forCharacter: c) { events.append(.key(key)) }
        case .key(let key): events.append(.key(key))
        case .escape: events.append(.key(.escape))
        case .resize: events.append(.resize(Size(columns: 0, rows: 0)))  // the size is filled in by decode
        case .pasteStart: paste = ""; pasteEndedInReturn = false
        case .pasteEnd: break
        case .mouse(var event):
            if event.kind == .press(.left) {
                if let now, let last = lastPress, last.x == event.x, last.y == event.y,
                   now - last.at <= Self.doubleClickMilliseconds {
                    event.clicks = 2
                    lastPress = nil  // a third press starts over
                } else {
                    lastPress = now.map { (event.x, event.y, $0) }
                }
            }
            events.append(.mouse(event))
        }
    }

    /// Inside a paste, text is kept as text: line ends become "\n" and keys never run.
    private mutating func pasted(_ token: Token, into events: inout [TerminalEvent]) {
        var text: String?
        switch token {
        case .text(13): text = "\n"
        case .text(10): text = pasteEndedInReturn ? "" : "\n"  // CR LF is one line end
        case .text(9): text = "\t"
        case .text(let c) where c >= 32 && !(0x7F...0x9F).contains(c): text = Unicode.Scalar(c).map { String($0) }
        case .key(.enter): text = "\n"
        case .key(.tab): text = "\t"
        case .resize: events.append(.resize(Size(columns: 0, rows: 0)))
        case .pasteEnd:
            if let paste, !paste.isEmpty { events.append(.paste(paste)) }
            paste = nil
            return
        default: break
        }
        if let text {
            paste! += text
            if case .text(13) = token { pasteEndedInReturn = true } else { pasteEndedInReturn = false }
        }
    }

    /// The key a typed character stands for; nil for characters that are no key (C1 controls).
    static func key(forCharacter c: UInt32) -> Key? {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0..<32: return .ctrl(Character(Unicode.Scalar(UInt8(0x40 + c))).lowercased().first!)
        case 0x80...0x9F: return nil
        default: return Unicode.Scalar(c).map { .char(Character($0)) }
        }
    }
}
