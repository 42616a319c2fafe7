import Foundation
import RapportModel
import ZIPFoundation

/// Writes one worksheet as an .xlsx workbook that Excel, LibreOffice and Numbers open: a bold
/// header row, text as inline strings, whole numbers as numbers, dates as date cells.
///
/// Only the parts a workbook needs (ECMA-376 part 1): content types, the package and workbook
/// relationships, the workbook, one style sheet and the sheet; the ZIP is ZIPFoundation's.
enum XLSXWriter {
    enum Cell: Equatable {
        case text(String)
        case number(Int)
        case date(LocalDate)
    }

    static func workbook(sheet name: String, header: [String], rows: [[Cell]]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(name)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(header: header, rows: rows)),
        ]
        // A fixed date keeps two exports of the same list byte for byte the same.
        let stamp = Date(timeIntervalSince1970: 1_767_225_600)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    // MARK: - The sheet

    private static func worksheet(header: [String], rows: [[Cell]]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        xml += row(1, header.map(Cell.text), style: 1)
        for (index, cells) in rows.enumerated() {
            xml += row(index + 2, cells, style: 0)
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func row(_ number: Int, _ cells: [Cell], style: Int) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(columnName(index))\(number)"
            let styled = style == 0 ? "" : " s=\"\(style)\""
            switch cell {
            case .text(let text) where text.isEmpty:
                continue
            case .text(let text):
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(styled)><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            case .number(let value):
                xml += "<c r=\"\(reference)\"\(styled)><v>\(value)</v></c>"
            case .date(let date):
                // Style 2 shows the serial day number as a date (built-in format 14).
                xml += "<c r=\"\(reference)\" s=\"2\"><v>\(date.dayNumber + 25_569)</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let letter = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + letter))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Text safe in XML: markup escaped, and the control characters XML 1.0 cannot hold dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    // MARK: - The fixed parts

    private static func workbook(_ name: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + "<sheets><sheet name=\"\(escape(String(name.prefix(31))))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    }

    private static let contentTypes = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        + "</Types>"

    private static let packageRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static let workbookRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    /// Style 0 plain, 1 bold (the header), 2 a date.
    private static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + "</styleSheet>"
}
