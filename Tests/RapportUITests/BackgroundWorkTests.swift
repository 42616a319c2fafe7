import Foundation
import Testing
import RapportModel
@testable import RapportUI

/// Slow effects off the main thread: keys are answered meanwhile, progress shows after 200 ms,
/// results come back through the wake pipe, and a superseded request's answer is not shown.
@MainActor
struct BackgroundWorkTests {
    func runtime(_ source: FixtureSource) -> (Runtime, MemoryTerminal) {
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now },
                              slowWorkInBackground: true)
        return (runtime, terminal)
    }

    @Test func theDashboardBuildsTheSearchIndexInTheBackgroundAfterTheFirstFrame() {
        // Given a file whose index takes four steps to build
        let source = FixtureSource()
        source.indexSteps = [25, 50, 75].map { SearchIndexProgress(done: $0, total: 100) }
        let (runtime, terminal) = runtime(source)
        // When the dashboard starts
        runtime.start()
        // Then the first frame is drawn and the build is under way, keys answered meanwhile
        #expect(terminal.frames == 1)
        #expect(runtime.state.searchIndexBuilding)
        runtime.handle(.key(.char("j")))
        #expect(runtime.state.projects.list.selected == 1)
        for _ in 0..<50 where runtime.state.searchIndexBuilding { runtime.waitForBackgroundWork(milliseconds: 100) }
        // And every step ran, in turn, to the end, with nothing said on the status line
        #expect(source.indexSteps.isEmpty)
        #expect(runtime.state.searchIndex?.isComplete == true && !runtime.state.searchIndexBuilding)
        #expect(runtime.state.busy == nil)
    }

    @Test func keysAreAnsweredWhileTemperaturesAreScored() {
        // Given scoring that takes 400 ms
        let source = FixtureSource()
        source.temperatureDelay = 0.4
        let (runtime, terminal) = runtime(source)
        runtime.start()
        // The first frame does not wait for it
        #expect(runtime.state.temperature.list.loaded == false)
        #expect(terminal.lastCanvas!.lines.contains { $0.contains("4 Temperature") && !$0.contains("cold") })
        // When the user moves meanwhile, the key is handled at once
        runtime.handle(.key(.char("j")))
        #expect(runtime.state.projects.list.selected == 1)
        // After 200 ms the status line says what is running (the agenda's count comes first, at once)
        for _ in 0..<5 where runtime.state.calendar.list.counting { runtime.waitForBackgroundWork(milliseconds: 20) }
        #expect(!runtime.state.calendar.list.counting)
        runtime.waitForBackgroundWork(milliseconds: 250)
        #expect(runtime.state.busy == "Scoring customer temperatures")
        runtime.draw()
        #expect(terminal.lastCanvas!.lines.last == " ⧗ Scoring customer temperatures…")
        // Then the result arrives through the wake pipe and the note goes
        for _ in 0..<20 where runtime.isBusy { runtime.waitForBackgroundWork(milliseconds: 100) }
        #expect(runtime.state.temperature.list.total == 4)
        #expect(runtime.state.busy == nil)
        #expect(!terminal.wakeDescriptors.isEmpty)
    }

    @Test func slowWorkStartsOnlyOnceTheFirstFrameIsDrawn() {
        // Given a terminal that notes when the first frame reaches it, and a first screen that takes 50 ms to read
        let source = FixtureSource()
        source.projectsDelay = 0.05
        let terminal = StampingTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now },
                              slowWorkInBackground: true)
        // When the dashboard starts and its background work ends
        runtime.start()
        for _ in 0..<20 where runtime.isBusy { runtime.waitForBackgroundWork(milliseconds: 100) }
        // Then the scoring and the calendar's count, which would take the second core from the
        // first screen's reads, began after that frame, and their results arrived
        let frame = try! #require(terminal.firstFrame)
        let scored = try! #require(source.temperaturesStarted), counted = try! #require(source.countStarted)
        #expect(scored >= frame && counted >= frame)
        #expect(runtime.state.temperature.list.loaded && !runtime.state.calendar.list.counting)
    }

    @Test func aRequestMadeWhileOneRunsSupersedesItsAnswer() {
        let source = FixtureSource()
        source.temperatureDelay = 0.1
        let (runtime, _) = runtime(source)
        runtime.start()
        // A second request while the first runs waits for it, then runs; the first answer is dropped
        source.customers[0].name = "Renamed meanwhile"
        runtime.dispatch(.databaseChanged(now: FixtureSource.now))
        for _ in 0..<30 where runtime.isBusy { runtime.waitForBackgroundWork(milliseconds: 100) }
        #expect(source.temperatureCalls == 2)
        #expect(runtime.state.temperature.list.rows.contains { $0.name == "Renamed meanwhile" })
    }

    @Test func aFilterShowsItsPageBeforeItsSlowCountAndDropsALateOne() {
        // Given a 200-item project whose filtered counts take 300 ms (a short word read row by row)
        let source = FixtureSource()
        let rows = source.punch[1]!
        source.punch[1] = (0..<200).map { i in
            var row = rows[i % rows.count]
            row.id = Int64(i + 1)
            row.number = i + 1
            return row
        }
        source.punchCountDelay = 0.3
        let (runtime, terminal) = runtime(source)
        runtime.start()
        // When the user filters for "h"
        for key in "2/h" { runtime.handle(.key(.char(key))) }
        runtime.draw()
        // Then the first page is on the screen at once, its count marked as not yet known
        #expect(runtime.state.punch.list.rows.count == 54)
        #expect(runtime.state.punch.list.counting)
        #expect(terminal.lastCanvas!.lines.contains { $0.contains("≥ 54 of 200 match…") })
        // When the next letter comes before that count ("hd": 40 items, one short page, counted by it)
        runtime.handle(.key(.char("d")))
        #expect(runtime.state.punch.list.total == 40)
        #expect(!runtime.state.punch.list.counting)
        // Then the late count for "h" arrives and is dropped: the screen keeps "hd"'s
        for _ in 0..<30 where runtime.isBusy { runtime.waitForBackgroundWork(milliseconds: 100) }
        #expect(source.countCalls == ["h"])
        #expect(runtime.state.punch.list.total == 40)
        runtime.draw()
        #expect(terminal.lastCanvas!.lines.contains { $0.contains("40 of 200 match") })
    }
}

