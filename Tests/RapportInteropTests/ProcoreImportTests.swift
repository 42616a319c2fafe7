import Foundation
import Testing
import RapportModel
@testable import RapportInterop

/// Procore's punch list import template (both the 14 columns of the issue and the 16 of the
/// Procore Imports app) and a Procore list export, field by field.
@Suite struct ProcoreImportTests {
    @Test func theImportTemplateReadsEveryColumn() throws {
        // Given Procore's import template filled by hand: US dates, High/Medium/Low, tiers with ">"
        let plan = try plan("procore-import-template.csv")
        // Then every column has its field, Comments joins the detail after Description
        #expect(plan.kind == .procoreTemplate)
        #expect(explained(plan) == [
            "Punch Item # → number", "Item Name → title", "Type → category", "Due Date → due", "Location → location",
            "Cost Code → cost-code", "Schedule Impact → schedule-impact", "Cost Impact → cost-impact",
            "Priority → priority", "Reference → reference", "Created By → created-by", "Description → detail",
            "Assigned → assignee", "Comments → detail (after Description, labelled)",
        ])
        #expect(plan.notes == ["Dates read month/day/year, as line 2 shows",
                               "Type values taken as category other: Deficiency"])
        #expect(plan.problems.isEmpty)
        // And each row is the item the general contractor wrote, field for field
        #expect(plan.rows == [
            row(2, 1, "Projector image soft in corners",
                detail: "Refocus and check keystone.\nComments: Customer noticed during training.",
                location: "Level 2 / Room 204", category: .video, priority: .p1, assignee: "Marco Diaz",
                due: date(2026, 12, 15),
                external: PunchExternalFields(reference: "RFI-031", costCode: "27-4100", costImpact: "No",
                                              scheduleImpact: "No", createdBy: "Dana Whitfield")),
            row(3, 2, "Ceiling speaker rattles", detail: "Rattle at 120 Hz on the left pair.",
                location: "Level 2 / Room 210", category: .audio, priority: .p2, due: date(2027, 1, 8),
                external: PunchExternalFields(costCode: "27-4100", costImpact: "Yes", scheduleImpact: "TBD",
                                              createdBy: "Dana Whitfield")),
            row(4, 3, "Label rack patch panel, ports 1-48", detail: "Comments: Use the \"AV-\" prefix.",
                location: "Level 1 / MDF", category: .other, priority: .p3, assignee: "Marco Diaz",
                external: PunchExternalFields(reference: "ASI-7", costCode: "27-1500", costImpact: "No",
                                              scheduleImpact: "No", createdBy: "Priya Raman")),
        ])
    }

    @Test func theImportsAppTemplateMergesImpactsWithTheirAmounts() throws {
        // Given the Procore Imports app's template, whose impacts come with days and an amount
        let plan = try plan("procore-import-template-imports-app.csv")
        // Then the amount joins its impact, labelled; 3/2/2027 is March 2, as line 3's 3/15/2027 shows
        #expect(plan.kind == .procoreTemplate)
        #expect(plan.notes == ["Dates read month/day/year, as line 3 shows"])
        #expect(plan.rows == [
            row(2, 7, "Touch panel does not wake",
                detail: "Panel stays dark after the room timer.\nComments: Firmware 2.1 suspected.",
                location: "Building A / Level 3 / Board Room", category: .control, priority: .p1,
                assignee: "Li Chen", due: date(2027, 3, 2),
                external: PunchExternalFields(reference: "CO-014", costCode: "27-4100",
                                              costImpact: "Yes; Cost Impact Amount: 1500",
                                              scheduleImpact: "Yes; Schedule Impact Days: 2", createdBy: "Dana Whitfield")),
            row(3, 8, "Floor box cover missing", location: "Building A / Level 3 / Board Room", category: .electrical,
                priority: .p3, assignee: "Omar Haddad", due: date(2027, 3, 15),
                external: PunchExternalFields(costCode: "26-0500", costImpact: "No", scheduleImpact: "No",
                                              createdBy: "Dana Whitfield")),
        ])
    }

    @Test func anExportTakesTheTradeOverTheTypeAndSaysWhatItLeaves() throws {
        // Given a Procore list export: Type and Trade, workflow statuses, people in Ball In Court
        let plan = try plan("procore-export.csv")
        // Then Trade is the category, Type yields to it, and the unused columns are listed once
        #expect(plan.kind == .procoreExport)
        #expect(plan.columns.first { $0.header == "Type" }?.explanation == "not used (category comes from Trade)")
        #expect(plan.notes == [
            "Dates read month/day/year, as line 2 shows",
            "Not used: Type, Punch Item Manager, Final Approver, Created At, Private (--keep-unknown keeps them in the detail)",
        ])
        let external = { (reference: String, cost: String, schedule: String, code: String, by: String) in
            PunchExternalFields(reference: reference, costCode: code, costImpact: cost, scheduleImpact: schedule, createdBy: by)
        }
        #expect(plan.rows == [
            row(2, 12, "Display mount not level", detail: "Left display 4 mm low.", location: "Level 4 / Room 412",
                category: .video, priority: .p1, status: .open, assignee: "Marco Diaz", due: date(2026, 11, 30),
                ballInCourt: "Marco Diaz", external: external("", "No", "No", "27-4100", "Dana Whitfield")),
            row(3, 13, "Lectern mic cuts out", location: "Level 4 / Room 412", category: .audio, priority: .p2,
                status: .readyForReview, assignee: "Li Chen", due: date(2026, 12, 4), ballInCourt: "Dana Whitfield",
                external: external("RFI-044", "TBD", "TBD", "27-4100", "Priya Raman")),
            row(4, 14, "Rack fan noisy", detail: "Owner says the fan was never in scope.", location: "Level 1 / MDF",
                category: .cabling, priority: .p3, status: .disputed, assignee: "Omar Haddad", ballInCourt: "customer",
                external: external("PCO-3", "Yes", "No", "27-1500", "Priya Raman")),
            row(5, 15, "Wall plate labels", location: "Level 2 / Room 210", category: .cabling, priority: .p3,
                status: .closed, assignee: "Omar Haddad", due: date(2026, 11, 20),
                external: external("", "No", "No", "27-1500", "Dana Whitfield")),
        ])
    }

    @Test func keepUnknownPutsTheUnusedColumnsInTheDetail() throws {
        // Given the same export, read with --keep-unknown
        let plan = try plan("procore-export.csv", PunchImportOptions(keepUnknown: true))
        // Then the unused values follow the detail, each with its header, in file order
        #expect(plan.rows.first?.draft.detail == """
            Left display 4 mm low.
            Type: Deficiency
            Punch Item Manager: Dana Whitfield
            Final Approver: Priya Raman
            Created At: 11/02/2026 09:14 AM
            Private: No
            """)
        #expect(plan.notes.last == "Kept in the detail: Type, Punch Item Manager, Final Approver, Created At, Private")
        #expect(plan.fields.contains(.detail))
    }

    @Test func theTemplateRoundTripsOutAndIn() throws {
        // Given items with every field Procore's template carries
        let rows = [
            PunchExportRow(number: 4, title: "HDMI handshake fails, lectern", detail: "Sony VPL\nEDID?",
                           location: "HQ / Floor 3 / Board Room", category: .video, priority: .p1, assignee: "dana",
                           dueOn: date(2026, 3, 10),
                           external: PunchExternalFields(reference: "RFI-9", costCode: "27-4100",
                                                         costImpact: "Yes; Cost Impact Amount: 1500",
                                                         scheduleImpact: "No", createdBy: "Kim")),
            PunchExportRow(number: 19, title: "Label speakers", category: .physicalInstall, priority: .p3),
            PunchExportRow(number: 20, title: "Rack fan", location: "MDF", category: .cabling, priority: .p2,
                           dueOn: date(2026, 12, 31)),
        ]
        // When they are written as Procore's template and read back
        let text = PunchProcore.export(rows)
        let plan = try PunchImporter.plan(Data(text.utf8), fileName: "procore.csv")
        // Then the header is the template's, and each row gives back what the template holds
        #expect(text.hasPrefix("Punch Item #,Item Name,Type,Due Date,Location,Cost Code,Schedule Impact,Cost Impact,"
                               + "Priority,Reference,Created By,Description,Assigned,Comments\r\n"))
        #expect(text.contains("\r\n4,\"HDMI handshake fails, lectern\",video,03/10/2026,HQ > Floor 3 > Board Room,27-4100,"
                              + "No,Yes; Cost Impact Amount: 1500,High,RFI-9,Kim,\"Sony VPL\nEDID?\",dana,\r\n"))
        #expect(plan.problems.isEmpty)
        #expect(plan.rows.map(\.draft) == rows.map(\.draft))
        #expect(plan.rows.map(\.external) == rows.map(\.external))
    }
}
