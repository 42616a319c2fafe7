import Foundation
import Testing

/// `RAPPORT_TRACE_START`, the benchmark's view into a start: the real binary in a terminal
/// writes every phase once, in order, on the clock the harness spawns by.
@Suite struct StartupTraceTests {
    @Test(.enabled(if: TmuxSession.isUsable, TmuxSession.skipReason))
    func theFirstFrameWritesEachPhaseInOrderOnTheMonotonicClock() async throws {
        // Given a seeded file and a trace file named in the environment
        let scratch = try Scratch()
        let database = try scratch.seededDatabase()
        let trace = scratch.url.appending(path: "start.trace").path
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let before = UInt64(clock.tv_sec) * 1_000_000_000 + UInt64(clock.tv_nsec)
        // When the dashboard starts and shows its first frame
        let session = try TmuxSession(command: try EndToEndTests.dashboard(database: database),
                                      environment: ["RAPPORT_TRACE_START": trace])
        defer { session.kill() }
        try await session.waitFor(text: "Projects")
        try await session.waitForStableScreen()
        // Then the file holds the phases, each once, in the order they happen, none before the launch
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let labels = lines.map { String($0[..<$0.lastIndex(of: " ")!]) }
        #expect(labels == ["main", "config and theme", "terminal", "database", "first screen's data", "first frame"])
        let stamps = lines.compactMap { UInt64($0[$0.index(after: $0.lastIndex(of: " ")!)...]) }
        #expect(stamps.count == labels.count)
        #expect(stamps == stamps.sorted())
        #expect(stamps.first.map { $0 > before } == true, "\(stamps) before \(before)")
        // And keys after the first frame write nothing more to it
        try session.send(keys: "j", "q")
        try await EndToEndTests.expectCleanExit(session, statuses: ["0"])
        #expect(try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").count == labels.count)
    }
}
