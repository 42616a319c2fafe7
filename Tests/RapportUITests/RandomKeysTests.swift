import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Thousands of random key sequences from a fixed seed, over the in-memory terminal and the
/// fixture firm. After every key: nothing crashed, every list's selection is in range, no
/// change reached an item the filter hides, and the screen drawn fits its size.
@MainActor
struct RandomKeysTests {
    /// Every default key, the letters a filter or quick-add line needs, and a few that mean nothing.
    static let keys: [Key] = {
        var keys = Set(CommandTable.standard.commands.flatMap(\.defaultKeys))
        keys.remove(.char("q"))
        keys.remove(.ctrl("c"))  // quitting ends a sequence early; a few are added back below
        for c in "hdmistatu:ope1 @!x" { keys.insert(.char(c)) }
        keys.formUnion([.backspace, .left, .right, .ctrl("u"), .char("Z"), .function(5)])
        return keys.sorted { $0.description < $1.description }
    }()

    /// Phrases a user types often, so filters, prompts and the `:` line are reached, not only
    /// stumbled into one letter at a time.
    static let phrases: [[Key]] = [
        "/ status:ready Enter", "/ status:open Enter", "/ hdmi Enter", "/ Esc", "2 Space Space Space", "> >",
        ": sort due Enter", ": group location Enter", "d fri Enter", "= dana Enter", "a Label rack Enter", "e C-s",
        "i j A", "4 Enter j", "3 Enter", "? G",
    ].map(Key.sequence)

    /// Small screens mostly, since drawing is most of the time a key takes in a debug build.
    static let sizes = [Size(columns: 60, rows: 16), Size(columns: 80, rows: 20), Size(columns: 40, rows: 10),
                        Size(columns: 120, rows: 40), Size(columns: 200, rows: 12)]

    @Test func randomKeySequencesKeepEveryPromise() {
        var rng = SplitMix64(seed: 20261202)
        var keysPressed = 0
        for sequence in 0..<1_000 {
            let source = FixtureSource()
            let terminal = MemoryTerminal(size: Self.sizes[0])
            let runtime = Runtime(state: AppState(size: terminal.size, now: FixtureSource.now, timeZone: FixtureSource.zone),
                                  source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now })
            runtime.start()
            for step in 0..<15 {
                let events: [TerminalEvent]
                switch rng.next() % 100 {
                case 0: events = [.resize(Self.sizes[Int(rng.next() % UInt64(Self.sizes.count))])]
                case 1: events = [.paste("hdmi q>u")]
                case 2 where step > 12: events = [.key(.char("q"))]
                case 3..<30: events = Self.phrases[Int(rng.next() % UInt64(Self.phrases.count))].map { .key($0) }
                default: events = [.key(Self.keys[Int(rng.next() % UInt64(Self.keys.count))])]
                }
                terminal.enqueue(events)
                // One event at a time, as the terminal hands them out (a resize changes its size).
                for event in events {
                    source.shownQuery = runtime.state.punch.query
                    for e in terminal.nextEvents(timeoutMilliseconds: 0) { runtime.handle(e) }
                    runtime.draw()
                    keysPressed += 1
                    if let problem = Self.check(runtime.state, terminal, source) {
                        Issue.record("sequence \(sequence), step \(step), after \(event): \(problem)")
                        return
                    }
                }
                if runtime.state.shouldQuit { break }
            }
        }
        #expect(keysPressed > 20_000)
    }

    /// What must hold after every key; nil when it all does.
    static func check(_ state: AppState, _ terminal: MemoryTerminal, _ source: FixtureSource) -> String? {
        if let violation = source.violations.first { return violation }
        for (name, total, selected) in [
            ("projects", state.projects.list.total, state.projects.list.selected),
            ("punch", state.punch.list.total, state.punch.list.selected),
            ("calendar", state.calendar.list.total, state.calendar.list.selected),
            ("temperature", state.temperature.list.total, state.temperature.list.selected),
        ] {
            if total == 0, selected != nil { return "\(name): a selection in an empty list" }
            if let selected, !(0..<total).contains(selected) { return "\(name): selection \(selected) of \(total)" }
        }
        guard let canvas = terminal.lastCanvas else { return "nothing drawn" }
        if canvas.size != state.size { return "drew \(canvas.size) on \(state.size)" }
        if let wide = canvas.lines.first(where: { DisplayWidth.of($0) > canvas.size.columns }) {
            return "a line wider than the screen: \(wide)"
        }
        if let cursor = canvas.cursor, cursor.x >= canvas.size.columns || cursor.y >= canvas.size.rows {
            return "cursor off the screen at \(cursor)"
        }
        return nil
    }
}

/// A small, fast generator with a seed, so a failing sequence can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
