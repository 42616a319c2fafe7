extension TerminalSafe {
    /// JSON text with every character `text(_:)` would replace written as a `\uXXXX` escape.
    ///
    /// The data stays exact for a program that parses it, while a person reading it in a
    /// terminal sees the escape instead of a bidi override or a C1 control taking effect.
    /// Only valid where such characters can occur inside strings, as in `JSONEncoder` output.
    public static func json(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        var previous: Unicode.Scalar?
        for scalar in json.unicodeScalars {
            if placeholder(for: scalar, after: previous, keepsLayout: true) != nil {
                for unit in String(scalar).utf16 { out += "\\u" + hex4(unit) }
                previous = nil
                continue
            } else {
                out.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return out
    }

    private static func hex4(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - hex.count) + hex
    }
}
