import Foundation
import Testing
import ZIPFoundation
import RapportModel
@testable import RapportInterop

/// .xlsx workbooks, built here from SpreadsheetML written by hand (as Excel saves it: shared
/// strings, styles, a date format), so the reader is tested apart from Rapport's own writer.
@Suite struct XLSXImportTests {
    static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
    static let rels = #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// A workbook with the given sheets (name and `<sheetData>` content), shared strings and styles.
    static func workbook(sheets: [(String, String)], strings: [String], date1904: Bool = false) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("xl/workbook.xml", "<workbook \(main) \(rels)>" + (date1904 ? #"<workbookPr date1904="1"/>"# : "")
                + "<sheets>" + sheets.enumerated().map { #"<sheet name="\#($1.0)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
                + "</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined()
                + "</Relationships>"),
            ("xl/sharedStrings.xml", "<sst \(main) count=\"\(strings.count)\">" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>"),
            // Style 1 is Excel's built-in short date (14), style 2 a custom day-first date, style 3 a two-decimal number.
            ("xl/styles.xml", "<styleSheet \(main)><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
                + #"<numFmt numFmtId="165" formatCode="&quot;$&quot;#,##0.00"/></numFmts>"#
                + #"<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>"#),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<worksheet \(main)><sheetData>\(sheet.1)</sheetData></worksheet>"))
        }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return archive.data!
    }

    /// Procore's template header as shared strings 0–6, then the values the rows use.
    static let strings = ["<t>Punch Item #</t>", "<t>Item Name</t>", "<t>Due Date</t>", "<t>Priority</t>",
                          "<t>Cost Impact Amount</t>", "<t>Description</t>", "<t>Comments</t>",
                          "<t>Projector soft</t>", "<t>High</t>", "<r><t>Refocus </t></r><r><rPr><b/></rPr><t>today</t></r>",
                          #"<t xml:space="preserve">  Low  </t>"#]

    static let header = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>"#
        + #"<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>"#

    @Test func cellsAreReadByTheirTypes() throws {
        // Given a sheet with a number, shared and rich text, a date cell, a money amount, an inline
        // string, and a row that skips cells (sparse, as Excel writes them), then a blank row 4
        let rows = Self.header
            + #"<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" s="1"><v>46371</v></c>"#
            + #"<c r="D2" t="s"><v>8</v></c><c r="E2" s="3"><v>1500.5</v></c><c r="F2" t="s"><v>9</v></c>"#
            + #"<c r="G2" t="inlineStr"><is><t>Seen &amp; logged</t></is></c></row>"#
            + #"<row r="3"><c r="A3"><v>8.0</v></c><c r="B3" t="str"><f>"Label"&amp;" rack"</f><v>Label rack</v></c>"#
            + #"<c r="C3" s="2"><v>46372.75</v></c><c r="D3" t="s"><v>10</v></c></row>"#
            + #"<row r="5"><c r="B5" t="inlineStr"><is><t>Last</t></is></c></row>"#
        let data = try Self.workbook(sheets: [("Punch List", rows)], strings: Self.strings)
        // When it is planned as an import
        let plan = try PunchImporter.plan(data, fileName: "procore.xlsx")
        // Then numbers are numbers, date cells are dates (no date order guessed), text is as typed,
        // and lines are the sheet's row numbers
        #expect(plan.sheet == "Punch List")
        #expect(plan.problems.isEmpty)
        #expect(plan.notes.isEmpty)
        #expect(plan.rows == [
            row(2, 7, "Projector soft", detail: "Refocus today\nComments: Seen & logged", priority: .p1,
                due: date(2026, 12, 15), external: PunchExternalFields(costImpact: "1500.5")),
            row(3, 8, "Label rack", priority: .p3, due: date(2026, 12, 16)),
            row(5, nil, "Last"),
        ])
    }

    @Test func theSecondSheetIsReadWhenNamed() throws {
        // Given a workbook whose first sheet is a cover page
        let cover = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Cover</t></is></c></row>"#
        let list = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>Rack fan</t></is></c></row>"#
        let data = try Self.workbook(sheets: [("Cover", cover), ("Items", list)], strings: [])
        // Then the first sheet has no title column, and --sheet Items reads the list
        #expect(throws: PunchImportError.noTitleColumn(file: "list.xlsx", headers: ["Cover"])) {
            try PunchImporter.plan(data, fileName: "list.xlsx")
        }
        let plan = try PunchImporter.plan(data, fileName: "list.xlsx", options: PunchImportOptions(sheet: "items"))
        #expect(plan.rows == [row(2, nil, "Rack fan")])
        #expect(throws: PunchImportError.unreadableWorkbook(file: "list.xlsx", reason: "no sheet 'Open'; the workbook has: Cover, Items")) {
            try PunchImporter.plan(data, fileName: "list.xlsx", options: PunchImportOptions(sheet: "Open"))
        }
    }

    @Test func the1904DateSystemIsHonoured() throws {
        // Given a workbook saved by an old Mac Excel, whose day 0 is 1 January 1904
        let rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" t="inlineStr"><is><t>Due</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>Rack fan</t></is></c><c r="B2" s="1"><v>44909</v></c></row>"#
        let data = try Self.workbook(sheets: [("Sheet1", rows)], strings: [], date1904: true)
        #expect(try PunchImporter.plan(data, fileName: "mac.xlsx").rows.first?.draft.dueOn == date(2026, 12, 15))
    }

    @Test func aFileThatIsNoWorkbookSaysSo() {
        let data = Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0])
        #expect(throws: PunchImportError.self) { try PunchImporter.plan(data, fileName: "broken.xlsx") }
        do { _ = try PunchImporter.plan(data, fileName: "broken.xlsx") } catch {
            #expect(error.description.hasPrefix("broken.xlsx: not an .xlsx workbook that can be read"))
        }
    }

    @Test(arguments: [("dd.mm.yyyy", true), ("m/d/yy h:mm", true), (##""$"#,##0.00"##, false), ("0.00%", false),
                      ("[Red]0.00", false), (#"0 "days""#, false), ("General", false)])
    func dateFormatsAreToldFromNumberFormats(code: String, isDate: Bool) {
        #expect(XLSXCellReader.isDateFormat(code) == isDate)
    }

    @Test func rapportsOwnWorkbookImportsAsItsCSVDoes() throws {
        // Given rows exported as .xlsx and as CSV
        let rows = [
            PunchExportRow(number: 3, title: "HDMI <handshake> & EDID", detail: "line one\nline two",
                           location: "HQ / Floor 3", category: .video, priority: .p1, status: .inProgress,
                           dueOn: date(2026, 3, 10), blocksAcceptance: true, ballInCourt: "customer", source: .email,
                           external: PunchExternalFields(reference: "RFI-2", createdBy: "Kim")),
            PunchExportRow(number: 14, title: "Label speakers", category: .physicalInstall, priority: .p3, status: .closed),
        ]
        let workbook = try PunchXLSX.export(rows)
        // When the workbook is imported
        let plan = try PunchImporter.plan(workbook, fileName: "export.xlsx")
        // Then it gives the same rows as the CSV, field for field
        let csv = try PunchCSV.parse(Data(PunchCSV.export(rows).utf8), fileName: "export.csv")
        #expect(plan.kind == .rapport)
        #expect(plan.rows.map(\.draft) == csv.map(\.draft))
        #expect(plan.rows.map(\.external) == csv.map(\.external))
        #expect(plan.rows.map(\.draft) == rows.map(\.draft))
        // And lines are the sheet's rows (the CSV's multi-line detail pushes its second row to line 4)
        #expect(plan.rows.map(\.line) == [2, 3])
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNamesAndIndexesAgree(index: Int, name: String) {
        #expect(XLSXWriter.columnName(index) == name)
        #expect(XLSXReader.columnIndex(name + "12") == index)
    }
}
