import RapportModel

/// Writes a JSON array of flat objects one object at a time, byte for byte as `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` followed by `TerminalSafe.json` did
/// (the listings' format), without holding the array.
///
/// Strings are escaped as JSON requires (`"`, `\`, control characters) and, as
/// `TerminalSafe.json` does, every character a terminal would act on or that would mislead a
/// reader as `\uXXXX`, so the data stay exact for a parser and harmless on a screen.
struct JSONArrayWriter {
    enum Value {
        case string(String)
        case int(Int)
        case bool(Bool)
    }

    private let out: ListingOutput
    private var count = 0

    init(_ out: ListingOutput) {
        self.out = out
        out.write("[")
    }

    /// One object; `fields` must come in sorted key order, and a nil value is left out (as
    /// `Encodable`'s `encodeIfPresent` leaves it).
    mutating func object(_ fields: KeyValuePairs<String, Value?>) {
        out.write(count == 0 ? "\n  {" : ",\n  {")
        count += 1
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            out.write(first ? "\n    " : ",\n    ")
            first = false
            Self.string(key, to: out)
            out.write(" : ")
            switch value {
            case .string(let text): Self.string(text, to: out)
            case .int(let number): out.write(String(number))
            case .bool(let flag): out.write(flag ? "true" : "false")
            }
        }
        out.write(first ? "\n\n  }" : "\n  }")
    }

    /// Closes the array (`JSONEncoder` writes an empty one as `[` two newlines `]`).
    func end() {
        out.write(count == 0 ? "\n\n]" : "\n]")
    }

    static func string(_ text: String, to out: ListingOutput) {
        out.write(byte: UInt8(ascii: "\""))
        // Nearly every string is plain ASCII with nothing to escape: copied as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            out.write(text)
        } else {
            var previous: Unicode.Scalar?
            var escaped = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case "\u{08}": escaped += "\\b"
                case "\u{0C}": escaped += "\\f"
                default:
                    if scalar.value < 0x20 {
                        escaped += "\\u00" + hex(UInt16(scalar.value), digits: 2, uppercase: false)
                    } else if TerminalSafe.placeholder(for: scalar, after: previous, keepsLayout: true) != nil {
                        for unit in String(scalar).utf16 { escaped += "\\u" + hex(unit, digits: 4, uppercase: true) }
                        previous = nil
                        continue
                    } else {
                        escaped.unicodeScalars.append(scalar)
                    }
                }
                previous = scalar
            }
            out.write(escaped)
        }
        out.write(byte: UInt8(ascii: "\""))
    }

    private static func hex(_ value: UInt16, digits: Int, uppercase: Bool) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
