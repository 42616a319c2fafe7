import Foundation
import RapportInterop
import RapportModel
import RapportStore
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

    @Test func addThenSetThenListShowsTheItem() throws {
        let (code, _) = try codes()
        // Given a quick-added item
        let added = try RapportCommand.Punch.Add.parse(["--db", db, code, "Rack fan loud @Board Room !1 due:2026-12-04 =omar"]).output()
        #expect(added.hasPrefix("Added \(code)#"))
        let number = added.split(separator: " ")[1].split(separator: "#")[1]
        // When it is moved to ready and reassigned
        let set = try RapportCommand.Punch.Set.parse(["--db", db, "\(code)#\(number)", "status=ready", "assignee=li"]).output()
        #expect(set.contains("advance"))
        // Then the list, filtered, shows it so
        let list = try RapportCommand.Punch.List.parse(["--db", db, code, "--filter", "rack fan"]).output()
        #expect(list.contains(" ready "))
        #expect(list.contains("Rack fan loud"))
        #expect(list.contains(" li "))
        #expect(list.hasSuffix("1 items\n"))
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
        #expect(message.hasPrefix("Imported "))
        // Then every item comes back with the same fields
        let a = try database.exportPunchItems(projectId: try database.projectId(code: from)).map { PunchExportRow($0.item, location: $0.locationPath) }
        let b = try database.exportPunchItems(projectId: fresh).map { PunchExportRow($0.item, location: $0.locationPath) }
        #expect(a.map(\.draft) == b.map(\.draft))
        #expect(a.count > 5)
    }

    @Test func aBadRowStopsTheImportAndChangesNothing() throws {
        let (code, _) = try codes()
        let file = folder + "/bad.csv"
        try "Title,Priority,Due\nFirst ok,P1,2026-12-01\n\"Second, bad\",P9,2026-12-02\n".write(toFile: file, atomically: true, encoding: .utf8)
        let before = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"]).output()
        #expect(throws: CLIError.self) { try RapportCommand.Punch.Import.parse(["--db", db, code, file]).output() }
        do { _ = try RapportCommand.Punch.Import.parse(["--db", db, code, file]).output() } catch {
            #expect("\(error)".contains("bad.csv, line 3, field Priority"))
        }
        #expect(try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "json"]).output() == before)
    }

    @Test func markdownReportGroupsByLocation() throws {
        let (code, _) = try codes()
        let report = try RapportCommand.Punch.List.parse(["--db", db, code, "--format", "md"]).output()
        #expect(report.hasPrefix("# Punch list: \(code)"))
        #expect(report.contains("\n## "))
    }

    @Test(arguments: [
        (["NOPE-0001#1", "status=ready"], "no project with code 'NOPE-0001'"),
        (["X", "status=ready"], "'X' is not an item reference"),
        (["BER-0004#1", "colour=red"], "unknown field 'colour'"),
        (["BER-0004#1", "due=someday"], "due=someday: 'someday' is not a date"),
    ])
    func badSetArgumentsSayWhatIsWrong(arguments: [String], message: String) throws {
        #expect(throws: CLIError.self) { try RapportCommand.Punch.Set.parse(["--db", db] + arguments).output() }
        do { _ = try RapportCommand.Punch.Set.parse(["--db", db] + arguments).output() } catch {
            #expect("\(error)".contains(message))
        }
    }

    @Test func statusStepsFollowTheWorkflow() throws {
        #expect(try RapportCommand.Punch.Set.steps(from: .open, to: .closed) == [.advance, .advance, .advance])
        #expect(try RapportCommand.Punch.Set.steps(from: .readyForReview, to: .open) == [.stepBack])
        #expect(try RapportCommand.Punch.Set.steps(from: .closed, to: .readyForReview) == [.stepBack])
    }
}
