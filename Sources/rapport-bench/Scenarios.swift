import Foundation
import RapportModel
import RapportStore
import RapportUI

/// Every scenario the harness runs, on one database. Adding a feature? Append its scenario here.
@MainActor
enum Scenarios {
    static let size = Size(columns: 120, rows: 40)

    static func all(database: AppDatabase, now: Date, zone: TimeZone, iterations n: Int) -> [Scenario] {
        let terminal = MemoryTerminal(size: size)
        let runtime = Runtime(state: AppState(size: size, now: now, timeZone: zone), source: database,
                              terminal: terminal, theme: .plain, clock: { now })
        runtime.start()
        /// Key to painted frame, as the terminal loop does it.
        func press(_ keys: Key...) -> () -> Void {
            { for key in keys { runtime.handle(.key(key)) }; runtime.draw() }
        }
        func focus(_ key: Character) -> () -> Void {
            { runtime.handle(.key(.char(key))); runtime.handle(.key(.char("g"))) }
        }
        let window = runtime.state.agendaWindow
        let page = runtime.state.visibleRows(.calendar) * 3
        let agendaTotal = (try? database.agendaCount(from: window.lowerBound, to: window.upperBound, timeZone: zone)) ?? 0
        var farAway = false
        return [
            Scenario(name: "key: move a row (projects)", targetMilliseconds: 5, iterations: n,
                     prepare: focus("1"), body: press(.char("j"))),
            Scenario(name: "key: page down (projects)", targetMilliseconds: 5, iterations: n,
                     prepare: focus("1"), body: press(.pageDown)),
            Scenario(name: "key: jump to last project", targetMilliseconds: 5, iterations: n,
                     prepare: focus("1"), body: press(.char("G"))),
            Scenario(name: "key: move a row (punch)", targetMilliseconds: 5, iterations: n,
                     prepare: focus("2"), body: press(.char("j"))),
            Scenario(name: "key: switch pane", targetMilliseconds: 5, iterations: n, body: press(.tab)),
            Scenario(name: "key: open detail (temperature)", targetMilliseconds: 5, iterations: n,
                     prepare: { runtime.handle(.key(.escape)); runtime.handle(.key(.char("4"))) }, body: press(.enter)),
            Scenario(name: "agenda: 14 days, count + first page", targetMilliseconds: 10, iterations: n) {
                _ = try database.agendaCount(from: window.lowerBound, to: window.upperBound, timeZone: zone)
                _ = try database.agenda(from: window.lowerBound, to: window.upperBound, timeZone: zone,
                                        offset: 0, limit: page)
            },
            Scenario(name: "agenda: 14 days, last page", targetMilliseconds: 10, iterations: n) {
                _ = try database.agenda(from: window.lowerBound, to: window.upperBound, timeZone: zone,
                                        offset: max(0, agendaTotal - page), limit: page)
            },
            Scenario(name: "agenda: 14 days, every entry (unpaged)", targetMilliseconds: nil, iterations: max(3, n / 10)) {
                _ = try database.agenda(from: window.lowerBound, to: window.upperBound, timeZone: zone)
            },
            Scenario(name: "temperature: every customer (stored)", targetMilliseconds: 200, iterations: n,
                     prepare: { _ = try database.temperatures(now: now, timeZone: zone) }) {
                _ = try database.temperatures(now: now, timeZone: zone)
            },
            Scenario(name: "temperature: every customer (computed)", targetMilliseconds: 200, iterations: max(3, n / 10)) {
                _ = try database.refreshTemperatures(now: now, timeZone: zone)
            },
            Scenario(name: "start to first frame (in process)", targetMilliseconds: nil, iterations: max(3, n / 10)) {
                let t = MemoryTerminal(size: size)
                Runtime(state: AppState(size: size, now: now, timeZone: zone), source: database, terminal: t,
                        theme: .plain, clock: { now }).start()
            },
            // Last, as it moves the expanded window away (main puts it back): each run asks for a
            // fortnight a year from the last one, so every series is expanded anew.
            Scenario(name: "agenda: expand a fortnight far away", targetMilliseconds: nil, iterations: max(3, n / 40),
                     warmup: 1, prepare: { farAway.toggle() }) {
                let start = window.lowerBound + (farAway ? 365 : 730) * 86_400
                _ = try database.agendaCount(from: start, to: start + 14 * 86_400, timeZone: zone)
            },
        ]
    }
}
