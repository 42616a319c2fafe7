import Foundation
import Testing
import RapportModel
@testable import RapportInterop

/// Autodesk Build (ACC Issues) and Fieldwire exports and a plain spreadsheet, field by field.
@Suite struct ToolExportImportTests {
    @Test func anAutodeskBuildExportFoldsItsWorkflowOntoOurs() throws {
        // Given an ACC Issues export with each of its statuses, tiers with ">" and location details
        let plan = try plan("acc-issues-export.csv")
        // Then the statuses map (answered, work complete, ready to inspect: ready for review) and the
        // location details follow the description, labelled; In dispute is disputed
        #expect(plan.kind == .autodeskBuild)
        #expect(plan.notes == [
            "Not used: Subtype, Assigned to company, Start date, Root cause, Created on (--keep-unknown keeps them in the detail)",
            "Type values taken as category other: Quality",
        ])
        let by = PunchExternalFields(createdBy: "Sam Ortiz")
        let room204 = "Building A / Level 2 / Room 204", room206 = "Building A / Level 2 / Room 206"
        #expect(plan.rows == [
            row(2, 101, "Camera preset 3 drifts", detail: "Preset recalls 10 degrees left.\nLocation details: North wall",
                location: room204, assignee: "Li Chen", due: date(2026, 12, 15), external: by),
            row(3, 102, "Projector fan loud", location: room206, status: .readyForReview, assignee: "Marco Diaz",
                due: date(2026, 12, 18), external: by),
            row(4, 103, "Cable tray cover missing",
                detail: "Above the ceiling at column C4.\nLocation details: Corridor 1A", location: "Building A / Level 1",
                status: .readyForReview, assignee: "Omar Haddad", external: by),
            row(5, 104, "Ceiling speaker grille dented", location: room204, status: .readyForReview,
                assignee: "Omar Haddad", due: date(2026, 12, 20), external: by),
            row(6, 105, "Wrong input labels", location: room206, status: .open, assignee: "Li Chen",
                due: date(2026, 12, 22), external: by),
            row(7, 106, "Wall display scratched", location: room204, status: .disputed, assignee: "Marco Diaz", external: by),
            row(8, 107, "Rack doors locked", location: "Building A / Level 1 / MDF", status: .closed,
                assignee: "Omar Haddad", due: date(2026, 12, 1), external: by),
            row(9, 108, "Duplicate of 101", status: .void, external: by),
        ])
    }

    @Test func aFieldwireExportReadsItsPriorityStatuses() throws {
        // Given a Fieldwire task export, whose open statuses are "Priority 1" to "Priority 3"
        let plan = try plan("fieldwire-tasks.csv")
        // Then those are open items of that priority; Completed is ready for review, Verified closed
        #expect(plan.kind == .fieldwire)
        #expect(plan.columns.first { $0.header == "End date" }?.explanation == "due")
        let by = PunchExternalFields(createdBy: "Sam Ortiz")
        #expect(plan.rows == [
            row(2, 31, "HDMI handshake fails at lectern", location: "Room 204", category: .video, priority: .p1,
                assignee: "Li Chen", due: date(2026, 12, 5), external: by),
            row(3, 32, "Mic picks up HVAC", location: "Room 206", category: .audio, priority: .p2,
                assignee: "Marco Diaz", due: date(2026, 12, 12), external: by),
            row(4, 33, "Label floor boxes", category: .electrical, priority: .p3, external: by),
            row(5, 34, "Touch panel slow", location: "Room 204", category: .control, status: .readyForReview,
                assignee: "Li Chen", due: date(2026, 12, 2), external: by),
            row(6, 35, "Projector lamp hours reset", location: "Room 206", category: .video, status: .closed,
                assignee: "Marco Diaz", due: date(2026, 11, 30), external: by),
        ])
    }

    @Test func aPlainSpreadsheetWithSemicolonsAndEuropeanDates() throws {
        // Given a hand-made sheet saved by a European Excel: semicolons, day.month.year, paths with "/"
        let plan = try plan("spreadsheet.csv")
        // Then it reads as any other file
        #expect(plan.kind == .spreadsheet)
        #expect(explained(plan) == ["No. → number", "Issue → title", "Room → location", "Priority → priority",
                                    "Due → due", "Notes → detail"])
        #expect(plan.rows == [
            row(2, 1, "Ceiling speaker rattles", detail: "Rattle at 120 Hz", location: "Level 2 / Room 210",
                due: date(2026, 12, 15)),
            row(3, 2, "Label patch panel", location: "Level 1 / MDF", priority: .p3, due: date(2027, 1, 8)),
            row(4, 3, "Camera preset drifts", detail: "Customer asked twice", location: "Level 2 / Room 204",
                priority: .p1),
        ])
    }
}
