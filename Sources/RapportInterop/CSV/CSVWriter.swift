import Foundation

/// Writes RFC 4180 CSV: CRLF after every record, a field quoted only when it has to be.
///
/// A field is quoted when it holds the separator, a quote, a line break, or starts or ends with
/// whitespace (which some readers trim from unquoted fields). The BOM is off by default: most
/// tools read UTF-8 without one, but Excel on Windows needs it to show accents, so it is a choice.
public struct CSVWriter: Sendable {
    public var separator: Character
    public var includesBOM: Bool

    public init(separator: Character = ",", includesBOM: Bool = false) {
        precondition(separator.isASCII && separator != "\"" && !separator.isNewline,
                     "a CSV separator is one ASCII character other than a quote or a line break")
        self.separator = separator
        self.includesBOM = includesBOM
    }

    /// The whole file as text, each record ended by CRLF.
    public func write(_ records: [[String]]) -> String {
        var out = includesBOM ? "\u{FEFF}" : ""
        for record in records {
            // An empty line would be read as a blank line and skipped, so a lone empty field is quoted.
            out += record.count <= 1 && record.first?.isEmpty != false
                ? "\"\""
                : record.map(field).joined(separator: String(separator))
            out += "\r\n"
        }
        return out
    }

    /// `write(_:)` as UTF-8 bytes.
    public func data(_ records: [[String]]) -> Data {
        Data(write(records).utf8)
    }

    /// One field as it appears in the file: as is, or quoted with its quotes doubled.
    public func field(_ value: String) -> String {
        guard needsQuotes(value) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func needsQuotes(_ value: String) -> Bool {
        if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
           first.properties.isWhitespace || last.properties.isWhitespace {
            return true
        }
        let separator = separator.unicodeScalars.first!
        return value.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
    }
}
