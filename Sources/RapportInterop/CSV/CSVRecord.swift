/// One CSV record: its fields, and the physical line it starts on (a quoted field may span lines).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or "" when the record is shorter (trailing empty cells are often left off).
    public subscript(field index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }
}

/// A CSV file whose first record names the columns.
public struct CSVTable: Hashable, Sendable {
    public var header: CSVRecord
    /// Every record after the header; none is wider than the header.
    public var rows: [CSVRecord]

    public init(header: CSVRecord, rows: [CSVRecord]) {
        self.header = header
        self.rows = rows
    }
}
