import Foundation
import Testing
@testable import RapportInterop

/// The scanner reads what XML allows around SpreadsheetML's elements: the sheet's cells, the
/// shared strings, and the small parts that say where the sheet is and which styles are dates.
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

    @Test func theSheetsRowsAreReadCellForCell() throws {
        // Given a sheet with prefixes, both quotes, entities, character references, CDATA,
        // a formula, a self-closing cell and an empty row
        let scanned = try XLSXSheetScanner.rows(Data(Self.sheet.utf8))
        // Then each cell is read with its reference, style, type and decoded value
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

    @Test func sharedStringsJoinTheirRunsAndLeaveOutPhoneticGuides() throws {
        let part = """
            <?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">
            <si><t>plain &amp; simple</t></si>
            <si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r></si>
            <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t/></si></sst>
            """
        #expect(try XLSXSharedStrings.strings(Data(part.utf8)) == ["plain & simple", "rich text", "東京", ""])
    }

    @Test func theWorkbookNamesItsSheetsAndTheRelationshipsTheirParts() throws {
        let workbook = """
            <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <workbookPr date1904="true"/><sheets><sheet name="Punch &amp; list" sheetId="1" r:id="rId2"/>
              <sheet name='Other' sheetId='2' state='hidden' r:id='rId1'/></sheets></workbook>
            """
        let parsed = try XLSXParts.Workbook(Data(workbook.utf8))
        #expect(parsed.sheets == [.init(name: "Punch & list", relationship: "rId2"), .init(name: "Other", relationship: "rId1")])
        #expect(parsed.uses1904)
        #expect(try !XLSXParts.Workbook(Data("<workbook><sheets/></workbook>".utf8)).uses1904)
        let rels = """
            <Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet2.xml"/>
            <Relationship Id="rId2" Type="…/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>
            """
        #expect(try XLSXParts.Relationships(Data(rels.utf8)).targets
                == ["rId1": "worksheets/sheet2.xml", "rId2": "/xl/worksheets/sheet1.xml"])
        // A sheet without its relationship is not a workbook that can be read
        #expect(throws: (any Error).self) { try XLSXParts.Workbook(Data("<workbook><sheets><sheet name=\"A\"/></sheets></workbook>".utf8)) }
    }

    @Test func stylesAreTheCellFormatsNotTheNamedStylesTheyBuildOn() throws {
        let styles = """
            <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
            <cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf xfId="0"/></cellXfs>
            </styleSheet>
            """
        let parsed = try XLSXParts.Styles(Data(styles.utf8))
        #expect(parsed.numberFormats == [164: "dd/mm/yyyy"])
        #expect(parsed.cellFormats == [0, 164, nil])
    }
}
