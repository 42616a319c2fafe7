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
        rows.reduce(into: headerLine) { $0 += line($1, guardsFormulas: guardsFormulas) }
    }

    /// The header record, CRLF-ended: what `export` starts with.
    public static var headerLine: String { CSVWriter().write([header]) }

    /// One row's record, CRLF-ended, as `export` writes it: for writing rows as they are read.
    public static func line(_ row: PunchExportRow, guardsFormulas: Bool = true) -> String {
        let record = fields(of: row)
        return CSVWriter().write([guardsFormulas ? record.map(CSVFormulaGuard.guarded) : record])
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
            case .reference: return row.external.reference
            case .costCode: return row.external.costCode
            case .costImpact: return row.external.costImpact
            case .scheduleImpact: return row.external.scheduleImpact
            case .createdBy: return row.external.createdBy
            }
        }
    }

    // MARK: - Import

    /// The drafts of every row that is not empty, in file order, each with the line it starts on;
    /// the first problem throws (see `PunchImporter` for a plan that lists them all).
    ///
    /// `fileName` is only for messages. Columns are found by name (see `PunchColumn`); there must
    /// be a title column. A row whose cells are all empty (spreadsheets leave them at the end) is
    /// skipped; any other row needs a title.
    public static func parse(_ data: Data, fileName: String,
                             options: PunchImportOptions = PunchImportOptions()) throws(PunchImportError) -> [PunchImportRow] {
        let plan = try PunchImporter.plan(data, fileName: fileName, options: options)
        if let first = plan.problems.first { throw first }
        return plan.rows
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
