import Foundation
import Testing
import RapportModel
@testable import RapportInterop

/// No exported cell starts as a spreadsheet formula, and Rapport reads its exports back exactly.
struct CSVFormulaGuardTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"), ("+1", "'+1"), ("-5 dB", "'-5 dB"),
        ("@SUM(A1)", "'@SUM(A1)"), ("\tTab", "'\tTab"), ("'=already", "''=already"), ("plain", "plain"), ("'quoted", "'quoted"),
        ("a=b", "a=b"), ("", ""),
    ])
    func guardedCellsNeverStartAsAFormulaAndComeBackExactly(value: String, cell: String) {
        #expect(CSVFormulaGuard.guarded(value) == cell)
        #expect(CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded(value)) == value)
    }

    static let hostile = PunchExportRow(number: 1, title: "=cmd|' /C calc'!A0", detail: "@SUM(1+1)*cmd", location: "-Roof",
                                        category: .other, priority: .p2, status: .open, assignee: "+dana", dueOn: nil,
                                        blocksAcceptance: false, ballInCourt: "us", source: .walkthrough)

    @Test func anExportStartsNoCellWithAFormulaCharacter() throws {
        // Given an item whose title, detail, location and assignee begin with = @ - +
        let text = PunchCSV.export([Self.hostile])
        // When the CSV is read as a spreadsheet would read its cells
        let cells = try CSVReader().table(Data(text.utf8)).rows.flatMap(\.fields)
        // Then no cell begins with a formula character, and Rapport's import gives the item back exactly
        #expect(cells.allSatisfy { cell in !["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? "") })
        let draft = try PunchCSV.parse(Data(text.utf8), fileName: "x.csv")[0].draft
        #expect(draft.title == Self.hostile.title && draft.detail == Self.hostile.detail)
        #expect(draft.location == Self.hostile.location && draft.assignee == Self.hostile.assignee)
    }

    @Test func theGuardCanBeTurnedOff() throws {
        let text = PunchCSV.export([Self.hostile], guardsFormulas: false)
        #expect(try CSVReader().table(Data(text.utf8)).rows[0].fields[1] == Self.hostile.title)
    }
}
