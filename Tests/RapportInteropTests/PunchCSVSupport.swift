import Foundation
import RapportModel
@testable import RapportInterop

/// Imports `text` as the file `punch.csv`.
func importPunch(_ text: String) throws(PunchImportError) -> [PunchImportRow] {
    try PunchCSV.parse(Data(text.utf8), fileName: "punch.csv")
}

/// The one draft of a file with a title column and one other column.
func importCell(_ header: String, _ cell: String) throws(PunchImportError) -> PunchDraft {
    let rows = try importPunch("Title,\(header)\nHDMI handshake fails,\(CSVWriter().field(cell))\n")
    precondition(rows.count == 1)
    return rows[0].draft
}

/// The message of the error importing `text` throws, or nil if it imports.
func importMessage(_ text: String) -> String? {
    do {
        _ = try importPunch(text)
        return nil
    } catch {
        return error.description
    }
}

func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    LocalDate(year: year, month: month, day: day)
}
