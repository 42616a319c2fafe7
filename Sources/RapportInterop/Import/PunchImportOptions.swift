/// What the user said about a file before it is read: `--map`, `--date-order`, `--keep-unknown`,
/// `--sheet`.
public struct PunchImportOptions: Hashable, Sendable {
    /// Columns whose field the user chose, by header; a nil field leaves the column out.
    public var mapping: [Mapping]
    /// How to read `03/04/2026`; nil reads it from the file's unambiguous dates, or refuses it.
    public var dateOrder: DateOrder?
    /// Keep the values of unused columns in the detail, labelled with their header.
    public var keepUnknown: Bool
    /// The worksheet of an .xlsx file; nil for the first.
    public var sheet: String?

    public struct Mapping: Hashable, Sendable {
        public var column: String
        public var field: PunchColumn?

        public init(column: String, field: PunchColumn?) {
            self.column = column
            self.field = field
        }

        /// `Column=field`, `Column=ignore`; nil with the reason when it is neither.
        public static func parse(_ text: String) -> Result<Mapping, MappingError> {
            guard let equals = text.lastIndex(of: "=") else { return .failure(MappingError(text: text)) }
            let column = text[..<equals].trimmingCharacters(in: .whitespaces)
            let name = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !column.isEmpty else { return .failure(MappingError(text: text)) }
            if ["ignore", "none", "-", ""].contains(name.lowercased()) { return .success(Mapping(column: column, field: nil)) }
            guard let field = PunchColumn(fieldName: name) else { return .failure(MappingError(text: text)) }
            return .success(Mapping(column: column, field: field))
        }
    }

    /// A `--map` that is not `Column=field`.
    public struct MappingError: Error, Hashable, Sendable, CustomStringConvertible {
        public var text: String
        public var description: String {
            "--map '\(text)': expected Column=field, the field one of "
                + PunchColumn.allCases.map(\.fieldName).joined(separator: ", ") + ", or ignore"
        }
    }

    public init(mapping: [Mapping] = [], dateOrder: DateOrder? = nil, keepUnknown: Bool = false, sheet: String? = nil) {
        self.mapping = mapping
        self.dateOrder = dateOrder
        self.keepUnknown = keepUnknown
        self.sheet = sheet
    }
}
