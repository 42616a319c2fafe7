import Foundation

/// Reads a worksheet part's rows.
///
/// A sheet is the one part of a workbook that grows with the list (a 10,000-row sheet is
/// 12 MB), and SpreadsheetML gives it a fixed shape: `<row r>` holding `<c r s t>` holding
/// `<v>`, or `<is><t>` for inline text. Through XMLParser every element cost a Swift string
/// for its name and a dictionary for its attributes, 0.6 s for such a sheet; `XMLScanner`
/// reads it in one pass, and only these elements' text is decoded.
struct XLSXSheetScanner: XMLScanReader {
    /// One `<c>` of a sheet: its reference, style, type and value (or inline text).
    struct Cell: Equatable {
        var reference: String?
        var style: Int?
        var type: String?
        var value: String?
    }

    /// One `<row>`: its number (nil when the file leaves it out) and its cells.
    struct Row: Equatable {
        var number: Int?
        var cells: [Cell] = []
    }

    private var rows: [Row] = []
    private var cell: Cell?
    private var text: [UInt8] = []
    private var collecting = false, inInline = false, phonetic = false

    /// The rows of `xl/worksheets/sheetN.xml`; throws on a tag left open at the end.
    static func rows(_ data: Data) throws -> [Row] {
        try XMLScanner.read(data, with: XLSXSheetScanner()).rows
    }

    var wantsText: Bool { collecting }

    mutating func text(_ bytes: ArraySlice<UInt8>) { text += bytes }

    mutating func start(_ name: String, _ attributes: [(name: String, value: String)]) {
        func attribute(_ wanted: String) -> String? { attributes.first { $0.name == wanted }?.value }
        switch name {
        case "row": rows.append(Row(number: attribute("r").flatMap { Int($0) }))
        case "c":
            cell = Cell(reference: attribute("r"), style: attribute("s").flatMap { Int($0) }, type: attribute("t"))
            text = []
        case "is": inInline = true; text = []
        case "rPh": phonetic = true
        case "v": text = []; collecting = true
        case "t": collecting = inInline && !phonetic
        default: break
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "v", "t": collecting = false
        case "rPh": phonetic = false
        case "is": inInline = false; cell?.value = String(decoding: text, as: UTF8.self)
        case "c":
            if var done = cell, !rows.isEmpty {
                if done.type != "inlineStr" && done.value == nil && !text.isEmpty {
                    done.value = String(decoding: text, as: UTF8.self)
                }
                rows[rows.count - 1].cells.append(done)
            }
            cell = nil
            text = []
        default: break
        }
    }
}
