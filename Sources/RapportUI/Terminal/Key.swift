/// A key press, as the terminal reports it and as keymaps and `--keys` name it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Alt (Meta) with a character, which terminals send as `Esc` before it; the line editor's
    /// word keys (`M-b`, `M-f`, `M-d`) are the reason it exists.
    case alt(Character)
    /// Ctrl with an arrow: a word left or right in the line editor, as in most GUI text fields.
    case ctrlLeft, ctrlRight

    static let named: [String: Key] = [
        "enter": .enter, "ret": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "shift-tab": .backTab,
        "backspace": .backspace, "bs": .backspace, "del": .delete, "delete": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "space": .char(" "), "spc": .char(" "),
        "c-left": .ctrlLeft, "ctrl-left": .ctrlLeft, "c-right": .ctrlRight, "ctrl-right": .ctrlRight,
    ]

    /// Parses one key name: `j`, `G`, `Enter`, `S-Tab`, `C-r` (or `Ctrl-r`), `M-b` (or `Alt-b`),
    /// `C-Left`, `F1`, `Space`.
    public init?(name: String) {
        if name.count == 1 { self = .char(name.first!); return }
        let lower = name.lowercased()
        if let key = Self.named[lower] { self = key; return }
        for prefix in ["c-", "ctrl-", "^"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            self = .ctrl(lower.last!)
            return
        }
        // Alt keeps the case of its character: terminals send `M-B` as `Esc B`, not `Esc b`.
        for prefix in ["m-", "alt-", "meta-"] where lower.hasPrefix(prefix) && name.count == prefix.count + 1 {
            self = .alt(name.last!)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// Parses a space-separated key list; a token that is no key name is typed character by character.
    public static func sequence(_ text: String) -> [Key] {
        text.split(separator: " ").flatMap { token -> [Key] in
            if let key = Key(name: String(token)) { return [key] }
            return token.map { Key.char($0) }
        }
    }

    /// The name shown in help and status hints.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "C-\(c)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .alt(let c): return "M-\(c)"
        case .ctrlLeft: return "C-←"
        case .ctrlRight: return "C-→"
        }
    }
}
