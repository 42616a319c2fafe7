import Glibc

/// How many colours the terminal can show, which decides how a theme's colours are drawn.
///
/// terminfo's `colors` says what ncurses can send. `COLORTERM=truecolor|24bit` says the
/// terminal itself takes 24-bit colour, but ncurses can only send it through a direct-colour
/// terminfo entry (`xterm-direct`): so with COLORTERM set, the terminal is opened with the
/// direct variant of $TERM's entry when one is installed (`directEntry`), and 24-bit colours
/// are otherwise mapped to the 256. `NO_COLOR` (set and not empty) always wins.
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

    /// The direct-colour terminfo entry to open the terminal with instead of $TERM's, or nil:
    /// only when `COLORTERM` says the terminal takes 24-bit colour, $TERM's entry (`colors`)
    /// cannot send it, and a variant is installed (`colorsOf` gives an entry's `colors`, -1
    /// when it is not installed): `xterm-256color` → `xterm-direct`, `tmux-256color` →
    /// `tmux-direct`, else `TERM-direct`.
    static func directEntry(term: String, colors: Int, environment: [String: String],
                            colorsOf: (String) -> Int) -> String? {
        guard (environment["NO_COLOR"] ?? "").isEmpty, colors < 1 << 24, !term.isEmpty,
              ["truecolor", "24bit"].contains((environment["COLORTERM"] ?? "").lowercased())
        else { return nil }
        let base = term.hasSuffix("-256color") ? String(term.dropLast("-256color".count)) : term
        return [base + "-direct", term + "-direct"].first { colorsOf($0) >= 1 << 24 }
    }

    /// This process's `COLORTERM` and `NO_COLOR`, the variables the depth reads.
    static var colorEnvironment: [String: String] {
        var result: [String: String] = [:]
        for name in ["COLORTERM", "NO_COLOR"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    /// `NO_COLOR` is set in this process's environment: the terminal gets no colour at all.
    static var noColorRequested: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
