/// Why a punch-list file (CSV or .xlsx) was refused; each message starts with the file, then the line and field.
///
/// An import is all or nothing, so the first problem stops it and says exactly where it is.
public enum PunchImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not CSV that can be read (quoting, encoding, a row wider than the header).
    case unreadable(file: String, CSVError)
    /// The header names no column that could be the title.
    case noTitleColumn(file: String, headers: [String])
    /// Two headers mean the same field, so which one to take would be a guess.
    case duplicateColumn(file: String, field: String, first: String, second: String)
    /// A `--map` names a column the file does not have, or a field Rapport does not have.
    case badMapping(file: String, reason: String)
    /// The workbook has no such sheet, or is not a workbook that can be read.
    case unreadableWorkbook(file: String, reason: String)
    /// One cell is not a value its field can take.
    case badCell(file: String, line: Int, field: String, reason: String)

    /// The line the problem is on: the cell's, 1 for the header, nil for the whole file.
    public var line: Int? {
        switch self {
        case .unreadable(_, let error): return error.line
        case .noTitleColumn, .duplicateColumn: return 1
        case .badMapping, .unreadableWorkbook: return nil
        case .badCell(_, let line, _, _): return line
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let error):
            return error.line == nil ? "\(file): \(error)" : "\(file), \(error)"
        case .noTitleColumn(let file, let headers):
            let names = PunchColumn.title.names.prefix(5).joined(separator: ", ")
            let found = headers.filter { !$0.isEmpty }.joined(separator: ", ")
            return "\(file), line 1: no title column (one of \(names)); the header has: \(found.isEmpty ? "nothing" : found)"
        case .duplicateColumn(let file, let field, let first, let second):
            return "\(file), line 1: columns '\(first)' and '\(second)' both mean \(field); "
                + "rename or remove one, or choose with --map \"\(second)=ignore\""
        case .badMapping(let file, let reason):
            return "\(file): \(reason)"
        case .unreadableWorkbook(let file, let reason):
            return "\(file): \(reason)"
        case .badCell(let file, let line, let field, let reason):
            return "\(file), line \(line), field \(field): \(reason)"
        }
    }
}
