/// Why a customers, contacts or projects file was refused: the file, then the line and field.
public enum RecordImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, CSVError)
    /// The header has no column for a field the rows cannot do without.
    case missingColumn(file: String, field: String, names: [String], headers: [String])
    case duplicateColumn(file: String, field: String, first: String, second: String)
    case badMapping(file: String, reason: String)
    case badCell(file: String, line: Int, field: String, reason: String)

    public var line: Int? {
        switch self {
        case .unreadable(_, let error): return error.line
        case .missingColumn, .duplicateColumn: return 1
        case .badMapping: return nil
        case .badCell(_, let line, _, _): return line
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let error):
            return error.line == nil ? "\(file): \(error)" : "\(file), \(error)"
        case .missingColumn(let file, let field, let names, let headers):
            let found = headers.filter { !$0.isEmpty }.joined(separator: ", ")
            return "\(file), line 1: no \(field) column (one of \(names.prefix(5).joined(separator: ", "))); "
                + "the header has: \(found.isEmpty ? "nothing" : found); name one with --map \"Column=\(field)\""
        case .duplicateColumn(let file, let field, let first, let second):
            return "\(file), line 1: columns '\(first)' and '\(second)' both mean \(field); "
                + "choose with --map \"\(second)=ignore\""
        case .badMapping(let file, let reason):
            return "\(file): \(reason)"
        case .badCell(let file, let line, let field, let reason):
            return "\(file), line \(line), field \(field): \(reason)"
        }
    }
}
