import Foundation
import RapportInterop
import RapportModel
import RapportStore
import RapportUI

/// Triage at scale: a project of 100,000 items, filtered, changed one by one and a thousand at
/// a time, undone; and a 10,000-row CSV import.
@MainActor
enum TriageScenarios {
    /// Sorts before every generated code, so the big project is the first row of the projects pane.
    static let bigCode = "0-BENCH"

    static func all(database: AppDatabase, now: Date, zone: TimeZone, iterations n: Int, bigItems: Int,
                    importRows: Int) throws -> [Scenario] {
        let projectId = try bigProject(database: database, items: bigItems, now: now)
        let size = Scenarios.size
        var state = AppState(size: size, now: now, timeZone: zone)
        state.user = "bench"
        let runtime = Runtime(state: state, source: database, terminal: MemoryTerminal(size: size), theme: .plain,
                              clock: { now })
        runtime.start()
        func keys(_ text: String) { for c in text { runtime.handle(.key(.char(c))) } }
        func press(_ key: Key) -> () -> Void { { runtime.handle(.key(key)); runtime.draw() } }
        /// Back to a clean punch pane on the big project: no overlay, marks, filter or input.
        func reset() {
            for _ in 0..<4 { runtime.handle(.key(.escape)) }
            keys("1g2")
        }
        /// Runs `reset` before the first iteration of a scenario only.
        func once(_ body: @escaping () -> Void) -> () -> Void {
            var done = false
            return { if !done { reset(); done = true }; body() }
        }
        let csv = Data(PunchCSV.export(generatedRows(importRows, seed: 7)).utf8)
        var importedInto: Int64?
        let big = "\(bigItems.formatted()) items"
        return [
            Scenario(name: "key: filter keystroke (\(big))", targetMilliseconds: 16, iterations: n,
                     prepare: { reset(); keys("/hdm") }, body: press(.char("i"))),
            Scenario(name: "key: status change + commit (\(big))", targetMilliseconds: 10, iterations: n,
                     prepare: once { runtime.handle(.key(.char("j"))) }, body: press(.char(">"))),
            Scenario(name: "key: bulk change of 1,000 marked", targetMilliseconds: nil, iterations: max(3, n / 20),
                     prepare: { reset(); for _ in 0..<1000 { runtime.handle(.key(.char(" "))) } },
                     body: press(.char("p"))),
            Scenario(name: "key: undo of a 1,000-item change", targetMilliseconds: nil, iterations: max(3, n / 20),
                     prepare: { runtime.handle(.key(.char("p"))) }, body: press(.char("u"))),
            Scenario(name: "import a \(importRows.formatted())-row punch CSV", targetMilliseconds: nil, iterations: 3, warmup: 1,
                     prepare: {
                         if importedInto != nil { _ = try database.undo(by: "bench", at: now) }
                         importedInto = projectId
                     },
                     body: {
                         let rows = try PunchCSV.parse(csv, fileName: "bench.csv")
                         _ = try database.importPunchItems(projectId: projectId, drafts: rows.map { ($0.line, $0.draft) },
                                                           file: "bench.csv", by: "bench", at: now)
                     }),
        ]
    }

    /// The project holding `items` punch items, made once by one import and reused after.
    static func bigProject(database: AppDatabase, items: Int, now: Date) throws -> Int64 {
        if let id = try? database.projectId(code: bigCode) { return id }
        let customer = try database.projects(offset: 0, limit: 1).first?.customerId ?? 1
        let id = try database.insertAll { ins in
            try ins.insert(Project(customerId: customer, code: bigCode, name: "Stadium AV (bench)", stage: .punch)).id!
        }
        let drafts = generatedRows(items, seed: 3).enumerated().map { ($0.offset + 2, $0.element.draft) }
        _ = try database.importPunchItems(projectId: id, drafts: drafts, file: "bench", by: "bench", at: now)
        return id
    }

    /// Believable rows, the same for a seed: rooms, trades, priorities, dates, a few HDMI faults.
    static func generatedRows(_ count: Int, seed: UInt64) -> [PunchExportRow] {
        var rng = SplitMix(state: seed)
        let rooms = (1...400).map { "Level \($0 % 12 + 1) / Suite \($0)" }
        let titles = ["HDMI handshake fails on input", "Ceiling speaker rattles", "Label patch panel", "Touch panel slow",
                      "Camera preset drifts", "Mic picks up HVAC", "Cable tray cover missing", "Projector fan loud"]
        let base = LocalDate(year: 2026, month: 11, day: 1)
        return (0..<count).map { i in
            PunchExportRow(number: i + 1, title: "\(titles[Int(rng.next() % 8)]) \(i + 1)",
                           location: rooms[Int(rng.next() % 400)],
                           category: PunchCategory.allCases[Int(rng.next() % 9)],
                           priority: Priority(rawValue: Int(rng.next() % 3) + 1)!,
                           assignee: ["dana", "li", "omar", "kim"][Int(rng.next() % 4)],
                           dueOn: base.adding(days: Int(rng.next() % 90)))
        }
    }

    /// A tiny deterministic generator, so the bench data are the same on every run.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
