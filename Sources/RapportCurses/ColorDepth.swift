import Glibc

/// How many colours the terminal can show, which decides how a theme's colours are drawn.
///
/// terminfo's `colors` says what ncurses can send; `COLORTERM=truecolor|24bit` says the
/// terminal itself takes 24-bit colour, which ncurses can only send through a direct-colour
/// terminfo entry (`TERM=xterm-direct`), so with any other entry it is mapped to the 256.
/// `NO_COLOR` (set and not empty, as no-color.org asks) always wins.
enum ColorDepth: Int, Comparable, Sendable, CustomStringConvertible {
    case none = 0, eight = 8, sixteen = 16, indexed256 = 256, direct = 16_777_216

    static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
        if !(environment["NO_COLOR"] ?? "").isEmpty { return .none }
        // A direct-colour entry with COLORTERM unset still sends RGB: the entry was chosen for it.
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

    /// Whether the terminal says it takes 24-bit colour, whatever terminfo says.
    static func advertisesTrueColor(_ environment: [String: String]) -> Bool {
        ["truecolor", "24bit"].contains(environment["COLORTERM"]?.lowercased() ?? "")
    }

    static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    var description: String {
        switch self {
        case .none: return "no colour"
        case .eight: return "8 colours"
        case .sixteen: return "16 colours"
        case .indexed256: return "256 colours"
        case .direct: return "24-bit colour"
        }
    }
}
