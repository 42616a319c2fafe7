import Foundation
import RapportModel
import RapportStore
import RapportUI
import Testing
@testable import RapportCLI

/// `punch list` pads by display width, with the TUI's rules, so every column lines up in a
/// terminal whatever the titles are written in.
@Suite(.serialized)
struct TableWidthTests {
    let folder = NSTemporaryDirectory() + "rapport-width-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    static let titles = ["Plain ASCII title", "会议室投影机不亮", "👨‍👩‍👧‍👦 family room TV", "🏳️‍🌈 flag 🇩🇪 👍🏽", "Cafe\u{301} zero\u{200B}width",
                         "Two\nlines", "会议室投影机不亮会议室投影机不亮会议室投影机不亮会议室"]

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try AppDatabase.open(path: db, mode: .create).insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme")).id!
            return try ins.insert(Project(customerId: customer, code: "WID-0001", name: "Widths", stage: .punch))
        }
        let database = try AppDatabase.open(path: db)
        let drafts = Self.titles.enumerated().map { (line: $0.offset + 2, draft: PunchDraft(title: $0.element, assignee: "Zoë")) }
        _ = try database.importPunchItems(projectId: try database.projectId(code: "WID-0001"), drafts: drafts,
                                          file: "w.csv", by: "test", at: Date(timeIntervalSince1970: 1_790_000_000))
    }

    @Test func everyRowPutsTheAssigneeInTheSameColumn() throws {
        // Given titles in CJK, emoji sequences, combining and zero-width text, and one with a newline
        let out = try RapportCommand.Punch.List.parse(["--db", db, "WID-0001", "--sort", "number"]).output()
        let lines = out.split(separator: "\n").map(String.init)
        // Then there is one line per item (the newline did not split a row), plus header and count
        #expect(lines.count == Self.titles.count + 2)
        // And the assignee starts at the same display column on every row
        let columns = lines.dropFirst().dropLast().map { line -> Int in
            let range = line.range(of: " Zoë ")!
            return DisplayWidth.of(line[..<range.lowerBound])
        }
        #expect(Set(columns).count == 1, "assignee columns: \(columns)\n\(out)")
        #expect(columns.first == DisplayWidth.of(lines[0][..<lines[0].range(of: " ASSIGNEE")!.lowerBound]))
        #expect(out.contains("Two␊lines"))
    }

    @Test(arguments: [("会议室", 5, "会议…"), ("会议室", 6, "会议室"), ("abc", 5, "abc  "), ("会议室x", 6, "会议 …")])
    func fitCutsByDisplayWidthNeverSplittingAWideCharacter(text: String, width: Int, expected: String) {
        #expect(TableText.fit(text, width) == expected)
        #expect(DisplayWidth.of(TableText.fit(text, width)) == width)
    }
}
