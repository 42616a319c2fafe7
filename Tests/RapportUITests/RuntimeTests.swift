import Foundation
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
        let source = FixtureSource()
        _ = screen(source, keys: "G")
        #expect(source.calls.allSatisfy { !$0.hasSuffix(" 1000") })
        #expect(source.calls.contains("projects 0 42"))
    }
}
