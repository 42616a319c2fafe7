/// One unfolded iCalendar content line: `NAME;PARAM=VALUE,VALUE:value` (RFC 5545 3.1).
struct ContentLine: Equatable {
    /// Upper-cased, as names are case-insensitive.
    var name: String
    /// Parameters in order, names upper-cased, values unquoted (RFC 6868 `^` escapes decoded).
    var parameters: [(name: String, values: [String])]
    var value: String
    /// The physical line it began on.
    var line: Int

    init(name: String, parameters: [(name: String, values: [String])] = [], value: String, line: Int = 0) {
        self.name = name
        self.parameters = parameters
        self.value = value
        self.line = line
    }

    static func == (a: ContentLine, b: ContentLine) -> Bool {
        a.name == b.name && a.value == b.value && a.line == b.line
            && a.parameters.map(\.name) == b.parameters.map(\.name) && a.parameters.map(\.values) == b.parameters.map(\.values)
    }

    /// The first value of the parameter `name`, if present.
    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.values.first
    }

    // MARK: - Reading

    /// Parses one logical line; throws with its line number when it is not `name[;params]:value`.
    init(parsing text: Substring, line: Int) throws(ICalendarError) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-"
        }
        while i < scalars.count, isNameScalar(scalars[i]) { i += 1 }
        guard i > 0 else { throw ICalendarError(line: line, reason: "a content line must start with a property name") }
        let name = String(String.UnicodeScalarView(scalars[0..<i])).uppercased()
        var parameters: [(name: String, values: [String])] = []
        while i < scalars.count, scalars[i] == ";" {
            i += 1
            let start = i
            while i < scalars.count, isNameScalar(scalars[i]) { i += 1 }
            guard i > start, i < scalars.count, scalars[i] == "=" else {
                throw ICalendarError(line: line, reason: "\(name): a parameter must be NAME=VALUE")
            }
            let paramName = String(String.UnicodeScalarView(scalars[start..<i])).uppercased()
            i += 1
            var values: [String] = []
            while true {
                var value = String.UnicodeScalarView()
                if i < scalars.count, scalars[i] == "\"" {
                    i += 1
                    while i < scalars.count, scalars[i] != "\"" { value.append(scalars[i]); i += 1 }
                    guard i < scalars.count else {
                        throw ICalendarError(line: line, reason: "\(name): the quoted value of \(paramName) is not closed")
                    }
                    i += 1
                } else {
                    while i < scalars.count, !";:,".unicodeScalars.contains(scalars[i]) {
                        guard scalars[i] != "\"" else {
                            throw ICalendarError(line: line, reason: "\(name): a quote inside the value of \(paramName)")
                        }
                        value.append(scalars[i]); i += 1
                    }
                }
                values.append(Self.caretDecoded(String(value)))
                guard i < scalars.count, scalars[i] == "," else { break }
                i += 1
            }
            parameters.append((paramName, values))
        }
        guard i < scalars.count, scalars[i] == ":" else {
            throw ICalendarError(line: line, reason: "\(name): no ':' before the value")
        }
        self.init(name: name, parameters: parameters,
                  value: String(String.UnicodeScalarView(scalars[(i + 1)...])), line: line)
    }

    /// RFC 6868: `^n` newline, `^'` double quote, `^^` caret.
    static func caretDecoded(_ text: String) -> String {
        guard text.contains("^") else { return text }
        var out = "", caret = false
        for c in text {
            if caret {
                switch c {
                case "n": out.append("\n")
                case "'": out.append("\"")
                case "^": out.append("^")
                default: out.append("^"); out.append(c)
                }
                caret = false
            } else if c == "^" {
                caret = true
            } else {
                out.append(c)
            }
        }
        if caret { out.append("^") }
        return out
    }

    // MARK: - Writing

    /// The line as text, before folding; parameter values quoted when they must be.
    var text: String {
        var out = name
        for (paramName, values) in parameters {
            out += ";" + paramName + "=" + values.map(Self.quotedIfNeeded).joined(separator: ",")
        }
        return out + ":" + value
    }

    static func quotedIfNeeded(_ value: String) -> String {
        var encoded = ""
        for c in value {
            switch c {
            case "^": encoded += "^^"
            case "\"": encoded += "^'"
            case "\n": encoded += "^n"
            case "\r": continue
            default: encoded.append(c)
            }
        }
        return encoded.contains(where: { ";:,".contains($0) }) ? "\"" + encoded + "\"" : encoded
    }
}

/// TEXT values (RFC 5545 3.3.11): `\\`, `\;`, `\,` and `\n` escaped.
enum ICalendarText {
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescaped(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var out = "", escape = false
        for c in text {
            if escape {
                switch c {
                case "n", "N": out.append("\n")
                default: out.append(c)  // \\ \; \, and, leniently, any other character as itself
                }
                escape = false
            } else if c == "\\" {
                escape = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A TEXT list split at unescaped commas, each unescaped.
    static func list(_ text: String) -> [String] {
        var parts: [String] = [], current = Substring(), escape = false
        var start = text.startIndex
        for i in text.indices {
            if escape { escape = false; continue }
            if text[i] == "\\" { escape = true } else if text[i] == "," {
                current = text[start..<i]
                parts.append(unescaped(current))
                start = text.index(after: i)
            }
        }
        parts.append(unescaped(text[start...]))
        return parts
    }
}
