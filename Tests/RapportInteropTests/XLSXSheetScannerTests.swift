import Foundation
import Testing
@testable import RapportInterop

/// The sheet scanner reads what XML allows around SpreadsheetML's cells, as XMLParser does.
@Suite struct XLSXSheetScannerTests {
    static let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- written by a tool that prefixes its elements -->
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
          <x:row r="1" spans="1:4"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> Title &amp; name </x:t></x:is></x:c>
            <x:c r='B1' s='2'><x:v>46371</x:v></x:c><x:c r="C1" s="1"/><x:c r="D1" t="str"><x:f>A1&amp;"!"</x:f><x:v>a&lt;b&#233;&#x263A;</x:v></x:c></x:row>
          <x:row><x:c t="inlineStr"><x:is><x:r><x:t>rich </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t><![CDATA[<bold>]]></x:t></x:r></x:is></x:c></x:row>
          <x:row r="5"/>
        </x:sheetData></x:worksheet>
        """

    @Test func theScannerAndXMLParserReadTheSameRows() throws {
        // Given a sheet with prefixes, both quotes, entities, character references, CDATA,
        // a formula, a self-closing cell and an empty row
        let data = Data(Self.sheet.utf8)
        // When both read it
        let scanned = try XLSXSheetScanner.rows(data)
        // Then they agree, cell for cell
        let parsed = try XLSXStreamParser.rows(data)
        #expect(scanned == parsed)
        #expect(scanned == [
            .init(number: 1, cells: [
                .init(reference: "A1", style: nil, type: "inlineStr", value: " Title & name "),
                .init(reference: "B1", style: 2, type: nil, value: "46371"),
                .init(reference: "C1", style: 1, type: nil, value: nil),
                .init(reference: "D1", style: nil, type: "str", value: "a<bé☺"),
            ]),
            .init(number: nil, cells: [.init(reference: nil, style: nil, type: "inlineStr", value: "rich <bold>")]),
            .init(number: 5, cells: []),
        ])
    }

    @Test func aTagLeftOpenIsRefused() {
        #expect(throws: (any Error).self) { try XLSXSheetScanner.rows(Data("<worksheet><sheetData><row r=\"1\"".utf8)) }
    }
}