extension BackgroundWorkTests {
    @Test func theDashboardCheckpointsOffTheKeysThread() throws {
        // Given the dashboard after some keys
        let (runtime, _) = runtime(FixtureSource())
        let source = try #require(runtime.runner.source as? FixtureSource)
        runtime.start()
        runtime.handle(.key(.char("j")))
        // When keys pause and the log is copied back
        runtime.checkpointAfterActivity()
        for _ in 0..<50 where source.checkpointThread == nil { Thread.sleep(forTimeInterval: 0.01) }
        // Then that ran on a thread of its own, not the one the keys are handled on
        let thread = try #require(source.checkpointThread)
        #expect(pthread_equal(thread, pthread_self()) == 0)
    }

    @Test func inlineRunsCheckpointInline() throws {
        let source = FixtureSource()
        let terminal = MemoryTerminal(size: Size(columns: 120, rows: 40))
        let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                              source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now })
        runtime.checkpointAfterActivity()
        #expect(source.checkpointThread.map { pthread_equal($0, pthread_self()) != 0 } == true)
    }
}

/// A memory terminal that notes when its first frame arrived.
private final class StampingTerminal: Terminal {
    private let inner: MemoryTerminal
    private(set) var firstFrame: ContinuousClock.Instant?
    init(size: Size) { inner = MemoryTerminal(size: size) }
    var size: Size { inner.size }
    var wakeDescriptors: [Int32] {
        get { inner.wakeDescriptors }
        set { inner.wakeDescriptors = newValue }
    }
    func present(_ canvas: Canvas) {
        if firstFrame == nil { firstFrame = .now }
        inner.present(canvas)
    }
    func nextEvents(timeoutMilliseconds: Int32) -> [TerminalEvent] { inner.nextEvents(timeoutMilliseconds: timeoutMilliseconds) }
    func restore() { inner.restore() }
    func copyToClipboard(_ text: String) { inner.copyToClipboard(text) }
}
