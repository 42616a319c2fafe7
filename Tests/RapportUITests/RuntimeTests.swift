import Foundation
import RapportModel
import Testing
@testable import RapportUI

@MainActor
struct RuntimeTests {
    @Test func anotherProcessesChangeIsShown() {
        // Given a running dashboard
        let source = FixtureSource()
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.start()
        #expect(terminal.lastCanvas!.lines[3].contains("Lecture hall AV"))
        // When another process renames the first project and commits
        source.projectRows[0].name = "Renamed elsewhere"
        source.version += 1
        runtime.checkForOutsideChanges()
        runtime.draw()
        // Then the screen shows it
        #expect(terminal.lastCanvas!.lines[3].contains("Renamed elsewhere"))
    }

    @Test func onlyAWindowOfRowsIsEverAskedFor() {
        // Given 2,000 projects, when the user jumps to the last and back to the first
        let source = FixtureSource()
        source.projectRows = (1...2_000).map {
            ProjectRow(id: Int64($0), code: "P\($0)", name: "", customerId: 1, customerName: "", stage: .punch, openPunch: 0)
        }
        let shot = screen(source, keys: "G g")
        // Then only windows of three pages (14 rows a page at 120x40) were asked for, around each end
        let projectCalls = source.calls.filter { $0.hasPrefix("projects ") }
        #expect(projectCalls == ["projects 0 42", "projects 1972 42", "projects 0 42"])
        #expect(shot.state.projects.list.selectedRow?.code == "P1")
    }
}
