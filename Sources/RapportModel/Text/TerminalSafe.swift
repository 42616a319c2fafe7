/// The one sanitiser for text that reaches a terminal: every character that could drive the
/// terminal or deceive the reader becomes a visible, harmless placeholder.
///
/// Data from a CSV, an e-mail or a colleague may hold escape sequences (OSC 52 writes the
/// clipboard, OSC 0 the window title, `ESC[2J` clears the screen), backspaces and carriage
/// returns that overwrite what was printed, and bidi overrides that show `exe.txt` as `txt.exe`.
/// The TUI's canvas, every CLI table, report and echo, and every error message pass through here.
///
/// - C0 controls and DEL show as their Control Pictures (`␛`, `␈`, `␡`), one column each.
/// - C1 controls, bidi overrides, embeddings, isolates and marks, line and paragraph separators,
///   the other invisible format characters, and the blank Hangul fillers show as `<U+202E>`.
/// - Kept: the zero-width joiner and non-joiner (emoji ZWJ sequences, Persian and Indic text),
///   variation selectors and combining marks (part of the character they follow), and tag
///   characters right after a black flag (subdivision flags such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿).
public enum TerminalSafe {
    /// One line: line breaks and tabs become placeholders too, so a title never splits a row.
    public static func line(_ text: some StringProtocol) -> String {
        clean(text, keepsLayout: false)
    }

    /// A multi-line document (a report, a CSV, a message): `\n`, `\r\n` and `\t` stay, all else as `line`.
    public static func text(_ text: some StringProtocol) -> String {
        clean(text, keepsLayout: true)
    }

    /// True when `text` would reach the terminal unchanged by `line(_:)`.
    public static func isSafeLine(_ text: some StringProtocol) -> Bool {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if placeholder(for: scalar, after: previous, keepsLayout: false) != nil { return false }
            previous = scalar
        }
        return true
    }

    /// The placeholder for `scalar`, or nil when it is safe as it is.
    ///
    /// `previous` is the scalar before it, so tag characters are kept only inside a flag.
    public static func placeholder(for scalar: Unicode.Scalar, after previous: Unicode.Scalar?,
                                   keepsLayout: Bool) -> String? {
        let v = scalar.value
        if v < 0x20 {
            if keepsLayout, v == 0x0A || v == 0x09 { return nil }
            return String(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟
        }
        if v < 0x7F { return nil }
        if v == 0x7F { return "\u{2421}" }  // ␡
        if v < 0xA0 { return code(v) }  // C1: CSI, OSC, NEL … taken as escapes by some terminals
        // Fast paths for the text screens are made of (Latin, box drawing, CJK): no format
        // characters there but the soft hyphen.
        if v < 0x600 { return v == 0xAD ? code(v) : nil }
        // Hangul fillers: letters by category, blank on screen, so a name of them looks empty.
        if v == 0x115F || v == 0x1160 || v == 0x3164 || v == 0xFFA0 { return code(v) }
        if v >= 0x2070, v < 0xD800 { return nil }
        if v == 0x200C || v == 0x200D { return nil }
        if (0xE0020...0xE007F).contains(v) {
            // Tags spell a subdivision flag after U+1F3F4; anywhere else they hide ASCII text.
            let inFlag = previous.map { $0.value == 0x1F3F4 || (0xE0020...0xE007E).contains($0.value) } ?? false
            return inFlag ? nil : code(v)
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate: return code(v)
        default: return nil
        }
    }

    /// Printable ASCII only, with `keepsLayout` also `\n`, `\t` and CR LF (a CSV's line ends,
    /// which would otherwise send every record the slow way): nothing to replace.
    private static func isPlain(_ bytes: some Sequence<UInt8>, keepsLayout: Bool) -> Bool {
        var afterCR = false
        for byte in bytes {
            if afterCR {
                guard byte == 0x0A else { return false }
                afterCR = false
            } else if byte >= 0x20 && byte < 0x7F {
                continue
            } else if keepsLayout && (byte == 0x0A || byte == 0x09) {
                continue
            } else if keepsLayout && byte == 0x0D {
                afterCR = true
            } else {
                return false
            }
        }
        return !afterCR
    }

    private static func clean(_ text: some StringProtocol, keepsLayout: Bool) -> String {
        // Nearly all text is clean: one scan without building a copy.
        if isPlain(text.utf8, keepsLayout: keepsLayout) { return String(text) }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        let scalars = text.unicodeScalars
        for index in scalars.indices {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            // CR LF ends a line (CSV records); only a lone CR returns over what was printed.
            if keepsLayout, scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                out.append(scalar)
            } else if let shown = placeholder(for: scalar, after: previous, keepsLayout: keepsLayout) {
                out.append(contentsOf: shown.unicodeScalars)
                previous = nil  // a replaced tag ends any flag it seemed to continue
                continue
            } else {
                out.append(scalar)
            }
            previous = scalar
        }
        return String(out)
    }

    private static func code(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
