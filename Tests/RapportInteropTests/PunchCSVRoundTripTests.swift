import Foundation
import Testing
import RapportModel
@testable import RapportInterop

@Suite struct PunchCSVRoundTripTests {
    static let rows = [
        PunchExportRow(number: 3, title: "HDMI handshake fails at lectern", detail: "Sony VPL; EDID?",
                       location: "HQ / Floor 3 / Board Room", category: .video, priority: .p1,
                       status: .inProgress, assignee: "dana", dueOn: date(2026, 3, 10), blocksAcceptance: true,
                       ballInCourt: "us", source: .walkthrough, rejections: 1),
        PunchExportRow(number: 14, title: "Label 5\" speaker, ceiling", detail: "Line one\nline \"two\"",
                       location: nil, category: .physicalInstall, priority: .p3, status: .closed,
                       assignee: "", dueOn: nil, blocksAcceptance: false, ballInCourt: "customer",
                       source: .email, acceptedBy: "Kim"),
    ]

    @Test func exportWritesTheAgreedHeaderAndValues() {
        // Given two items
        // When they are exported
        let text = PunchCSV.export(Self.rows)
        // Then the CSV has Rapport's header, P1-style priorities, stored statuses and ISO dates, CRLF endings
        let header = "Number,Title,Detail,Location,Category,Priority,Status,Assignee,Due,Blocks Acceptance,"
            + "Ball In Court,Source,Reference,Cost Code,Cost Impact,Schedule Impact,Created By"
        let first = "3,HDMI handshake fails at lectern,Sony VPL; EDID?,HQ / Floor 3 / Board Room,video,P1,"
            + "in-progress,dana,2026-03-10,yes,us,walkthrough,,,,,"
        let second = #"14,"Label 5"" speaker, ceiling","Line one"# + "\n"
            + #"line ""two""",,physical-install,P3,closed,,,no,customer,email,,,,,"#
        let expected: [String] = [header, first, second]
        #expect(text == expected.map { $0 + "\r\n" }.joined())
    }

    @Test func exportThenImportGivesTheSameDrafts() throws {
        // Given items with every category, priority, status and source, and awkward text
        var rows = Self.rows
        let categories = PunchCategory.allCases, statuses = PunchStatus.allCases, sources = PunchItem.Source.allCases
        for n in 0..<60 {
            rows.append(PunchExportRow(
                number: 100 + n, title: n % 7 == 0 ? "Title with, comma and \"quote\"" : "Item \(n)",
                detail: n % 5 == 0 ? "multi\nline\n\ndetail, with | pipe" : "", location: n % 4 == 0 ? nil : "Room \(n % 9)",
                category: categories[n % categories.count], priority: Priority.allCases[n % 3],
                status: statuses[n % statuses.count], assignee: n % 3 == 0 ? "" : "Tech \(n % 4)",
                dueOn: n % 2 == 0 ? nil : date(2026, 1 + n % 12, 1 + n % 28), blocksAcceptance: n % 2 == 0,
                ballInCourt: ["us", "customer", "sub"][n % 3], source: sources[n % sources.count]))
        }
        // When they are exported and the CSV imported into another project
        let imported = try PunchCSV.parse(Data(PunchCSV.export(rows).utf8), fileName: "export.csv")
        // Then each draft equals its row, field for field, number included, and the lines are the file's
        #expect(imported.map(\.draft) == rows.map(\.draft))
        #expect(imported.first?.line == 2)
        #expect(imported.map(\.draft.number) == rows.map(\.number))
    }

    @Test func aRowFromAStoredItemCarriesItsFields() {
        // Given a stored item and its location's path
        let now = Date(timeIntervalSince1970: 1_772_000_000)
        let item = PunchItem(projectId: 1, number: 9, title: "Touch panel asleep", category: .control,
                             priority: .p1, status: .closed, assignee: "lee", dueOn: date(2026, 4, 1),
                             blocksAcceptance: true, rejections: 2, acceptedBy: "Kim", createdAt: now, updatedAt: now)
        // When it becomes an export row
        let row = PunchExportRow(item, location: "Lobby")
        // Then nothing is lost on the way
        #expect(row == PunchExportRow(number: 9, title: "Touch panel asleep", location: "Lobby", category: .control,
                                      priority: .p1, status: .closed, assignee: "lee", dueOn: date(2026, 4, 1),
                                      blocksAcceptance: true, rejections: 2, acceptedBy: "Kim"))
    }
}
