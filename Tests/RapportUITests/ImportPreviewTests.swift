import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// `:import FILE`: a preview on the stack first, then one write only if nothing stops it.
struct ImportPreviewTests {
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)

    func state() -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        state.user = "dana"
        _ = reduce(&state, .projectsLoaded(total: 30, offset: 0, rows: FixtureSource().projectRows))
        return state
    }

    func preview(problems: [String] = []) -> PunchImportPreview {
        PunchImportPreview(file: "list.csv", kind: "Procore import template", columns: [], notes: [], rows: 3, added: 1,
                           updated: [2, 3], problems: problems, lines: ["list.csv: Procore import template, 3 rows"])
    }

    @Test func theFileIsPreviewedThenImportedWithEnter() {
        var state = state()
        #expect(reduce(&state, .commandLine("import list.csv")) == [.previewImport(path: "list.csv", projectId: 1)])
        _ = reduce(&state, .importPreviewed(preview(), path: "list.csv", projectId: 1))
        #expect(state.topRoute?.id == .importPreview)
        #expect(reduce(&state, .key(.enter)) == [.write(.importFile(path: "list.csv", projectId: 1), by: "dana")])
        #expect(state.routes.isEmpty)
        // The result is worded and the project's list reloads
        let effects = reduce(&state, .written(.imported(PunchImportResult(added: [26], updated: [2, 3]), file: "list.csv",
                                                         projectId: 1)))
        #expect(state.message?.text == "Imported list.csv: 1 added, 2 updated (one undo step)")
        #expect(effects.contains(.loadPunch(PunchQuery(projectId: 1), today: today, offset: 0, limit: 54)))
    }

    @Test func aPreviewWithProblemsImportsNothingAndEscGoesBack() {
        var state = state()
        _ = reduce(&state, .importPreviewed(preview(problems: ["list.csv, line 4, field Due Date: '13/45/2026' is not a date"]),
                                            path: "list.csv", projectId: 1))
        #expect(reduce(&state, .key(.enter)).isEmpty)
        #expect(state.message?.text == "Nothing imported: 1 problems in list.csv")
        _ = reduce(&state, .key(.escape))
        #expect(state.routes.isEmpty)
    }

    @Test func importNeedsAFile() {
        var state = state()
        #expect(reduce(&state, .commandLine("import")).isEmpty)
        #expect(state.message?.text == "import needs FILE")
    }
}
