/// Why a CSV file could not be read, with the physical line (and column where it helps) to look at.
///
/// Lines and columns count from 1, as editors show them; a column counts characters, not bytes.
/// Byte offsets count from 0, as hex editors show them.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file starts with a byte order mark of another encoding (Excel's "Unicode text" is UTF-16).
    case unsupportedEncoding(name: String)
    case invalidUTF8(line: Int, column: Int, offset: Int, byte: UInt8)
    case nulByte(line: Int, column: Int)
    /// `line` is the last line of the file, where the reader ran out while still inside the quotes.
    case unterminatedQuote(line: Int, openedOn: Int)
    case quoteInUnquotedField(line: Int, column: Int)
    case textAfterClosingQuote(line: Int, column: Int, found: String)
    case tooManyFields(line: Int, count: Int, headerCount: Int)
    /// Only when a header is expected: the file has no record at all.
    case emptyFile

    /// The physical line the error is on, if there is one.
    public var line: Int? {
        switch self {
        case .unsupportedEncoding: return 1
        case .invalidUTF8(let line, _, _, _), .nulByte(let line, _), .unterminatedQuote(let line, _),
             .quoteInUnquotedField(let line, _), .textAfterClosingQuote(let line, _, _),
             .tooManyFields(let line, _, _):
            return line
        case .emptyFile: return nil
        }
    }

    public var description: String {
        let saveAsUTF8 = "save it as \"CSV UTF-8\""
        switch self {
        case .unsupportedEncoding(let name):
            return "line 1: the file is \(name), not UTF-8; \(saveAsUTF8)"
        case .invalidUTF8(let line, let column, let offset, let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "line \(line), column \(column): invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) "
                + "at offset \(offset)); \(saveAsUTF8)"
        case .nulByte(let line, let column):
            return "line \(line), column \(column): NUL byte (a binary or UTF-16 file?); \(saveAsUTF8)"
        case .unterminatedQuote(let line, let openedOn):
            return "line \(line): unterminated quoted field (opened on line \(openedOn))"
        case .quoteInUnquotedField(let line, let column):
            return "line \(line), column \(column): quote inside an unquoted field; "
                + "a field with a quote in it must be quoted as a whole, with the quote doubled (\"5\"\" speaker\")"
        case .textAfterClosingQuote(let line, let column, let found):
            return "line \(line), column \(column): unexpected '\(found)' after a closing quote "
                + "(expected a separator or the end of the line)"
        case .tooManyFields(let line, let count, let headerCount):
            return "line \(line): \(count) fields but the header has \(headerCount); "
                + "a field with a separator in it must be quoted"
        case .emptyFile:
            return "the file is empty; expected a header row"
        }
    }
}
