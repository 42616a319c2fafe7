import Foundation
import RapportModel

/// A punch list as an .xlsx workbook a customer can open: Rapport's own columns (as the CSV
/// export has them), numbers as numbers and due dates as date cells, so a spreadsheet sorts and
/// filters them as they are; importing the workbook gives the same rows back.
public enum PunchXLSX {
    public static func export(_ rows: [PunchExportRow], sheet: String = "Punch list") throws -> Data {
        let cells: [[XLSXWriter.Cell]] = rows.map { row in
            zip(PunchColumn.allCases, PunchCSV.fields(of: row)).map { column, text in
                switch column {
                case .number: return .number(row.number)
                case .due: return row.dueOn.map(XLSXWriter.Cell.date) ?? .text("")
                default: return .text(text)
                }
            }
        }
        return try XLSXWriter.workbook(sheet: sheet, header: PunchCSV.header, rows: cells)
    }
}
