import Foundation
import RapportModel
@testable import RapportInterop

/// A file of `Fixtures/`, written by hand with the header and value forms each tool writes.
func fixture(_ name: String) throws -> Data {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    return try Data(contentsOf: folder.appendingPathComponent("Fixtures").appendingPathComponent(name))
}

/// The plan of a fixture, read as `rapport punch import` reads it.
func plan(_ name: String, _ options: PunchImportOptions = PunchImportOptions()) throws -> PunchImportPlan {
    try PunchImporter.plan(try fixture(name), fileName: name, options: options)
}

/// The plan of `text` as the file `punch.csv`.
func plan(text: String, _ options: PunchImportOptions = PunchImportOptions()) throws -> PunchImportPlan {
    try PunchImporter.plan(Data(text.utf8), fileName: "punch.csv", options: options)
}

/// An expected row, defaults as an import leaves them.
func row(_ line: Int, _ number: Int?, _ title: String, detail: String = "", location: String? = nil,
         category: PunchCategory = .other, priority: Priority = .p2, status: PunchStatus = .open,
         assignee: String = "", due: LocalDate? = nil, ballInCourt: String = "us",
         external: PunchExternalFields = PunchExternalFields()) -> PunchImportRow {
    PunchImportRow(line: line, draft: PunchDraft(title: title, detail: detail, location: location, category: category,
                                                 priority: priority, status: status, assignee: assignee, dueOn: due,
                                                 ballInCourt: ballInCourt, number: number),
                   external: external)
}

/// Each column's header and what the dry run says about it.
func explained(_ plan: PunchImportPlan) -> [String] {
    plan.columns.map { "\($0.header) → \($0.explanation)" }
}
