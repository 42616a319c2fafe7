import RapportModel

/// What importing a file would do, before anything is written: how each column was understood,
/// the rows it gives, the problems that would stop it, and notes the user should read.
///
/// `rapport punch import --dry-run` prints `report(existing:)`; the dashboard's `:import FILE`
/// can show the same lines, then import `rows` when `problems` is empty.
public struct PunchImportPlan: Equatable, Sendable {
    public var file: String
    /// The worksheet read, for an .xlsx file.
    public var sheet: String?
    public var kind: PunchFileKind
    /// Every named column of the header, in file order.
    public var columns: [PunchImportColumn]
    /// The rows that read cleanly, in file order.
    public var rows: [PunchImportRow]
    /// Every cell that stops the import, in file order; an import needs none.
    public var problems: [PunchImportError]
    /// Unused columns, date order, words taken loosely: said once each.
    public var notes: [String]
    /// How `03/04/2026` was read, if the file has such dates.
    public var dateOrder: DateOrder?
    /// Unused columns went into the detail.
    public var keepsUnknown: Bool

    public init(file: String, sheet: String? = nil, kind: PunchFileKind, columns: [PunchImportColumn],
                rows: [PunchImportRow], problems: [PunchImportError], notes: [String], dateOrder: DateOrder?,
                keepsUnknown: Bool = false) {
        self.file = file
        self.sheet = sheet
        self.kind = kind
        self.columns = columns
        self.rows = rows
        self.problems = problems
        self.notes = notes
        self.dateOrder = dateOrder
        self.keepsUnknown = keepsUnknown
    }

    /// The fields the file has columns for: an update changes only these. With `--keep-unknown`
    /// the detail is among them whenever a column is unused.
    public var fields: Set<PunchImportField> {
        var fields = Set(columns.compactMap { $0.field?.field })
        if keepsUnknown && columns.contains(where: \.isUnused) { fields.insert(.detail) }
        return fields
    }

    /// Rows whose number the project already has update that item; the others add one.
    public func outcome(existing: Set<Int>) -> (added: Int, updated: [Int]) {
        let updated = rows.compactMap(\.draft.number).filter(existing.contains)
        return (rows.count - updated.count, updated)
    }

    /// The dry run's lines: the file, one line per column, what would change, the first problems.
    public func report(existing: Set<Int>, problemLimit: Int = 10) -> [String] {
        var lines = ["\(file)\(sheet.map { " (sheet \($0))" } ?? ""): \(kind.rawValue), "
                     + "\(rows.count + problems.count) \(rows.count + problems.count == 1 ? "row" : "rows")"]
        let width = min(columns.map(\.header.count).max() ?? 0, 28)
        for column in columns {
            lines.append("  " + column.header.padding(toLength: max(width, column.header.count), withPad: " ", startingAt: 0)
                         + "  → " + column.explanation)
        }
        lines += notes
        let (added, updated) = outcome(existing: existing)
        var change = "Would add \(added) \(added == 1 ? "item" : "items") and update \(updated.count)"
        if !updated.isEmpty {
            let shown = updated.prefix(10).map { "#\($0)" }.joined(separator: ", ")
            change += " whose numbers the project has (\(shown)\(updated.count > 10 ? ", …" : ""))"
        }
        lines.append(change)
        if !problems.isEmpty {
            lines.append(problems.count > problemLimit
                         ? "\(problems.count) problems, the first \(problemLimit):" : "\(problems.count) \(problems.count == 1 ? "problem" : "problems"):")
            lines += problems.prefix(problemLimit).map { "  \($0)" }
        }
        return lines
    }
}
