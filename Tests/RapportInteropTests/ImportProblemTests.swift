import Foundation
import Testing
import RapportModel
@testable import RapportInterop

/// Broken variants of the tools' files: refused with the line and the field, nothing read.
@Suite struct ImportProblemTests {
    static let template = "Punch Item #,Item Name,Type,Due Date,Location,Priority,Description,Comments\n"

    @Test func aTemplateWithoutItsNameColumnIsRefused() throws {
        // Given Procore's template with the Item Name column deleted
        let text = "Punch Item #,Type,Due Date,Priority\n1,Video,12/15/2026,High\n"
        // Then the import is refused on line 1 and says what it looked for
        #expect(throws: PunchImportError.noTitleColumn(file: "punch.csv", headers: ["Punch Item #", "Type", "Due Date", "Priority"])) {
            try plan(text: text)
        }
    }

    @Test(arguments: [
        ("2,Rack fan,Audio,13/13/2026,,High,,\n",
         "punch.csv, line 3, field Due Date: '13/13/2026' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)"),
        ("2,Rack fan,Audio,,,Urgentish,,\n",
         "punch.csv, line 3, field Priority: 'Urgentish' is not a priority (P1, P2, P3, high, medium, low)"),
        ("1,Rack fan,Audio,,,Low,,\n", "punch.csv, line 3, field Punch Item #: item 1 is already on line 2"),
    ])
    func aBadCellIsAProblemWithItsLineAndField(bad: String, expected: String) throws {
        // Given a template whose second item has one bad cell
        let text = Self.template + "1,Projector soft,Video,12/15/2026,Room 204,High,,\n" + bad
        // Then the plan keeps the good row, names the bad one, and a plain parse refuses the file
        let plan = try plan(text: text)
        #expect(plan.rows.map(\.line) == [2])
        #expect(plan.problems.map(\.description) == [expected])
        #expect(importMessage(text) == expected)
    }

    @Test func anUnknownStatusIsRefused() throws {
        // Given a Procore export with a status no tool writes
        let text = "#,Title,Status\n12,Display mount,Pending Approval\n"
        #expect(try plan(text: text).problems.map(\.description) == [
            "punch.csv, line 2, field Status: 'Pending Approval' is not a status (open, in progress, ready, closed, void, disputed)",
        ])
    }

    @Test func everyProblemIsListedInFileOrder() throws {
        // Given three bad rows among good ones
        let text = "Title,Due,Priority\nok,,\nbad date,31.02.2026,\nok,,\nbad pri,,P7\n,,P1\n"
        let plan = try plan(text: text)
        // Then the dry run can show them all, each at its line
        #expect(plan.problems.map(\.description) == [
            "punch.csv, line 3, field Due: '31.02.2026' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)",
            "punch.csv, line 5, field Priority: 'P7' is not a priority (P1, P2, P3, high, medium, low)",
            "punch.csv, line 6, field Title: empty; every item needs a title",
        ])
        #expect(plan.rows.map(\.line) == [2, 4])
    }

    // MARK: - Dates

    @Test func anAmbiguousDateIsRefusedUntilTheOrderIsGiven() throws {
        // Given a file whose only slash date could be either order
        let text = "Title,Due Date\nRack fan,03/04/2026\n"
        // Then it is refused with both readings; --date-order decides it
        #expect(try plan(text: text).problems.map(\.description) == [
            "punch.csv, line 2, field Due Date: '03/04/2026' could be 4 March 2026 or 3 April 2026; "
                + "say which with --date-order mdy or dmy",
        ])
        #expect(try plan(text: text, PunchImportOptions(dateOrder: .dmy)).rows.first?.draft.dueOn == date(2026, 4, 3))
        #expect(try plan(text: text, PunchImportOptions(dateOrder: .mdy)).rows.first?.draft.dueOn == date(2026, 3, 4))
    }

    @Test func oneUnambiguousDateDecidesTheFile() throws {
        // Given one date that can only be day first, and an ambiguous one
        let plan = try plan(text: "Title,Due\na,03/04/2026\nb,25/12/2026\n")
        // Then both are read day first, and the note says which line showed it
        #expect(plan.rows.map(\.draft.dueOn) == [date(2026, 4, 3), date(2026, 12, 25)])
        #expect(plan.notes == ["Dates read day/month/year, as line 3 shows"])
    }

    @Test func aFileWithBothOrdersIsRefused() {
        #expect(throws: PunchImportError.badCell(
            file: "punch.csv", line: 3, field: "Due",
            reason: "dates are written month first (line 2) and day first (line 3); say which with --date-order mdy or dmy")) {
            try plan(text: "Title,Due\na,12/31/2026\nb,31/12/2026\n")
        }
    }

    // MARK: - Columns

    @Test func mapOverridesTheGuess() throws {
        // Given a Procore export's Type and Trade, and the user's choice of Type as the category
        let text = "Title,Type,Trade,Spec\nRack fan,video,audio,27 41 00\n"
        let options = PunchImportOptions(mapping: [.init(column: "type", field: .category), .init(column: "Trade", field: nil),
                                                   .init(column: "Spec", field: .costCode)])
        let plan = try plan(text: text, options)
        // Then the mapped columns win and say so
        #expect(explained(plan) == ["Title → title", "Type → category (--map)", "Trade → ignored (--map)",
                                    "Spec → cost-code (--map)"])
        #expect(plan.rows == [row(2, nil, "Rack fan", category: .video, external: PunchExternalFields(costCode: "27 41 00"))])
        #expect(plan.notes.isEmpty)
    }

    @Test func aMapNamingNoColumnIsRefused() {
        #expect(throws: PunchImportError.badMapping(file: "punch.csv", reason: "--map names 'Severity', but the header has: Title, Due")) {
            try plan(text: "Title,Due\nx,\n", PunchImportOptions(mapping: [.init(column: "Severity", field: .priority)]))
        }
    }

    @Test(arguments: [("Type=category", "Type", PunchColumn.category as PunchColumn?), ("Spec = cost-code", "Spec", .costCode),
                      ("Private=ignore", "Private", nil), ("A=B=due", "A=B", .due)])
    func mapOptionsParse(text: String, column: String, field: PunchColumn?) throws {
        #expect(try PunchImportOptions.Mapping.parse(text).get() == .init(column: column, field: field))
    }

    @Test func aMapWithAnUnknownFieldSaysWhichFieldsThereAre() {
        guard case .failure(let error) = PunchImportOptions.Mapping.parse("Type=colour") else {
            Issue.record("parsed")
            return
        }
        #expect(error.description == "--map 'Type=colour': expected Column=field, the field one of number, title, detail, "
            + "location, category, priority, status, assignee, due, blocks-acceptance, ball-in-court, source, reference, "
            + "cost-code, cost-impact, schedule-impact, created-by, or ignore")
    }

    // MARK: - Dry run

    @Test func theReportSaysWhatWouldBeAddedAndWhatUpdated() throws {
        // Given the Procore template and a project that already has items 2 and 9
        let plan = try plan("procore-import-template.csv")
        // When the dry run's report is made
        let lines = plan.report(existing: [2, 9])
        // Then it names the file and its kind, each column, the notes, and which numbers update
        #expect(lines == [
            "procore-import-template.csv: Procore import template, 3 rows",
            "  Punch Item #     → number",
            "  Item Name        → title",
            "  Type             → category",
            "  Due Date         → due",
            "  Location         → location",
            "  Cost Code        → cost-code",
            "  Schedule Impact  → schedule-impact",
            "  Cost Impact      → cost-impact",
            "  Priority         → priority",
            "  Reference        → reference",
            "  Created By       → created-by",
            "  Description      → detail",
            "  Assigned         → assignee",
            "  Comments         → detail (after Description, labelled)",
            "Dates read month/day/year, as line 2 shows",
            "Type values taken as category other: Deficiency",
            "Would add 2 items and update 1 whose numbers the project has (#2)",
        ])
    }

    @Test func theReportListsTheFirstProblems() throws {
        let text = "Title,Priority\n" + (1...12).map { "item \($0),P\($0 + 3)\n" }.joined()
        let lines = try plan(text: text).report(existing: [], problemLimit: 2)
        #expect(Array(lines.suffix(4)) == [
            "Would add 0 items and update 0",
            "12 problems, the first 2:",
            "  punch.csv, line 2, field Priority: 'P4' is not a priority (P1, P2, P3, high, medium, low)",
            "  punch.csv, line 3, field Priority: 'P5' is not a priority (P1, P2, P3, high, medium, low)",
        ])
    }
}
