import Foundation
import Testing
@testable import RapportInterop

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("HDMI handshake", "HDMI handshake"),
        ("", ""),
        ("Board Room, HQ", "\"Board Room, HQ\""),
        ("5\" speaker", "\"5\"\" speaker\""),
        ("line one\nline two", "\"line one\nline two\""),
        ("cr\ronly", "\"cr\ronly\""),
        (" leading", "\" leading\""),
        ("trailing ", "\"trailing \""),
        ("tab\t", "\"tab\t\""),
        ("in side", "in side"),
        ("semi;colon", "semi;colon"),
        ("会議室", "会議室"),
    ])
    func quotesOnlyWhenNeeded(value: String, expected: String) {
        // Given a cell value
        // When it is written as a field
        // Then it is quoted only if a reader could misread it otherwise
        #expect(CSVWriter().field(value) == expected)
    }

    @Test func endsEveryRecordWithCRLFAndHasNoBOMByDefault() {
        // Given two records
        let text = CSVWriter().write([["Title", "Room"], ["Rack, rear", ""]])
        // Then each ends with CRLF, as RFC 4180 says, and the file starts with the header itself
        #expect(text == "Title,Room\r\n\"Rack, rear\",\r\n")
        #expect(CSVWriter().data([["a"]]) == Data("a\r\n".utf8))
    }

    @Test func writesTheBOMWhenAsked() throws {
        // Given a writer for Excel on Windows, which needs the BOM to show accents
        let data = CSVWriter(includesBOM: true).data([["Café"]])
        // Then the file starts with the UTF-8 BOM, and the reader skips it again
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try CSVReader().records(data) == [CSVRecord(line: 1, fields: ["Café"])])
    }

    @Test func aLoneEmptyFieldIsNotWrittenAsABlankLine() throws {
        // Given a record of one empty field between two others
        let text = CSVWriter().write([["a"], [""], ["b"]])
        // Then it is written as "" so a reader does not skip it as a blank line
        #expect(text == "a\r\n\"\"\r\nb\r\n")
        #expect(try CSVReader().records(text).map(\.fields) == [["a"], [""], ["b"]])
    }

    @Test func usesTheSeparatorItIsGiven() {
        let writer = CSVWriter(separator: ";")
        #expect(writer.write([["a;b", "c,d"]]) == "\"a;b\";c,d\r\n")
    }
}
