import Foundation
import RapportInterop
import RapportModel
import RapportStore
import RapportUI
import Testing
@testable import RapportCLI

/// `rapport punch …` run in process against a seeded file, as a script would use it.
@Suite(.serialized)
struct PunchCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-punch-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let seed = try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1"])
        try seed.run()
    }

    /// The first two project codes of the seeded firm.
    func codes() throws -> (String, String) {
        let rows = try AppDatabase.open(path: db).projects(offset: 0, limit: 2)
        return (rows[0].code, rows[1].code)
    }

    /// The number the next item added to the project gets.
    func nextNumber(_ code: String) throws -> Int {
        let database = try AppDatabase.open(path: db)
        return (try database.exportPunchItems(projectId: database.projectId(code: code)).map(\.item.number).max() ?? 0) + 1
    }

    /// The error the command throws, worded as the user reads it; records an issue when it throws none.
    func failure(_ command: () throws -> String) -> String? {
        let error = #expect(throws: CLIError.self) { _ = try command() }
        return error?.description
    }

    @Test func addThenSetThenListShowsTheItem() throws {
        let (code, _) = try codes()
        let number = try nextNumber(code)
        // Given a quick-added item
        let added = try RapportCommand.Punch.Add.parse(["--db", db, code, "Rack fan loud @Board Room !1 due:2099-12-04 =omar"]).output()
        #expect(added == "Added \(code)#\(number) Rack fan loud")
        // When it is moved to ready (two workflow steps) and reassigned
        let set = try RapportCommand.Punch.Set.parse(["--db", db, "\(code)#\(number)", "status=ready", "assignee=li"]).output()
        #expect(set == "advance #\(number)\nadvance #\(number)\nassign #\(number) to li")
        // Then the list, filtered, shows it so
        let list = try RapportCommand.Punch.List.parse(["--db", db, code, "--filter", "rack fan"]).output()
        #expect(list == """
               # STATUS      PRI LOCATION             TITLE                                    ASSIGNEE   DUE
            \(String(format: "%4d", number)) ready       P1  Board Room           Rack fan loud                            li         2099-12-04
            1 items

            """)
    }

    @Test func aRefusedStepSaysNothingChangedAndWhy() throws {
        let (code, _) = try codes()
        let number = try nextNumber(code)
        _ = try RapportCommand.Punch.Add.parse(["--db", db, code, "Wall plate loose status:closed"]).output()
        // A closed item cannot be voided: the workflow says so, item by item, and it is a refusal (exit 1)
        let outcome = RapportCommand.run(["punch", "set", "--db", db, "\(code)#\(number)", "status=void"])
        #expect(outcome.status == 1)
        #expect(outcome.message == "Error: nothing changed (skipped: #\(number) is closed; it cannot be voided)")
    }

    @Test func summariesNameUpToThreeSkippedItems() {
        let skipped = (1...5).map { SkippedItem(id: Int64($0), number: $0, status: .closed, reason: .cannotAdvance) }
        let item = PunchItem(id: 9, projectId: 1, number: 9, title: "x", createdAt: .distantPast, updatedAt: .distantPast)
        #expect(WriteOutcome.summary(ChangeResult(change: .advance, projectId: 1, label: "advance #9", changed: [item],
                                                  skipped: skipped))
            == "advance #9 (skipped: #1 is closed; it cannot advance; #2 is closed; it cannot advance; "
            + "#3 is closed; it cannot advance and 2 more)")
        #expect(WriteOutcome.summary(ChangeResult(change: .advance, projectId: 1, label: "advance #9", changed: [item]))
            == "advance #9")
        #expect(WriteOutcome.summary(ChangeResult(change: .setPriority(.p1), projectId: 1, label: "set P1 on #9"))
            == "nothing changed")
    }

    @Test func textOverTheLimitsIsRefusedAtEveryEntrance() throws {
        let (code, _) = try codes()
        let before = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"]).output()
        let title = String(repeating: "t", count: 501)
        let tooLong = "the title is 501 characters long; at most 500 are allowed"
        // Quick-add
        #expect(failure { try RapportCommand.Punch.Add.parse(["--db", db, code, title]).output() }
            == "cannot save the punch item: \(tooLong)")
        // punch set
        #expect(failure {
            try RapportCommand.Punch.Set.parse(["--db", db, "\(code)#1", "assignee=" + String(repeating: "a", count: 201)]).output()
        } == "cannot save the punch item: the assignee is 201 characters long; at most 200 are allowed")
        // CSV import: the file, row and column are named, and nothing is imported
        let file = folder + "/long.csv"
        try "Title\nFine\n\(title)\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(failure { try RapportCommand.Punch.Import.parse(["--db", db, code, file]).output() }
            == "long.csv, line 3, field Title: 501 characters long; at most 500 are allowed\nNothing was imported.")
        #expect(try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"]).output() == before)
    }

    @Test func jsonListIsMachineReadable() throws {
        let (code, _) = try codes()
        let json = try RapportCommand.Punch.List.parse(["--db", db, code, "--status", "open", "--format", "json"]).output()
        let items = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ["open", "in-progress", "ready"].contains($0["status"] as! String) })
    }

    @Test func exportedCSVImportsIntoAnotherProjectFieldForField() throws {
        let (from, _) = try codes()
        let database = try AppDatabase.open(path: db)
        // Given project A exported to CSV
        let file = folder + "/a.csv"
        try RapportCommand.Punch.Export.parse(["--db", db, from, "--format", "csv", "--output", file]).run()
        // When it is imported into a fresh project
        let fresh = try database.insertAll { ins in
            try ins.insert(Project(customerId: 1, code: "NEW-0001", name: "Copy", stage: .punch)).id!
        }
        let message = try RapportCommand.Punch.Import.parse(["--db", db, "NEW-0001", file]).output()
        // Then every item comes back with the same fields
        let a = try database.exportPunchItems(projectId: try database.projectId(code: from)).map { PunchExportRow($0.item, location: $0.locationPath) }
        let b = try database.exportPunchItems(projectId: fresh).map { PunchExportRow($0.item, location: $0.locationPath) }
        #expect(a.map(\.draft) == b.map(\.draft))
        #expect(a.count > 5)
        #expect(message == "Imported \(a.count) items into NEW-0001 from \(file)")
    }

    @Test func aBadRowStopsTheImportAndChangesNothing() throws {
        let (code, _) = try codes()
        let file = folder + "/bad.csv"
        try "Title,Priority,Due\nFirst ok,P1,2026-12-01\n\"Second, bad\",P9,2026-12-02\n".write(toFile: file, atomically: true, encoding: .utf8)
        let before = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"]).output()
        #expect(failure { try RapportCommand.Punch.Import.parse(["--db", db, code, file]).output() }
            == "bad.csv, line 3, field Priority: 'P9' is not a priority (P1, P2, P3, high, medium, low)\nNothing was imported.")
        #expect(try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"]).output() == before)
    }

    /// CSV and Markdown are written as they are read; they must say what the whole list says.
    @Test(arguments: [["--sort", "priority"], ["--sort", "due", "--status", "open"], ["--filter", "zzz-nothing"]])
    func streamedCsvAndMarkdownHoldTheListInItsOrder(options: [String]) throws {
        let (code, _) = try codes()
        let database = try AppDatabase.open(path: db)
        let projectId = try database.projectId(code: code)
        // The list's numbers, in its order (the JSON listing)
        let json = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"] + options).output()
        let numbers = try (JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]).map { $0["number"] as! Int }
        let byNumber = Dictionary(uniqueKeysWithValues: try database.exportPunchItems(projectId: projectId).map {
            ($0.item.number, PunchExportRow($0.item, location: $0.locationPath, external: $0.external))
        })
        let rows = numbers.map { byNumber[$0]! }
        // CSV: the same rows in the list's order, as the whole-list writer writes them
        let csv = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "csv"] + options).output()
        #expect(csv == PunchCSV.export(rows))
        // Markdown: the report of those rows, grouped, counted and ordered as the whole-list report
        let md = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "md"] + options).output()
        let detail = try database.projectDetail(projectId: projectId)
        #expect(md == PunchMarkdown.report(projectCode: code, projectName: detail.project.name, customerName: detail.customerName,
                                           generatedOn: LocalDate(Date(), in: .current), rows: rows))
        if options.contains("zzz-nothing") { #expect(rows.isEmpty && md.contains("No punch items.")) } else { #expect(rows.count > 3) }
    }

    @Test func markdownReportGroupsByLocation() throws {
        // Given a fresh project with an item in a room and one without a place
        let database = try AppDatabase.open(path: db)
        let project = try database.insertAll { ins in
            try ins.insert(Project(customerId: 1, code: "MD-0001", name: "Report room", stage: .punch)).id!
        }
        let customer = try database.projectDetail(projectId: project).customerName
        _ = try RapportCommand.Punch.Add.parse(["--db", db, "MD-0001", "Rack fan loud @Board Room !1 due:2099-12-04 =li"]).output()
        _ = try RapportCommand.Punch.Add.parse(["--db", db, "MD-0001", "Binder missing +docs blocking"]).output()
        // When it is listed as Markdown
        let report = try RapportCommand.Punch.List.parse(["--db", db, "MD-0001", "--format", "md"]).output()
        // Then the report is grouped by room, the unplaced item last
        let today = LocalDate(Date(), in: .current).iso
        #expect(report == """
            # Punch list: MD-0001 Report room

            Customer: \(customer) · as of \(today)

            - Open items: 2 of 2
            - Blocking acceptance: 1
            - Overdue: 0

            ## Board Room (1 open of 1)

            | # | Status | Priority | Title | Assignee | Due |
            | --: | --- | --- | --- | --- | --- |
            | 1 | open | P1 | Rack fan loud | li | 2099-12-04 |

            ## No location (1 open of 1)

            | # | Status | Priority | Title | Assignee | Due |
            | --: | --- | --- | --- | --- | --- |
            | 2 | open | P2, blocking | Binder missing |  |  |

            """)
    }

    @Test(arguments: [
        (["NOPE-0001#1", "status=ready"], "no project with code 'NOPE-0001'"),
        (["X", "status=ready"], "'X' is not an item reference: write PROJECT#NUMBER, e.g. BER-0004#12"),
        (["BER-0004#1", "colour=red"], "unknown field 'colour': use status, priority, due, assignee or location"),
        (["BER-0004#1", "due=someday"],
         "due=someday: 'someday' is not a date: use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"),
        (["BER-0004#1", "priority=9"], "priority=9: use 1, 2 or 3"),
        (["BER-0004#1", "status=done"], "status=done: use open, in-progress, ready, closed or void"),
        (["BER-0004#1"], "give at least one field=value, e.g. status=ready"),
        (["status=ready"], "name at least one item, e.g. BER-0004#12"),
    ])
    func badSetArgumentsSayWhatIsWrong(arguments: [String], message: String) throws {
        #expect(failure { try RapportCommand.Punch.Set.parse(["--db", db] + arguments).output() } == message)
    }

    @Test func statusStepsFollowTheWorkflow() throws {
        #expect(try RapportCommand.Punch.Set.steps(from: .open, to: .closed) == [.advance, .advance, .advance])
        #expect(try RapportCommand.Punch.Set.steps(from: .readyForReview, to: .open) == [.stepBack])
        #expect(try RapportCommand.Punch.Set.steps(from: .closed, to: .readyForReview) == [.stepBack])
        let error = #expect(throws: CLIError.self) { try RapportCommand.Punch.Set.steps(from: .void, to: .open) }
        #expect(error?.description == "status: a void item cannot be moved; it is off the list")
    }
}
