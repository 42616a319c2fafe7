import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// The importer the dashboard's `:import FILE` calls: a preview first, then the import.
@Suite struct FileImporterTests {
    let template = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RapportInteropTests/Fixtures/procore-import-template.csv").path

    func project() throws -> (AppDatabase, Int64) {
        let database = try AppDatabase.inMemory()
        let id = try database.insertAll { ins in
            let customer = try ins.insert(Customer(name: "Northwind")).id!
            return try ins.insert(Project(customerId: customer, code: "NW-01", name: "HQ", stage: .punch)).id!
        }
        return (database, id)
    }

    @Test func thePreviewShowsTheColumnsAndWhatWouldChange() throws {
        // Given an empty project and Procore's template
        let (database, id) = try project()
        let importer = FileImporter(database: database)
        // When it is previewed
        let preview = try importer.preview(path: template, projectId: id)
        // Then it says what each column means and that all three rows would be added, and nothing is written
        #expect(preview.kind == "Procore import template")
        #expect(preview.columns.first == .init(header: "Punch Item #", meaning: "number", isUnused: false))
        #expect(preview.columns.last == .init(header: "Comments", meaning: "detail (after Description, labelled)", isUnused: false))
        #expect(preview.rows == 3 && preview.added == 3 && preview.updated.isEmpty && preview.canImport)
        #expect(preview.lines.last == "Would add 3 items and update 0")
        #expect(try database.punchNumbers(projectId: id).isEmpty)
        // And the commit imports them, and a second preview says they would be updated
        let result = try importer.commit(path: template, projectId: id, by: "pm", at: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(result == PunchImportResult(added: [1, 2, 3], updated: []))
        #expect(try importer.preview(path: template, projectId: id).updated == [1, 2, 3])
    }

    @Test func aFileThatCannotBeImportedSaysWhereAsAnAppError() throws {
        let (database, id) = try project()
        let folder = NSTemporaryDirectory() + "rapport-importer-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bad = folder + "/bad.csv", noTitle = folder + "/no-title.csv"
        try "Item Name,Priority\nRack fan,P9\n".write(toFile: bad, atomically: true, encoding: .utf8)
        try "Priority\nP1\n".write(toFile: noTitle, atomically: true, encoding: .utf8)
        let importer = FileImporter(database: database)
        // A bad cell is a problem of the preview, and the commit refuses it with its line and field
        #expect(try importer.preview(path: bad, projectId: id).problems
            == ["bad.csv, line 2, field Priority: 'P9' is not a priority (P1, P2, P3, high, medium, low)"])
        #expect(throws: AppError.importFailed(file: "bad.csv", line: 2,
                                              reason: "field Priority: 'P9' is not a priority (P1, P2, P3, high, medium, low)")) {
            try importer.commit(path: bad, projectId: id, by: "pm", at: Date())
        }
        // A header without a title column, a bad --map and a missing file are refused before any row
        #expect(throws: AppError.importFailed(file: "no-title.csv", line: 1,
                                              reason: "no title column (one of Title, Name, Subject, Summary, Issue); the header has: Priority")) {
            try importer.preview(path: noTitle, projectId: id)
        }
        #expect(throws: AppError.self) { try importer.preview(path: bad, projectId: id, mappings: ["Priority"]) }
        #expect(throws: AppError.cannotOpen(path: folder + "/none.csv", reason: "cannot read the file")) {
            try importer.preview(path: folder + "/none.csv", projectId: id)
        }
        #expect(try database.punchNumbers(projectId: id).isEmpty)
    }
}
