import Foundation
import RapportModel
import ZIPFoundation

/// Reads one worksheet of an .xlsx file as the table a CSV file would give: the first row is the
/// header, each later row a record numbered by its spreadsheet row, so messages name the line the
/// user sees in Excel.
///
/// Cells are read by their type: shared and inline strings as text, a number whose style is a
/// date format as `YYYY-MM-DD` (so no date order is guessed), other numbers as written, whole
/// ones without `.0`, booleans as `1` or `0`.
enum XLSXReader {
    static func table(_ data: Data, sheet wanted: String?, file: String) throws(PunchImportError) -> (table: CSVTable, sheet: String) {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            let workbook = try XLSXParts.Workbook(part(archive, "xl/workbook.xml", file: file))
            let relationships = try XLSXParts.Relationships(part(archive, "xl/_rels/workbook.xml.rels", file: file))
            let names = workbook.sheets.map(\.name)
            guard let sheet = wanted.map({ name in workbook.sheets.first { $0.name.lowercased() == name.lowercased() } })
                    ?? workbook.sheets.first
            else {
                throw PunchImportError.unreadableWorkbook(
                    file: file, reason: "no sheet '\(wanted ?? "")'; the workbook has: \(names.joined(separator: ", "))")
            }
            guard let target = relationships.targets[sheet.relationship] else {
                throw PunchImportError.unreadableWorkbook(file: file, reason: "sheet '\(sheet.name)' has no part")
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let strings = try bytes(archive, "xl/sharedStrings.xml").map(XLSXSharedStrings.strings) ?? []
            let styles = try bytes(archive, "xl/styles.xml").map(XLSXParts.Styles.init)
            guard let sheetData = try bytes(archive, path) else {
                throw PunchImportError.unreadableWorkbook(file: file, reason: "the workbook has no \(path)")
            }
            let cells = XLSXCellReader(strings: strings, styles: styles, uses1904: workbook.uses1904)
            return (try records(try XLSXSheetScanner.rows(sheetData), cells: cells, file: file), sheet.name)
        } catch let error as PunchImportError {
            throw error
        } catch {
            throw .unreadableWorkbook(file: file, reason: "not an .xlsx workbook that can be read (\(error))")
        }
    }

    /// The sheet's rows as records: the first row with a value is the header.
    private static func records(_ rows: [XLSXSheetScanner.Row], cells: XLSXCellReader,
                                file: String) throws -> CSVTable {
        var records: [CSVRecord] = []
        var line = 0
        for row in rows {
            line = row.number ?? line + 1
            var fields: [String] = []
            for cell in row.cells {
                let column = cell.reference.flatMap(columnIndex) ?? fields.count
                if column >= fields.count { fields += Array(repeating: "", count: column - fields.count + 1) }
                fields[column] = cells.text(cell)
            }
            if records.isEmpty && fields.allSatisfy(\.isEmpty) { continue }
            records.append(CSVRecord(line: line, fields: fields))
        }
        guard let header = records.first else {
            throw PunchImportError.unreadableWorkbook(file: file, reason: "the sheet is empty")
        }
        return CSVTable(header: header, rows: Array(records.dropFirst()))
    }

    /// `B7` → 1: the column letters of a cell reference, from 0.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }

    /// A part the workbook must have, inflated.
    private static func part(_ archive: Archive, _ path: String, file: String) throws -> Data {
        guard let data = try bytes(archive, path) else {
            throw PunchImportError.unreadableWorkbook(file: file, reason: "the workbook has no \(path)")
        }
        return data
    }

    /// The part's bytes, inflated; nil when the workbook has no such part.
    private static func bytes(_ archive: Archive, _ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
        return data
    }
}
