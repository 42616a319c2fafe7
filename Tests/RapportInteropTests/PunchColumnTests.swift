import Testing
@testable import RapportInterop

@Suite struct PunchColumnTests {
    @Test(arguments: [
        // Rapport's own header
        ("Number", PunchColumn.number), ("Blocks Acceptance", .blocksAcceptance), ("Ball In Court", .ballInCourt),
        // case, spaces, underscores and punctuation do not matter
        ("DUE_DATE", .due), ("due-date:", .due), ("  Due Date  ", .due), ("Title*", .title), ("No.", .number),
        ("blocks_acceptance", .blocksAcceptance), ("BallInCourt", .ballInCourt),
        // number
        ("#", .number), ("Item", .number), ("Item Number", .number), ("Item No.", .number), ("ID", .number),
        // title
        ("Name", .title), ("Subject", .title), ("Summary", .title), ("Issue", .title),
        // detail
        ("Description", .detail), ("Notes", .detail), ("Comments", .detail),
        // location
        ("Room", .location), ("Area", .location), ("Space", .location), ("Location Name", .location),
        // category
        ("Trade", .category), ("Type", .category), ("Discipline", .category),
        // priority
        ("Severity", .priority), ("Pri", .priority),
        // status
        ("State", .status),
        // assignee; "ball in court owner" is a person, "ball in court" is a side
        ("Assigned To", .assignee), ("Responsible", .assignee), ("Ball in Court Owner", .assignee),
        // due
        ("Due On", .due), ("Deadline", .due), ("Target Date", .due),
        // blocks acceptance
        ("Blocking", .blocksAcceptance), ("Required for Acceptance", .blocksAcceptance),
        ("Source", .source),
        // Procore's import template and export, Autodesk Build, Fieldwire
        ("Punch Item #", .number), ("Item Name", .title), ("Assigned", .assignee), ("Assignees", .assignee),
        ("Punch Item Type", .category), ("Workflow status", .status), ("End date", .due),
        ("Location Details", .detail), ("Created By", .createdBy), ("Cost Code", .costCode), ("Reference", .reference),
        ("Cost Impact Amount", .costImpact), ("Schedule Impact Days", .scheduleImpact),
    ])
    func headerNamesFromOtherToolsFindTheirColumn(header: String, expected: PunchColumn) {
        // Given a header as Procore, Autodesk Build, Fieldwire, BIM 360 or a hand-made sheet names it
        // When its column is looked up
        // Then it is the field it means
        #expect(PunchColumn(header: header) == expected)
    }

    @Test(arguments: ["Subtype", "Plan", "Created At", "Root Cause", "Punch Item Manager", "", "##"])
    func otherHeadersAreNoColumn(header: String) {
        // Given a column Rapport does not keep, then it is not mistaken for one it does
        #expect(PunchColumn(header: header) == nil)
    }

    @Test func everyNameMapsBackToItsOwnColumnAndTheHeaderComesFirst() {
        for column in PunchColumn.allCases {
            #expect(column.names.first == column.header)
            for name in column.names {
                #expect(PunchColumn(header: name) == column, "\(name)")
            }
        }
        #expect(PunchCSV.header.joined(separator: ",")
            == "Number,Title,Detail,Location,Category,Priority,Status,Assignee,Due,Blocks Acceptance,Ball In Court,Source,"
                + "Reference,Cost Code,Cost Impact,Schedule Impact,Created By")
    }

    @Test(arguments: [("Type", true), ("Punch Item Type", true), ("Trade", false), ("Category", false)])
    func aToolsTypeIsAWeakCategory(header: String, weak: Bool) {
        // Given a tool's "Type", which yields to a Trade or Category column in the same file
        #expect(PunchColumn.match(header)?.column == .category)
        #expect(PunchColumn.match(header)?.weak == weak)
    }

    @Test func mapNamesAFieldByItsFieldNameOrHeader() {
        #expect(PunchColumn(fieldName: "cost-code") == .costCode)
        #expect(PunchColumn(fieldName: "Ball In Court") == .ballInCourt)
        #expect(PunchColumn(fieldName: "due") == .due)
        #expect(PunchColumn(fieldName: "colour") == nil)
    }
}
