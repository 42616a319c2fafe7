import Foundation
import RapportModel

/// A project's punch list as CSV: written for any spreadsheet, read from Rapport's own exports
/// and from the exports of the common construction punch-list tools.
///
/// Export then import gives the same drafts, field for field, the numbers kept. An import is all
/// or nothing: the first bad cell stops it with the file, line and field, so nothing half-read
/// reaches a project.
public enum PunchCSV {
    /// The header Rapport writes, one name per `PunchColumn`.
    public static var header: [String] { PunchColumn.allCases.map(\.header) }

    // MARK: - Export

    /// The rows as RFC 4180 CSV (CRLF, no BOM): priority as `P1`, status as its stored value
    /// (`in-progress`, `ready`), due as `YYYY-MM-DD`, blocks acceptance as `yes` or `no`.
    ///
    /// With `guardsFormulas` (the default) no cell starts as a spreadsheet formula (see
    /// `CSVFormulaGuard`); `parse` takes the guard off again, so the data comes back exactly.
    public static func export(_ rows: [PunchExportRow], guardsFormulas: Bool = true) -> String {
        let records = rows.map(fields)
        return CSVWriter().write([header] + (guardsFormulas ? records.map { $0.map(CSVFormulaGuard.guarded) } : records))
    }

    static func fields(of row: PunchExportRow) -> [String] {
        PunchColumn.allCases.map { column in
            switch column {
            case .number: return String(row.number)
            case .title: return row.title
            case .detail: return row.detail
            case .location: return row.location ?? ""
            case .category: return row.category.rawValue
            case .priority: return row.priority.label
            case .status: return row.status.rawValue
            case .assignee: return row.assignee
            case .due: return row.dueOn?.iso ?? ""
            case .blocksAcceptance: return row.blocksAcceptance ? "yes" : "no"
            case .ballInCourt: return row.ballInCourt
            case .source: return row.source.rawValue
            }
        }
    }

    // MARK: - Import

    /// The drafts of every row that is not empty, in file order, each with the line it starts on.
    ///
    /// `fileName` is only for messages. Columns are found by name (see `PunchColumn`); unknown
    /// columns are ignored, but there must be a title column. A row whose cells are all empty
    /// (spreadsheets leave them at the end) is skipped; any other row needs a title.
    public static func parse(_ data: Data, fileName: String) throws(PunchImportError) -> [PunchImportRow] {
        var table: CSVTable
        do {
            table = try CSVReader(separator: separator(of: data)).table(data)
        } catch {
            throw .unreadable(file: fileName, error)
        }
        let columns = try Columns(header: table.header, file: fileName)
        for i in table.rows.indices { table.rows[i].fields = table.rows[i].fields.map(CSVFormulaGuard.unguarded) }
        var numbered: [Int: Int] = [:]  // item number → the line that has it
        var rows: [PunchImportRow] = []
        rows.reserveCapacity(table.rows.count)
        for record in table.rows where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            let row = Row(record: record, columns: columns, file: fileName)
            let draft = try row.draft()
            if let number = draft.number {
                if let earlier = numbered[number] {
                    throw row.problem(.number, "item \(number) is already on line \(earlier)")
                }
                numbered[number] = record.line
            }
            rows.append(PunchImportRow(line: record.line, draft: draft))
        }
        return rows
    }

    /// The separator the header line uses most, outside quotes: `,` unless it is `;` or a tab,
    /// as European Excel and "text" exports write.
    static func separator(of data: Data) -> Character {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in data.prefix(64 * 1024) {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") {
                counts[byte, default: 0] += 1
            }
        }
        let comma = counts[UInt8(ascii: ","), default: 0]
        let best = [UInt8(ascii: ";"), UInt8(ascii: "\t")].max { counts[$0, default: 0] < counts[$1, default: 0] }!
        return counts[best, default: 0] > comma ? Character(Unicode.Scalar(best)) : ","
    }
}

// MARK: - Header

/// Which column of the file holds which field, and the file's own name for it (used in messages).
private struct Columns {
    var index: [PunchColumn: Int] = [:]
    var name: [PunchColumn: String] = [:]

    init(header: CSVRecord, file: String) throws(PunchImportError) {
        for (position, raw) in header.fields.enumerated() {
            let written = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !written.isEmpty, let column = PunchColumn(header: written) else { continue }
            if let first = name[column] {
                throw .duplicateColumn(file: file, field: column.header, first: first, second: written)
            }
            index[column] = position
            name[column] = written
        }
        guard index[.title] != nil else {
            throw .noTitleColumn(file: file, headers: header.fields)
        }
    }
}

// MARK: - Rows

/// One record read against the header: its cells by field, and problems named by file, line and field.
private struct Row {
    let record: CSVRecord
    let columns: Columns
    let file: String

    /// The cell of `column`, trimmed; "" when the file has no such column or the row is short.
    func cell(_ column: PunchColumn) -> String {
        guard let index = columns.index[column] else { return "" }
        return record[field: index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func problem(_ column: PunchColumn, _ reason: String) -> PunchImportError {
        .badCell(file: file, line: record.line, field: columns.name[column] ?? column.header, reason: reason)
    }

    /// The cell read by `read`; nil when it is empty.
    func value<Value>(_ column: PunchColumn,
                      _ read: (String) -> Result<Value?, PunchCSV.CellProblem>) throws(PunchImportError) -> Value? {
        switch read(cell(column)) {
        case .success(let value): return value
        case .failure(let problem): throw self.problem(column, problem.reason)
        }
    }

    func draft() throws(PunchImportError) -> PunchDraft {
        let title = cell(.title)
        guard !title.isEmpty else { throw problem(.title, "empty; every item needs a title") }
        let defaults = PunchDraft(title: title)
        let location = cell(.location)
        // The model's limits, checked here too so the message names the column as the file does.
        for (column, field) in [(PunchColumn.title, PunchField.title), (.detail, .detail), (.location, .location),
                                (.assignee, .assignee), (.ballInCourt, .ballInCourt)] {
            guard let limit = PunchLimits.limit(of: field) else { continue }
            let length = (column == .detail ? detail() : cell(column)).unicodeScalars.count
            if length > limit { throw problem(column, "\(length) characters long; at most \(limit) are allowed") }
        }
        return PunchDraft(
            title: title,
            detail: detail(),
            location: location.isEmpty ? nil : location,
            category: try value(.category, PunchCSV.category) ?? defaults.category,
            priority: try value(.priority, PunchCSV.priority) ?? defaults.priority,
            status: try value(.status, PunchCSV.status) ?? defaults.status,
            assignee: cell(.assignee),
            dueOn: try value(.due, PunchCSV.dueDate),
            blocksAcceptance: try value(.blocksAcceptance, PunchCSV.yesNo) ?? defaults.blocksAcceptance,
            ballInCourt: PunchCSV.ballInCourt(cell(.ballInCourt)) ?? defaults.ballInCourt,
            source: try value(.source, PunchCSV.source) ?? defaults.source,
            number: try value(.number, PunchCSV.number)
        )
    }

    /// The detail as written, except that line breaks become `\n`, as Rapport keeps them.
    private func detail() -> String {
        guard let index = columns.index[.detail] else { return "" }
        return record[field: index]
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }
}
