import Foundation
import Testing
import RapportModel
@testable import RapportInterop

@Suite struct PunchCSVErrorTests {
    static let header = "Number,Title,Priority,Status,Category,Due,Blocks Acceptance,Source\n"
    static let goodRow = "1,Mic gain low,P2,open,audio,2026-03-08,no,meeting\n"

    @Test(arguments: [
        ("1,HDMI,P5,open,audio,,,\n",
         "punch.csv, line 3, field Priority: 'P5' is not a priority (P1, P2, P3, high, medium, low)"),
        ("1,HDMI,P1,finished,audio,,,\n",
         "punch.csv, line 3, field Status: 'finished' is not a status (open, in progress, ready, closed, void, disputed)"),
        ("1,HDMI,P1,open,lighting,,,\n",
         "punch.csv, line 3, field Category: 'lighting' is not a category "
            + "(audio, video, control, cabling, network, electrical, physical-install, documentation, other)"),
        ("1,HDMI,P1,open,audio,2026-02-30,,\n",
         "punch.csv, line 3, field Due: '2026-02-30' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)"),
        ("1,HDMI,P1,open,audio,03/04/26,,\n",
         "punch.csv, line 3, field Due: '03/04/26' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)"),
        ("1,HDMI,P1,open,audio,13/13/2026,,\n",
         "punch.csv, line 3, field Due: '13/13/2026' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)"),
        ("1,HDMI,P1,open,audio,next friday,,\n",
         "punch.csv, line 3, field Due: 'next friday' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)"),
        ("1,HDMI,P1,open,audio,,maybe,\n",
         "punch.csv, line 3, field Blocks Acceptance: 'maybe' is not yes or no (yes, no, true, false, 1, 0, x)"),
        ("1,HDMI,P1,open,audio,,,phone\n",
         "punch.csv, line 3, field Source: 'phone' is not a source (walkthrough, meeting, email)"),
        ("A7,HDMI,P1,open,audio,,,\n",
         "punch.csv, line 3, field Number: 'A7' is not an item number (a whole number from 1)"),
        ("0,HDMI,P1,open,audio,,,\n",
         "punch.csv, line 3, field Number: '0' is not an item number (a whole number from 1)"),
        ("-3,HDMI,P1,open,audio,,,\n",
         "punch.csv, line 3, field Number: '-3' is not an item number (a whole number from 1)"),
        ("1,HDMI,P1,open,audio,,,\n",
         "punch.csv, line 3, field Number: item 1 is already on line 2"),
        ("2,   ,P1,open,audio,,,\n",
         "punch.csv, line 3, field Title: empty; every item needs a title"),
        ("2,HDMI,P1,open,audio,,,,\n",
         "punch.csv, line 3: 9 fields but the header has 8; a field with a separator in it must be quoted"),
        ("2,\"HDMI\nfails,P1\n",
         "punch.csv, line 4: unterminated quoted field (opened on line 3)"),
    ])
    func aBadCellStopsTheImportAndSaysWhere(row: String, expected: String) {
        // Given a file whose third line has one bad cell
        let text = Self.header + Self.goodRow + row
        // When it is imported
        // Then nothing is imported, and the message names the file, the line, the field and what is accepted
        #expect(importMessage(text) == expected)
    }

    @Test func textOverTheLimitsIsRefusedWithTheColumnAndTheLimit() {
        let title = String(repeating: "t", count: 501)
        #expect(importMessage("Subject,Notes\nFine,ok\n\(title),ok\n")
            == "punch.csv, line 3, field Subject: 501 characters long; at most 500 are allowed")
        let notes = String(repeating: "n", count: 20_001)
        #expect(importMessage("Title,Notes\nFine,\"\(notes)\"\n")
            == "punch.csv, line 2, field Notes: 20001 characters long; at most 20000 are allowed")
        #expect(importMessage("Title,Assigned To\nFine,\(String(repeating: "a", count: 201))\n")
            == "punch.csv, line 2, field Assigned To: 201 characters long; at most 200 are allowed")
    }

    @Test func theFieldIsNamedAsTheFileNamesIt() {
        // Given a Procore-like header that calls the priority "Severity"
        let text = "Subject,Severity\nRack door rubs,P5\n"
        // Then the message says Severity, the name the user sees in their spreadsheet
        #expect(importMessage(text)
            == "punch.csv, line 2, field Severity: 'P5' is not a priority (P1, P2, P3, high, medium, low)")
    }

    @Test func aMultiLineRowIsReportedAtTheLineItStarts() {
        // Given a row whose detail spans three lines, then a bad priority
        let text = "Title,Detail,Priority\nok,\"one\ntwo\nthree\",P1\nbad,x,P9\n"
        // Then the bad row is reported at its physical line, 5, as an editor shows it
        #expect(importMessage(text)
            == "punch.csv, line 5, field Priority: 'P9' is not a priority (P1, P2, P3, high, medium, low)")
    }

    @Test func aPresentButUnknownCategoryIsAnErrorNotOther() throws {
        // Given the same item with no category column, and with a category Rapport does not know
        // Then without the column it is `other`; with an unknown category it is refused
        #expect(try importPunch("Title\nRack door rubs\n").first?.draft.category == .other)
        #expect(importMessage("Title,Category\nRack door rubs,Lighting\n")?.contains("'Lighting' is not a category") == true)
    }

    @Test(arguments: [
        ("Number,Summary Of,Status\n1,x,open\n",
         "punch.csv, line 1: no title column (one of Title, Name, Subject, Summary, Issue); "
            + "the header has: Number, Summary Of, Status"),
        ("\n\n", "punch.csv: the file is empty; expected a header row"),
        ("Title,Status,State\nx,a,b\n",
         "punch.csv, line 1: columns 'Status' and 'State' both mean Status; rename or remove one, "
            + "or choose with --map \"State=ignore\""),
        ("Title,Name\nx,y\n",
         "punch.csv, line 1: columns 'Title' and 'Name' both mean Title; rename or remove one, "
            + "or choose with --map \"Name=ignore\""),
    ])
    func aHeaderThatCannotBeReadStopsTheImport(text: String, expected: String) {
        #expect(importMessage(text) == expected)
    }

    @Test func notUTF8IsReportedWithTheFileName() {
        // Given a Windows-1252 export with an é on its second line
        var bytes = Array("Title\nCaf".utf8)
        bytes += [0xE9, 0x0A]
        // Then the message says where the byte is and what to do
        #expect(throws: PunchImportError.unreadable(
            file: "punch.csv", .invalidUTF8(line: 2, column: 4, offset: 9, byte: 0xE9))) {
            try PunchCSV.parse(Data(bytes), fileName: "punch.csv")
        }
        let error = PunchImportError.unreadable(file: "punch.csv", .invalidUTF8(line: 2, column: 4, offset: 9, byte: 0xE9))
        #expect(error.description
            == "punch.csv, line 2, column 4: invalid UTF-8 (byte 0xE9 at offset 9); save it as \"CSV UTF-8\"")
    }
}
