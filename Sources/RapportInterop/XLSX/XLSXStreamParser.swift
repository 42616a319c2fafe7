import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a workbook's shared strings (and, for tests, a sheet) as a stream of SAX events:
/// XMLCoder builds a tree of boxes for every element first, which took seconds for a
/// 10,000-row sheet, so it is kept for the small parts (workbook, relationships, styles).
/// Sheets are read by `XLSXSheetScanner`, faster still; the cell types are shared.
final class XLSXStreamParser: NSObject, XMLParserDelegate {
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

    private(set) var rows: [Row] = []
    private(set) var strings: [String] = []
    private var cell: Cell?
    private var text = ""
    /// Inside an element whose text counts: `<v>`, or a `<t>` not within phonetic `<rPh>`.
    private var collecting = false
    private var phonetic = false

    /// The rows of `xl/worksheets/sheetN.xml`.
    static func rows(_ data: Data) throws -> [Row] {
        try parse(data).rows
    }

    /// The strings of `xl/sharedStrings.xml`, rich text runs joined.
    static func sharedStrings(_ data: Data) throws -> [String] {
        try parse(data).strings
    }

    private static func parse(_ data: Data) throws -> XLSXStreamParser {
        let delegate = XLSXStreamParser()
        // From a stream, so libxml2 gets the part in chunks: handed a whole sheet at once (Excel
        // writes it on one line) it stops past 10 MB with "huge input lookup".
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = delegate
        // Element names without their prefix: some writers spell the cells `x:c`.
        parser.shouldProcessNamespaces = true
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        return delegate
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row": rows.append(Row(number: attributes["r"].flatMap { Int($0) }))
        case "c":
            cell = Cell(reference: attributes["r"], style: attributes["s"].flatMap { Int($0) }, type: attributes["t"])
            text = ""
        case "si", "is": text = ""
        case "rPh": phonetic = true
        case "v": text = ""; collecting = true
        case "t": collecting = !phonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if collecting { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "rPh": phonetic = false
        case "is": cell?.value = text
        case "si": strings.append(text)
        case "c":
            if let cell, !rows.isEmpty {
                var done = cell
                if done.type != "inlineStr" { done.value = done.value ?? (text.isEmpty ? nil : text) }
                rows[rows.count - 1].cells.append(done)
            }
            cell = nil
            text = ""
        default: break
        }
    }
}
