import Foundation
import RapportModel

/// Reads a punch-list file (CSV or .xlsx) into a plan: every column's meaning, every row's
/// draft, every problem. Nothing is written; the store imports the plan's rows only when it has
/// no problem.
///
/// A file-level problem (no title column, two columns for one field, a `--map` naming no
/// column, an unreadable file) throws; problems in cells are collected, in file order, so a dry
/// run lists them all at once.
public enum PunchImporter {
    public static func plan(_ data: Data, fileName: String,
                            options: PunchImportOptions = PunchImportOptions()) throws(PunchImportError) -> PunchImportPlan {
        var table: CSVTable
        var sheet: String?
        if isWorkbook(data, fileName: fileName) {
            let read = try XLSXReader.table(data, sheet: options.sheet, file: fileName)
            table = read.table
            sheet = read.sheet
        } else {
            do {
                table = try CSVReader(separator: PunchCSV.separator(of: data)).table(data)
            } catch {
                throw .unreadable(file: fileName, error)
            }
            // Rapport's CSV exports put a ' before a cell that would start a formula; it comes off here.
            for i in table.rows.indices { table.rows[i].fields = table.rows[i].fields.map(CSVFormulaGuard.unguarded) }
        }
        let map = try PunchColumnMap(header: table.header.fields,
                                     mapping: options.mapping.map { ($0.column, $0.field) }, file: fileName)
        var notes: [String] = []
        let order = try dateOrder(table, map: map, given: options.dateOrder, file: fileName, notes: &notes)
        var reader = PunchRowReader(map: map, file: fileName, dateOrder: order, keepUnknown: options.keepUnknown)
        var rows: [PunchImportRow] = []
        var problems: [PunchImportError] = []
        var numbered: [Int: Int] = [:]  // item number → the line that has it
        rows.reserveCapacity(table.rows.count)
        for record in table.rows where !record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            switch reader.read(record) {
            case .failure(let problem):
                problems.append(problem)
            case .success(let row):
                if let number = row.draft.number {
                    if let earlier = numbered[number] {
                        problems.append(.badCell(file: fileName, line: record.line, field: map.name(of: .number),
                                                 reason: "item \(number) is already on line \(earlier)"))
                        continue
                    }
                    numbered[number] = record.line
                }
                rows.append(row)
            }
        }
        let unused = map.columns.filter(\.isUnused).map(\.header)
        if !unused.isEmpty {
            notes.append((options.keepUnknown ? "Kept in the detail: " : "Not used: ") + unused.joined(separator: ", ")
                         + (options.keepUnknown ? "" : " (--keep-unknown keeps them in the detail)"))
        }
        if !reader.otherCategories.isEmpty {
            notes.append("\(map.name(of: .category)) values taken as category other: "
                         + reader.otherCategories.joined(separator: ", "))
        }
        return PunchImportPlan(file: fileName, sheet: sheet, kind: PunchFileKind(header: table.header.fields),
                               columns: map.columns, rows: rows, problems: problems, notes: notes, dateOrder: order,
                               keepsUnknown: options.keepUnknown)
    }

    /// An .xlsx file by its name, or by the ZIP signature its bytes start with.
    static func isWorkbook(_ data: Data, fileName: String) -> Bool {
        fileName.lowercased().hasSuffix(".xlsx") || data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The order slash dates are read in: the user's, else the one the file's unambiguous dates
    /// show (`12/15/2026` is month first); a file that shows both is refused.
    private static func dateOrder(_ table: CSVTable, map: PunchColumnMap, given: DateOrder?, file: String,
                                  notes: inout [String]) throws(PunchImportError) -> DateOrder? {
        if let given { return given }
        guard let position = map.positions[.due]?.first else { return nil }
        var seen: [DateOrder: Int] = [:]  // order → first line that shows it
        for record in table.rows {
            let cell = record[field: position].trimmed
            if let order = ImportDate.evidence(cell), seen[order] == nil { seen[order] = record.line }
        }
        if let mdy = seen[.mdy], let dmy = seen[.dmy] {
            throw .badCell(file: file, line: max(mdy, dmy), field: map.name(of: .due),
                           reason: "dates are written month first (line \(mdy)) and day first (line \(dmy)); "
                               + "say which with --date-order mdy or dmy")
        }
        guard let order = seen.keys.first else { return nil }
        notes.append("Dates read \(order.words), as line \(seen[order]!) shows")
        return order
    }
}
