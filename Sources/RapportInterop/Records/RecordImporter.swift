import Foundation
import RapportModel

/// A customers, contacts or projects file read into checked rows, before anything is written.
public struct RecordImportPlan: Equatable, Sendable {
    public var file: String
    public var kind: RecordImportKind
    /// Each named column of the header and the field it fills (nil: not used).
    public var columns: [(header: String, field: RecordField?)]
    /// The rows, with their physical lines.
    public var rows: [(line: Int, row: RecordImportRow)]
    /// Every problem found, in file order; the import refuses while there is one.
    public var problems: [RecordImportError]

    public static func == (a: RecordImportPlan, b: RecordImportPlan) -> Bool {
        a.file == b.file && a.kind == b.kind && a.problems == b.problems
            && a.columns.map(\.header) == b.columns.map(\.header) && a.columns.map(\.field) == b.columns.map(\.field)
            && a.rows.map(\.line) == b.rows.map(\.line) && a.rows.map(\.row) == b.rows.map(\.row)
    }

    /// How the columns were read, for `--dry-run`.
    public var report: [String] {
        var lines = ["\(file): \(rows.count + problems.filter { $0.line ?? 0 > 1 }.count) rows of \(kind.rawValue)"]
        for column in columns {
            lines.append("  " + column.header + " → " + (column.field.map(\.rawValue) ?? "not used"))
        }
        lines += problems.prefix(10).map(\.description)
        if problems.count > 10 { lines.append("… and \(problems.count - 10) more") }
        return lines
    }
}

/// Reads CRM and spreadsheet exports of customers, contacts and projects: columns matched by
/// header name (`RecordField`), `--map` to say what a column is, every cell checked with the
/// record's own rules so the store refuses nothing a file could have said first.
public enum RecordImporter {
    public static func plan(_ data: Data, fileName: String, kind: RecordImportKind,
                            mapping: [(column: String, field: RecordField?)] = [],
                            dateOrder: DateOrder? = nil) throws(RecordImportError) -> RecordImportPlan {
        let table: CSVTable
        do { table = try CSVReader().table(data) } catch { throw .unreadable(file: fileName, error) }
        let headers = table.header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let positions = try columns(headers, kind: kind, mapping: mapping, file: fileName)
        var plan = RecordImportPlan(
            file: fileName, kind: kind,
            columns: headers.indices.filter { !headers[$0].isEmpty }.map { i in
                (headers[i], positions.first { $0.value == i }?.key)
            }, rows: [], problems: [])
        let reader = RowReader(file: fileName, headers: headers, positions: positions, dateOrder: dateOrder)
        for record in table.rows where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            do { plan.rows.append((record.line, try reader.row(record, kind: kind))) } catch { plan.problems.append(error) }
        }
        return plan
    }

    /// Which column fills each field: `--map` first, then header names; two columns for one
    /// field are refused, and so is a file without the field its rows need.
    static func columns(_ headers: [String], kind: RecordImportKind, mapping: [(column: String, field: RecordField?)],
                        file: String) throws(RecordImportError) -> [RecordField: Int] {
        var claims: [RecordField?] = headers.map { RecordField.match($0, in: kind) }
        for (column, field) in mapping {
            guard let position = headers.firstIndex(where: { PunchColumn.key($0) == PunchColumn.key(column) }) else {
                throw .badMapping(file: file, reason: "--map names '\(column)', but the header has: "
                                  + headers.filter { !$0.isEmpty }.joined(separator: ", "))
            }
            if let field, !RecordField.fields(of: kind).contains(field) {
                throw .badMapping(file: file, reason: "--map '\(column)=\(field.rawValue)': a \(kind.rawValue) file has the fields "
                                  + RecordField.fields(of: kind).map(\.rawValue).joined(separator: ", "))
            }
            claims[position] = field
        }
        var positions: [RecordField: Int] = [:]
        for (index, claim) in claims.enumerated() {
            guard let claim else { continue }
            if let first = positions[claim] {
                throw .duplicateColumn(file: file, field: claim.rawValue, first: headers[first], second: headers[index])
            }
            positions[claim] = index
        }
        let required: [RecordField] = kind == .customers ? [.customer] : kind == .contacts ? [.customer] : [.customer, .project]
        for field in required where positions[field] == nil {
            throw .missingColumn(file: file, field: field.rawValue, names: field.names(in: kind), headers: headers)
        }
        if kind == .contacts, positions[.name] == nil, positions[.firstName] == nil, positions[.lastName] == nil {
            throw .missingColumn(file: file, field: "name", names: RecordField.name.names(in: kind) + ["First Name", "Last Name"],
                                 headers: headers)
        }
        return positions
    }

    /// `Column=field` or `Column=ignore`.
    public static func mapping(_ text: String, kind: RecordImportKind) -> Result<(column: String, field: RecordField?), RecordImportError> {
        guard let equals = text.lastIndex(of: "=") else { return .failure(mappingError(text, kind)) }
        let column = text[..<equals].trimmingCharacters(in: .whitespaces)
        let name = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces).lowercased()
        guard !column.isEmpty else { return .failure(mappingError(text, kind)) }
        if ["ignore", "none", "-", ""].contains(name) { return .success((column, nil)) }
        guard let field = RecordField(rawValue: name), RecordField.fields(of: kind).contains(field) else {
            return .failure(mappingError(text, kind))
        }
        return .success((column, field))
    }

    static func mappingError(_ text: String, _ kind: RecordImportKind) -> RecordImportError {
        .badMapping(file: "--map", reason: "'\(text)': expected Column=field, the field one of "
                    + RecordField.fields(of: kind).map(\.rawValue).joined(separator: ", ") + ", or ignore")
    }
}
