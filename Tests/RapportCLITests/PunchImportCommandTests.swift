import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// A Procore template as a new user would take it through Rapport: dry run, import, export back.
@Suite(.serialized)
struct PunchImportCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-import-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    /// The hand-filled Procore import template of the interop tests.
    let template = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RapportInteropTests/Fixtures/procore-import-template.csv").path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = try AppDatabase.open(path: db)
        _ = try database.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Northwind")).id!
            return try ins.insert(Project(customerId: customer, code: "NW-01", name: "HQ refit", stage: .punch)).id!
        }
    }

    func run(_ arguments: [String]) throws -> String {
        try RapportCommand.Punch.Import.parse(["--db", db] + arguments).output()
    }

    @Test func aProcoreTemplateDryRunsImportsAndGoesBackOut() throws {
        // Given the template, dry-run into an empty project
        let dry = try run(["NW-01", template, "--dry-run"])
        // Then the dry run says how each column was read and that all three would be added
        #expect(dry.hasPrefix("procore-import-template.csv: Procore import template, 3 rows\n  Punch Item #     → number\n"))
        #expect(dry.hasSuffix("""
            Dates read month/day/year, as line 2 shows
            Type values taken as category other: Deficiency
            Would add 3 items and update 0
            Dry run: nothing was imported.
            """))
        let database = try AppDatabase.open(path: db)
        let project = try database.projectId(code: "NW-01")
        #expect(try database.exportPunchItems(projectId: project).isEmpty)
        // When it is imported, and imported again
        #expect(try run(["NW-01", template]).hasSuffix("Imported 3 items into NW-01 from \(template)"))
        #expect(try run(["NW-01", template]).hasSuffix(
            "Imported 3 items into NW-01 from \(template): 0 added, 3 updated (#1, #2, #3)"))
        // Then the items are there once, with Procore's fields
        let items = try database.exportPunchItems(projectId: project)
        #expect(items.map(\.item.number) == [1, 2, 3])
        #expect(items[0].external == PunchExternalFields(reference: "RFI-031", costCode: "27-4100", costImpact: "No",
                                                         scheduleImpact: "No", createdBy: "Dana Whitfield"))
        // And exported in Procore's format they read as the template did
        let out = folder + "/back.csv"
        try RapportCommand.Punch.Export.parse(["--db", db, "NW-01", "--format", "procore", "--output", out]).run()
        let expected = [
            "Punch Item #,Item Name,Type,Due Date,Location,Cost Code,Schedule Impact,Cost Impact,Priority,Reference,"
                + "Created By,Description,Assigned,Comments",
            "1,Projector image soft in corners,video,12/15/2026,Level 2 > Room 204,27-4100,No,No,High,RFI-031,"
                + "Dana Whitfield,\"Refocus and check keystone.\nComments: Customer noticed during training.\",Marco Diaz,",
            "2,Ceiling speaker rattles,audio,01/08/2027,Level 2 > Room 210,27-4100,TBD,Yes,Medium,,Dana Whitfield,"
                + "Rattle at 120 Hz on the left pair.,,",
            "3,\"Label rack patch panel, ports 1-48\",other,,Level 1 > MDF,27-1500,No,No,Low,ASI-7,Priya Raman,"
                + "\"Comments: Use the \"\"AV-\"\" prefix.\",Marco Diaz,",
        ]
        #expect(try String(contentsOfFile: out, encoding: .utf8) == expected.map { $0 + "\r\n" }.joined())
    }

    @Test func aBrokenTemplateIsRefusedWithItsLinesAndNothingIsImported() throws {
        // Given a template with a bad date and an unknown priority
        let file = folder + "/broken.csv"
        try "Punch Item #,Item Name,Due Date,Priority\n1,Rack fan,12/15/2026,High\n2,Mic,13/13/2026,High\n3,Label,,Soonish\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        // When it is imported, then both problems are named and nothing is written
        #expect(throws: CLIError(["broken.csv, line 3, field Due Date: '13/13/2026' is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)",
                                  "broken.csv, line 4, field Priority: 'Soonish' is not a priority (P1, P2, P3, high, medium, low)",
                                  "Nothing was imported."].joined(separator: "\n"))) {
            try run(["NW-01", file])
        }
        let database = try AppDatabase.open(path: db)
        #expect(try database.exportPunchItems(projectId: try database.projectId(code: "NW-01")).isEmpty)
    }

    @Test func mapAndDateOrderReachTheImport() throws {
        let file = folder + "/sheet.csv"
        try "Task,Spec,When\nRack fan,27 41 00,03/04/2026\n".write(toFile: file, atomically: true, encoding: .utf8)
        // Given a sheet whose title column has no known name, and an ambiguous date
        _ = try run(["NW-01", file, "--map", "Task=title", "--map", "Spec=cost-code", "--map", "When=due",
                     "--date-order", "dmy"])
        let database = try AppDatabase.open(path: db)
        let item = try #require(try database.exportPunchItems(projectId: try database.projectId(code: "NW-01")).first)
        #expect(item.item.title == "Rack fan")
        #expect(item.item.dueOn == LocalDate(year: 2026, month: 4, day: 3))
        #expect(item.external.costCode == "27 41 00")
        #expect(throws: (any Error).self) { try RapportCommand.Punch.Import.parse(["--db", db, "NW-01", file, "--map", "Task"]) }
    }

    @Test func anXLSXExportImportsIntoAnotherProject() throws {
        // Given the template imported and exported as a workbook
        _ = try run(["NW-01", template])
        let workbook = folder + "/list.xlsx"
        try RapportCommand.Punch.Export.parse(["--db", db, "NW-01", "--format", "xlsx", "--output", workbook]).run()
        let database = try AppDatabase.open(path: db)
        let copy = try database.insertAll { ins in
            try ins.insert(Project(customerId: 1, code: "NW-02", name: "Copy", stage: .punch)).id!
        }
        // When the workbook is imported into another project
        _ = try run(["NW-02", workbook])
        // Then every item and its other-system fields come back
        let a = try database.exportPunchItems(projectId: try database.projectId(code: "NW-01"))
        let b = try database.exportPunchItems(projectId: copy)
        #expect(b.map(\.draft) == a.map(\.draft))
        #expect(b.map(\.external) == a.map(\.external))
        #expect(throws: (any Error).self) { try RapportCommand.Punch.Export.parse(["--db", db, "NW-01", "--format", "xlsx"]) }
    }
}

extension PunchImportCommandTests {
    @Test func anImportedItemIsDisputedAndResumed() throws {
        // Given the template imported
        _ = try run(["NW-01", template])
        // When the customer disputes #2, then the work resumes
        let disputed = try RapportCommand.Punch.Dispute.parse(["--db", db, "NW-01#2", "--note", "rattle was there before"]).output()
        let list = try RapportCommand.Punch.List.parse(["--db", db, "NW-01", "--status", "disputed"]).output()
        // Then the command says so, the list shows it, and set cannot make a dispute without a note's command
        #expect(disputed == "In dispute (by customer): NW-01#2")
        #expect(list.contains("   2 disputed "))
        #expect(list.hasSuffix("1 items\n"))
        #expect(throws: CLIError("status=disputed: use rapport punch dispute REF --by customer|us --note \"why\"")) {
            try RapportCommand.Punch.Set.parse(["--db", db, "NW-01#1", "status=disputed"]).output()
        }
        _ = try RapportCommand.Punch.Set.parse(["--db", db, "NW-01#2", "status=in-progress"]).output()
        let database = try AppDatabase.open(path: db)
        let item = try database.exportPunchItems(projectId: try database.projectId(code: "NW-01"))[1].item
        #expect(item.status == .inProgress)
        #expect(item.ballInCourt == "us")
    }
}

extension CLIError: Equatable {
    public static func == (a: CLIError, b: CLIError) -> Bool { a.message == b.message }
}
