import Foundation
import RapportModel
import RapportStore
import RapportUI

/// rapport-bench: measures Rapport's speed on generated data and prints one line a scenario.
///
///   rapport-bench [--quick] [--json] [--fresh] [--db PATH] [--only WORD]
///
/// Without --quick it uses the `l` set (1,000 customers, 100,000 punch items), made once and
/// reused from .build/rapport-bench/; --quick uses the `s` set and finishes in seconds.
let arguments = CommandLine.arguments.dropFirst()
let quick = arguments.contains("--quick")
let json = arguments.contains("--json")
let fresh = arguments.contains("--fresh")
/// `--only WORD`: run just the scenarios whose name contains WORD (while working on one).
let only = arguments.firstIndex(of: "--only").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
let sizeName = quick ? DataSize.s : DataSize.l
let path = arguments.firstIndex(of: "--db").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
    ?? ".build/rapport-bench/\(sizeName.rawValue).sqlite"
let zone = TimeZone(identifier: "UTC")!
// A fixed clock, so every run measures the same screens.
let now = Date(timeIntervalSince1970: 1_795_770_000)  // 2026-11-27 09:00 UTC
let iterations = quick ? 50 : 200

var results: [Measurement] = []
var notes: [String] = []

do {
    if fresh { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    let database = try AppDatabase.open(path: path)
    if try database.isEmpty() {
        let ms = try Stopwatch.time {
            _ = try DemoDataGenerator(size: sizeName, seed: 1, now: now, timeZone: zone).generate(into: database)
        }
        results.append(Measurement(name: "seed the \(sizeName.rawValue) set", samples: [ms], target: sizeName == .l ? 60_000 : nil))
    } else {
        notes.append("seeding not measured: reused \(path) (--fresh measures it)")
    }
    let process = only == nil ? ProcessScenario.firstFrame(databasePath: path, now: "2026-11-27T09:00", runs: quick ? 5 : 20) : nil
    if let process {
        results.append(process.measurement)
    } else {
        notes.append("first frame as a whole process not measured: build the rapport binary first")
    }
    try MainActor.assumeIsolated {
        for scenario in Scenarios.all(database: database, now: now, zone: zone, iterations: iterations)
        where only.map(scenario.name.contains) ?? true {
            results.append(try Stopwatch.run(scenario))
        }
        let bigItems = quick ? 5_000 : 100_000
        for scenario in try TriageScenarios.all(database: database, now: now, zone: zone, iterations: iterations, bigItems: bigItems)
        where only.map(scenario.name.contains) ?? true {
            results.append(try Stopwatch.run(scenario))
        }
    }
    let report = Report(dataSet: sizeName.rawValue, results: results, notes: notes,
                        appPeakMiB: process?.peakMiB, harnessPeakMiB: peakResidentMiB(), quick: quick)
    print(json ? report.json() : report.text())
} catch {
    FileHandle.standardError.write(Data("rapport-bench: \(error)\n".utf8))
    exit(1)
}
