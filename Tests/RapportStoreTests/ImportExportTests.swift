import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct ImportExportTests {
    static let drafts: [(line: Int, draft: PunchDraft)] = [
        (2, PunchDraft(title: "Rack door rubs", location: "Annex / Rack Room", category: .physicalInstall, number: 1)),
        (3, PunchDraft(title: "Label patch panel", location: "Board Room", category: .cabling, priority: .p3, number: 12)),
        (5, PunchDraft(title: "Handover binder", category: .documentation, priority: .p1, status: .inProgress,
                       assignee: "sam", dueOn: LocalDate(year: 2026, month: 3, day: 31), blocksAcceptance: true,
                       ballInCourt: "customer", source: .email)),
    ]

    @Test func anImportAddsEveryRowAsOneUndoStep() throws {
        // Given ACME-01 with #1…#6
        let f = try PunchFixture()
        let before = try f.db.punchSnapshot(f.acme01)
        // When three rows are imported
        let count = try f.db.importPunchItems(projectId: f.acme01, drafts: Self.drafts, file: "/tmp/walk.csv",
                                              by: Triage.pm, at: Triage.at(1))
        // Then all three are there: a taken number moves on, a free one is kept
        #expect(count.count == 3)
        #expect(try f.db.item(f.acme01, 7).title == "Rack door rubs")
        #expect(try f.db.item(f.acme01, 12).title == "Label patch panel")
        #expect(try f.db.item(f.acme01, 13).title == "Handover binder")
        #expect(try f.db.history(f.db.ids(f.acme01, 13)[0]) == ["created -→in-progress (imported from walk.csv)"])
        // And one undo takes them all back out, new room included
        #expect(try f.db.undo(by: Triage.pm, at: Triage.at(2))?.label == "import 3 items")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
    }

    @Test(arguments: [
        (PunchDraft(title: "  "), "the title is empty"),
        (PunchDraft(title: "Negative", number: -4), "number -4 is not a positive number"),
        (PunchDraft(title: "Where?", location: "lobby"),
         "location 'lobby' matches 2 places (Annex / Lobby; HQ/Lobby); type more of the path"),
    ])
    func aBadRowStopsTheImportAndChangesNothing(bad: PunchDraft, reason: String) throws {
        // Given a project, and a file whose third row cannot be stored
        let f = try PunchFixture()
        _ = try f.db.addPunchItem(projectId: f.acme01, draft: PunchDraft(title: "Fan", location: "Annex / Lobby"),
                                  by: Triage.pm, at: Triage.at(0))
        let before = try f.db.punchSnapshot(f.acme01)
        let counts = try f.db.counts()
        let drafts = [Self.drafts[0], Self.drafts[1], (line: 7, draft: bad), Self.drafts[2]]
        // When it is imported
        #expect(throws: AppError.importFailed(file: "walk.csv", line: 7, reason: reason)) {
            try f.db.importPunchItems(projectId: f.acme01, drafts: drafts, file: "walk.csv", by: Triage.pm, at: Triage.at(1))
        }
        // Then the error names file and line, and nothing was added: no item, no room, no undo step
        #expect(AppError.importFailed(file: "walk.csv", line: 7, reason: reason).description
            == "walk.csv:7: \(reason); nothing was imported")
        #expect(try f.db.punchSnapshot(f.acme01) == before)
        #expect(try f.db.counts() == counts)
        #expect(try f.db.undoLabel(by: Triage.pm) == "add #7")
    }

    @Test func anExportImportsIntoAnotherProjectFieldForField() throws {
        // Given ACME-01's items exported
        let f = try PunchFixture()
        _ = try f.db.importPunchItems(projectId: f.acme01, drafts: Self.drafts, file: "walk.csv", by: Triage.pm,
                                      at: Triage.at(1))
        let exported = try f.db.exportPunchItems(projectId: f.acme01)
        #expect(exported.map(\.item.number) == [1, 2, 3, 4, 5, 6, 7, 12, 13])
        #expect(exported.map(\.locationPath).prefix(3) == ["HQ / Floor 3 / Board Room", "HQ / Floor 3 / Board Room", "HQ/Lobby"])
        // When they are imported into a new project
        let fresh = try f.db.insertAll { ins in
            try ins.insert(Project(customerId: 1, code: "ACME-03", name: "Copy", stage: .punch)).id!
        }
        let count = try f.db.importPunchItems(projectId: fresh, drafts: exported.enumerated().map { ($0 + 2, $1.draft) },
                                              file: "acme-01.csv", by: Triage.pm, at: Triage.at(2))
        // Then every field comes back the same, numbers and room paths included
        #expect(count.count == exported.count)
        let copied = try f.db.exportPunchItems(projectId: fresh)
        #expect(copied.map(\.draft) == exported.map(\.draft))
    }

    @Test func exportOfAnUnknownProjectIsRefused() throws {
        #expect(throws: AppError.missingProject(id: 42)) { try PunchFixture().db.exportPunchItems(projectId: 42) }
    }
}
