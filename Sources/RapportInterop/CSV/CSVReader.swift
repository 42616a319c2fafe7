import Foundation

/// Reads RFC 4180 CSV, as spreadsheet programs and punch-list services export it, into records.
///
/// Lenient where real files differ harmlessly (a UTF-8 BOM; CRLF, LF or lone CR line endings;
/// blank lines; no newline at the end), strict where guessing would change what a cell says:
/// a stray quote, text after a closing quote, bytes that are not UTF-8. Every failure is a
/// `CSVError` naming the physical line. The whole input is read in one pass after a validation
/// pass, so hostile input costs time proportional to its size and cannot make the reader loop.
public struct CSVReader: Sendable {
    /// What separates fields; a comma unless a file says otherwise (European Excel writes `;`).
    public let separator: Character

    public init(separator: Character = ",") {
        precondition(separator.isASCII && separator != "\"" && !separator.isNewline,
                     "a CSV separator is one ASCII character other than a quote or a line break")
        self.separator = separator
    }

    // MARK: - Reading

    /// Every record of `data`, blank lines skipped.
    public func records(_ data: Data) throws(CSVError) -> [CSVRecord] {
        var parser = try Parser(bytes: [UInt8](data), separator: separator.asciiValue!)
        return try parser.readAll()
    }

    public func records(_ text: String) throws(CSVError) -> [CSVRecord] {
        try records(Data(text.utf8))
    }

    /// The header and the rows after it; a row with more fields than the header is an error.
    public func table(_ data: Data) throws(CSVError) -> CSVTable {
        let all = try records(data)
        guard let header = all.first else { throw .emptyFile }
        let rows = all.dropFirst()
        if let wide = rows.first(where: { $0.fields.count > header.fields.count }) {
            throw .tooManyFields(line: wide.line, count: wide.fields.count, headerCount: header.fields.count)
        }
        return CSVTable(header: header, rows: Array(rows))
    }

    public func table(_ text: String) throws(CSVError) -> CSVTable {
        try table(Data(text.utf8))
    }
}

// MARK: - Parser

private let quote = UInt8(ascii: "\"")
private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")

/// The state of one read: the bytes, where the text starts after any BOM, and the current line.
private struct Parser {
    let bytes: [UInt8]
    let separator: UInt8
    /// Where the text starts: after the UTF-8 BOM, if any.
    let start: Int
    var index: Int
    var line = 1

    init(bytes: [UInt8], separator: UInt8) throws(CSVError) {
        self.bytes = bytes
        self.separator = separator
        if bytes.starts(with: [0xFF, 0xFE]) { throw .unsupportedEncoding(name: "UTF-16 (little-endian)") }
        if bytes.starts(with: [0xFE, 0xFF]) { throw .unsupportedEncoding(name: "UTF-16 (big-endian)") }
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        index = start
        try validate()
    }

    /// Checks the whole text is UTF-8 without NUL bytes, so fields can be decoded without loss.
    private func validate() throws(CSVError) {
        if let (offset, byte) = Self.firstInvalidUTF8(in: bytes, from: start) {
            let (line, column) = location(of: offset)
            throw byte == 0
                ? .nulByte(line: line, column: column)
                : .invalidUTF8(line: line, column: column, offset: offset, byte: byte)
        }
    }

    mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while index < bytes.count {
            if bytes[index] == cr || bytes[index] == lf {
                consumeLineBreak()  // a blank line
                continue
            }
            records.append(try readRecord())
        }
        return records
    }

    /// Reads fields until a line break outside quotes, or the end of the input.
    private mutating func readRecord() throws(CSVError) -> CSVRecord {
        let recordLine = line
        var fields: [String] = []
        while true {
            let atQuote = index < bytes.count && bytes[index] == quote
            fields.append(atQuote ? try readQuotedField() : try readUnquotedField())
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == separator {
                index += 1
                continue  // also at the end of the input: "a,b," has a third, empty field
            }
            // Both field readers stop only at a separator, a line break or the end.
            consumeLineBreak()
            break
        }
        return CSVRecord(line: recordLine, fields: fields)
    }

    private mutating func readUnquotedField() throws(CSVError) -> String {
        let fieldStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == separator || byte == cr || byte == lf { break }
            if byte == quote {
                let (line, column) = location(of: index)
                throw .quoteInUnquotedField(line: line, column: column)
            }
            index += 1
        }
        return String(decoding: bytes[fieldStart..<index], as: UTF8.self)
    }

    /// Reads from the opening quote through the closing one; `""` inside is one quote.
    private mutating func readQuotedField() throws(CSVError) -> String {
        let openedOn = line
        index += 1
        var value: [UInt8] = []
        while true {
            guard index < bytes.count else {
                throw .unterminatedQuote(line: location(of: max(start, bytes.count - 1)).line, openedOn: openedOn)
            }
            let byte = bytes[index]
            if byte == quote {
                if index + 1 < bytes.count && bytes[index + 1] == quote {
                    value.append(quote)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if byte == lf || (byte == cr && !(index + 1 < bytes.count && bytes[index + 1] == lf)) {
                line += 1
            }
            value.append(byte)
            index += 1
        }
        if index < bytes.count {
            let next = bytes[index]
            if next != separator && next != cr && next != lf {
                let (line, column) = location(of: index)
                throw .textAfterClosingQuote(line: line, column: column, found: scalar(at: index))
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// Steps over one CRLF, LF or lone CR.
    private mutating func consumeLineBreak() {
        if bytes[index] == cr && index + 1 < bytes.count && bytes[index + 1] == lf { index += 1 }
        index += 1
        line += 1
    }

    // MARK: - Positions for messages

    /// The 1-based line and character column of byte `offset`; only computed for an error.
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = start
        var i = start
        while i < offset {
            let byte = bytes[i]
            if byte == lf || (byte == cr && !(i + 1 < bytes.count && bytes[i + 1] == lf)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let before = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
        return (line, before.count + 1)
    }

    /// The character starting at byte `offset`, for a message.
    private func scalar(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    // MARK: - Validation

    /// The offset and value of the first byte that is NUL or breaks UTF-8 (RFC 3629), if any.
    static func firstInvalidUTF8(in bytes: [UInt8], from start: Int) -> (Int, UInt8)? {
        var i = start
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead == 0 { return (i, 0) }
            if lead < 0x80 { i += 1; continue }
            // The allowed range of the second byte excludes overlong forms, surrogates and > U+10FFFF.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return (i, lead)
            }
            for k in 1..<length {
                guard i + k < n else { return (i, lead) }
                let byte = bytes[i + k]
                guard (k == 1 ? second : 0x80...0xBF).contains(byte) else { return (i, lead) }
            }
            i += length
        }
        return nil
    }
}
