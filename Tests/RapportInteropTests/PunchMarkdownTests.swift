import Testing
import RapportModel
@testable import RapportInterop

@Suite struct PunchMarkdownTests {
    static let today = date(2026, 3, 8)

    @Test func aReportGroupsByLocationWithOpenItemsFirst() {
        // Given a project's items in three rooms and one without a room, some done, some late, some blocking
        let rows = [
            PunchExportRow(number: 12, title: "Ceiling tile cracked", location: "Room 10", status: .closed,
                           acceptedBy: "Kim"),
            PunchExportRow(number: 4, title: "Mic gain low", location: "Room 10", priority: .p2, status: .inProgress,
                           assignee: "lee", dueOn: date(2026, 3, 1), blocksAcceptance: true),
            PunchExportRow(number: 2, title: "HDMI handshake fails", location: "Room 2", priority: .p1,
                           status: .readyForReview, assignee: "dana", dueOn: date(2026, 3, 8), blocksAcceptance: true),
            PunchExportRow(number: 7, title: "As-built drawings", location: nil, category: .documentation,
                           priority: .p3, status: .open, dueOn: date(2026, 2, 20)),
            PunchExportRow(number: 9, title: "Duplicate of 2", location: "Room 2", status: .void,
                           dueOn: date(2026, 1, 1), blocksAcceptance: true),
            PunchExportRow(number: 1, title: "Label the rack", location: "lobby", priority: .p3, status: .open),
        ]
        // When the report is made on March 8
        let report = PunchMarkdown.report(projectCode: "NW-1042", projectName: "Northwind HQ refresh",
                                          customerName: "Northwind Traders", generatedOn: Self.today, rows: rows)
        // Then rooms come in natural order, "No location" last; open items precede done ones;
        // only open items count as blocking or overdue, and an item due today is not overdue
        #expect(report == """
            # Punch list: NW-1042 Northwind HQ refresh

            Customer: Northwind Traders · as of 2026-03-08

            - Open items: 4 of 6
            - Blocking acceptance: 2
            - Overdue: 2

            ## lobby (1 open of 1)

            | # | Status | Priority | Title | Assignee | Due |
            | --: | --- | --- | --- | --- | --- |
            | 1 | open | P3 | Label the rack |  |  |

            ## Room 2 (1 open of 2)

            | # | Status | Priority | Title | Assignee | Due |
            | --: | --- | --- | --- | --- | --- |
            | 2 | ready for review | P1, blocking | HDMI handshake fails | dana | 2026-03-08 |
            | 9 | void | P2 | Duplicate of 2 |  | 2026-01-01 |

            ## Room 10 (1 open of 2)

            | # | Status | Priority | Title | Assignee | Due |
            | --: | --- | --- | --- | --- | --- |
            | 4 | in progress | P2, blocking | Mic gain low | lee | 2026-03-01 (overdue) |
            | 12 | closed (accepted by Kim) | P2 | Ceiling tile cracked |  |  |

            ## No location (1 open of 1)

            | # | Status | Priority | Title | Assignee | Due |
            | --: | --- | --- | --- | --- | --- |
            | 7 | open | P3 | As-built drawings |  | 2026-02-20 (overdue) |

            """)
    }

    @Test(arguments: [
        ("A|B switcher", "A\\|B switcher"),
        ("line one\nline two", "line one<br>line two"),
        ("crlf\r\nand cr\rend", "crlf<br>and cr<br>end"),
        ("plain", "plain"),
    ])
    func cellsEscapePipesAndLineBreaks(text: String, expected: String) {
        // Given text that would end a table cell or row
        // Then it is escaped so the table keeps its shape
        #expect(PunchMarkdown.cell(text) == expected)
    }

    @Test func pipesAndLineBreaksInItemsKeepTheTableWhole() {
        // Given an item whose title and assignee hold a pipe and a line break, in a two-line location
        let rows = [PunchExportRow(number: 3, title: "Swap A|B inputs\non the DSP", location: "HQ\nLobby",
                                   assignee: "dana | lee")]
        // When reported
        let report = PunchMarkdown.report(projectCode: "P1", projectName: "Two\nlines", customerName: "C",
                                          generatedOn: Self.today, rows: rows)
        // Then every line of the table has its six cells, and the heading stays on one line
        #expect(report.contains("# Punch list: P1 Two lines\n"))
        #expect(report.contains("## HQ Lobby (1 open of 1)\n"))
        #expect(report.contains("| 3 | open | P2 | Swap A\\|B inputs<br>on the DSP | dana \\| lee |  |\n"))
    }

    @Test func anEmptyListSaysSo() {
        let report = PunchMarkdown.report(projectCode: "P1", projectName: "Lobby", customerName: "C",
                                          generatedOn: Self.today, rows: [])
        #expect(report == """
            # Punch list: P1 Lobby

            Customer: C · as of 2026-03-08

            - Open items: 0 of 0
            - Blocking acceptance: 0
            - Overdue: 0

            No punch items.

            """)
    }
}
