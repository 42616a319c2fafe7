import Foundation
import Testing
@testable import RapportInterop

@Suite struct CSVReaderTests {
    // MARK: - What real files look like

    @Test(arguments: [
        ("plain, LF", "a,b,c\n1,2,3\n", [rec(1, "a", "b", "c"), rec(2, "1", "2", "3")]),
        ("no newline at the end", "a,b\n1,2", [rec(1, "a", "b"), rec(2, "1", "2")]),
        ("CRLF", "a,b\r\n1,2\r\n", [rec(1, "a", "b"), rec(2, "1", "2")]),
        ("lone CR (old Mac Excel)", "a,b\r1,2\r", [rec(1, "a", "b"), rec(2, "1", "2")]),
        ("mixed endings", "a\r\nb\nc\rd", [rec(1, "a"), rec(2, "b"), rec(3, "c"), rec(4, "d")]),
        ("UTF-8 BOM", "\u{FEFF}Title,Room\nHDMI,Board", [rec(1, "Title", "Room"), rec(2, "HDMI", "Board")]),
        ("empty fields", "a,,c\n,,\n", [rec(1, "a", "", "c"), rec(2, "", "", "")]),
        ("separator at the very end", "a,b,", [rec(1, "a", "b", "")]),
        ("quoted empty field", "\"\",x\n\"\"", [rec(1, "", "x"), rec(2, "")]),
        ("embedded comma", "\"Board Room, HQ\",x", [rec(1, "Board Room, HQ", "x")]),
        ("doubled quote", "\"5\"\" speaker\",\"\"\"\"", [rec(1, "5\" speaker", "\"")]),
        ("embedded LF spans lines", "a,\"one\ntwo\",b\nnext", [rec(1, "a", "one\ntwo", "b"), rec(3, "next")]),
        ("embedded CRLF kept", "\"one\r\ntwo\"\r\nnext", [rec(1, "one\r\ntwo"), rec(3, "next")]),
        ("blank lines skipped, still counted", "a\n\n\r\n\rb\n\n", [rec(1, "a"), rec(5, "b")]),
        ("spaces are data", " a , b ", [rec(1, " a ", " b ")]),
        ("wide and combined characters", "会議室,🎤,e\u{301}", [rec(1, "会議室", "🎤", "e\u{301}")]),
        ("only a BOM", "\u{FEFF}", []),
        ("nothing", "", []),
    ] as [(String, String, [CSVRecord])])
    func readsWhatExportersWrite(name: String, text: String, expected: [CSVRecord]) throws {
        // Given a CSV file as some exporter writes it
        // When it is read
        let records = try CSVReader().records(text)
        // Then each record has its fields and the physical line it starts on
        #expect(records == expected, "\(name)")
    }

    @Test func readsSemicolonSeparatedFilesWhenAsked() throws {
        // Given a file from a European Excel, which separates with semicolons and keeps commas in numbers
        let text = "Title;Cost\n\"Rack; rear\";1,5\n"
        // When it is read with `;` as the separator
        let records = try CSVReader(separator: ";").records(text)
        // Then the commas are data
        #expect(records == [rec(1, "Title", "Cost"), rec(2, "Rack; rear", "1,5")])
    }

    @Test func tableSplitsTheHeaderAndAllowsShortRows() throws {
        // Given a header of three columns and a row whose trailing empty cells were left off
        let table = try CSVReader().table("a,b,c\n1\n1,2,3\n")
        // Then the row is kept, and missing cells read as empty
        #expect(table.header == rec(1, "a", "b", "c"))
        #expect(table.rows == [rec(2, "1"), rec(3, "1", "2", "3")])
        #expect(table.rows[0][field: 2] == "")
    }

    @Test func readsTenThousandRowsWithTheirLineNumbers() throws {
        // Given a 10,000-row file where every 10th row has a two-line detail
        var text = "Number,Title,Detail\r\n"
        for n in 1...10_000 {
            let detail = n % 10 == 0 ? "\"line one\r\nline \"\"two\"\"\"" : "plain detail"
            text += "\(n),\"Item \(n), room \(n % 40)\",\(detail)\r\n"
        }
        // When it is read
        let table = try CSVReader().table(text)
        // Then every row is there, and line numbers account for the rows that span two lines
        #expect(table.rows.count == 10_000)
        #expect(table.rows[9].fields == ["10", "Item 10, room 10", "line one\r\nline \"two\""])
        #expect(table.rows[10].line == 13)  // row 11: header + 10 rows, one of them two lines
        // The last row starts after the header, 9,999 rows and the 999 second lines among them.
        #expect(table.rows.last?.line == 1 + 9_999 + 999 + 1)
        #expect(table.rows.last?.fields.first == "10000")
    }
}

func rec(_ line: Int, _ fields: String...) -> CSVRecord {
    CSVRecord(line: line, fields: fields)
}
