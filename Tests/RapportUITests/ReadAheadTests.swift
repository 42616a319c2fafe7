import Foundation
import Testing
import RapportModel
@testable import RapportUI

/// The selected row's view is read on the worker after each frame, so `Enter` draws it at once;
/// anything that may have changed the file since forgets what was read.
@MainActor
struct ReadAheadTests {
    /// A dashboard on the temperature pane, its background work done and the first customer's view read ahead.
    func onTemperaturePane() -> (Runtime, MemoryTerminal, FixtureSource) {
        let source = FixtureSource()
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now },
                              slowWorkInBackground: true)
        runtime.start()
        for _ in 0..<30 where runtime.isBusy || !runtime.state.temperature.list.loaded {
            runtime.waitForBackgroundWork(milliseconds: 100)
        }
        runtime.handle(.key(.char("4")))
        runtime.drawIfChanged()
        for _ in 0..<30 where runtime.readAhead.answer(Self.evidence(runtime)) == nil {
            runtime.waitForBackgroundWork(milliseconds: 100)
        }
        return (runtime, terminal, source)
    }

    static func evidence(_ runtime: Runtime) -> Effect {
        CustomerDetailRoute.evidenceEffect(1, runtime.state)
    }

    @Test func enterOpensTheSelectedCustomerFromWhatWasReadAhead() throws {
        let (runtime, terminal, source) = onTemperaturePane()
        // Given the first customer's evidence read once, ahead
        #expect(source.evidenceCalls == 1)
        // When Enter opens the customer
        runtime.handle(.key(.enter))
        // Then the view has its evidence at once, without reading it again
        #expect(source.evidenceCalls == 1)
        #expect(runtime.state.route(CustomerDetailRoute.self)?.evidence?.customerId == 1)
        runtime.drawIfChanged()
        #expect(terminal.lastCanvas!.lines.contains { $0.contains("display wall is still not working") })
    }

    @Test func anotherProcesssCommitForgetsWhatWasReadAhead() {
        let (runtime, _, source) = onTemperaturePane()
        // Given another process committed after the read ahead (the file's data version moved)
        source.version += 1
        // When Enter opens the customer, before the loop has looked for outside changes
        runtime.handle(.key(.enter))
        // Then its evidence is read again
        #expect(source.evidenceCalls == 2)
        #expect(runtime.state.route(CustomerDetailRoute.self)?.evidence?.customerId == 1)
    }

    @Test func aWriteForgetsWhatWasReadAhead() {
        let (runtime, _, source) = onTemperaturePane()
        // Given an effect that may write ran after the read ahead (a change from another view, here a reload)
        runtime.dispatch(.databaseChanged(now: FixtureSource.now))
        #expect(runtime.readAhead.answer(Self.evidence(runtime)) == nil)
        // When Enter opens the customer at once, the new read ahead not yet back
        runtime.handle(.key(.enter))
        // Then its evidence is read on the key's path, not taken from before the write
        #expect(source.evidenceCalls >= 2)
        #expect(runtime.state.route(CustomerDetailRoute.self)?.evidence?.customerId == 1)
    }

    @Test func aReadUnderAnOlderGenerationIsDropped() {
        // Given reads on the worker when a write forgets everything
        var readAhead = ReadAhead()
        let effects: [Effect] = [.loadCustomer(customerId: 1, today: LocalDate(year: 2026, month: 11, day: 27))]
        let generation = readAhead.request(effects, version: 7)!
        readAhead.forget()
        #expect(!readAhead.covers(effects))
        // When they answer
        let next = readAhead.finished(generation: generation, actions: [.withoutRecords])
        // Then the answer is not kept, and nothing waited
        #expect(readAhead.answer(effects[0]) == nil)
        #expect(next == nil)
        // While one asked for under the current generation is kept, with its version
        let current = readAhead.request(effects, version: 8)!
        _ = readAhead.finished(generation: current, actions: [.withoutRecords])
        #expect(readAhead.answer(effects[0]) == .withoutRecords && readAhead.version == 8)
    }

    @Test func theNewestAskedForWhileOneRunsIsReadNext() {
        var readAhead = ReadAhead()
        let today = LocalDate(year: 2026, month: 11, day: 27)
        let first: [Effect] = [.loadCustomer(customerId: 1, today: today)]
        let second: [Effect] = [.loadCustomer(customerId: 2, today: today)]
        let third: [Effect] = [.loadCustomer(customerId: 3, today: today)]
        let generation = readAhead.request(first, version: 1)!
        // Two asked for while the first runs: only the newest waits
        #expect(readAhead.request(second, version: 1) == nil)
        #expect(readAhead.request(third, version: 1) == nil)
        #expect(readAhead.finished(generation: generation, actions: [.withoutRecords]) == third)
    }
}
