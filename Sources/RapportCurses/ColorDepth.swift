import Glibc

/// How many colours the terminal can show, which decides how a theme's colours are drawn.
///
/// terminfo's `colors` says what ncurses can send. `COLORTERM=truecolor|24bit` says the
/// terminal itself takes 24-bit colour, but ncurses can only send it through a direct-colour
/// terminfo entry (`TERM=xterm-direct`), so it does not raise the depth: with any other entry
/// 24-bit colours are mapped to the 256. `NO_COLOR` (set and not empty) always wins.
enum ColorDepth: Int, Sendable {
    case none = 0, eight = 8, sixteen = 16, indexed256 = 256, direct = 16_777_216

    static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
        if !(environment["NO_COLOR"] ?? "").isEmpty { return .none }
        // A direct-colour entry sends RGB with COLORTERM unset too: the entry was chosen for it.
        if colors >= 1 << 24 { return .direct }
        if colors >= 256 { return .indexed256 }
        if colors >= 16 { return .sixteen }
        if colors >= 8 { return .eight }
        return .none
    }

    /// `NO_COLOR` is set in this process's environment: the terminal gets no colour at all.
    static var noColorRequested: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
