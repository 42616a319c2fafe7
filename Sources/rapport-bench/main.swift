import Foundation
import RapportModel
import RapportStore
import RapportUI

/// rapport-bench: measures Rapport's speed on generated data and prints one line a scenario.
///
///   rapport-bench [--quick] [--json] [--fresh] [--db PATH] [--only TEXT] [--iterations N] [--terminal]
///
/// --terminal runs the real binary on a pseudo-terminal instead: first frame, keys to screen
/// bytes, and the side by side with calcurse and the harness floor (`TerminalBench`).
/// Without --quick it uses the `l` set (1,000 customers, 100,000 punch items), made once and
/// reused from .build/rapport-bench/; --quick uses the `s` set and finishes in seconds.
/// --only runs the scenarios whose name contains TEXT (the whole-process one too when it
/// matches), e.g. under `valgrind --tool=callgrind` with `--iterations 1`.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == ProcessScenario.childPeakFlag { ProcessScenario.childPeakMain(Array(arguments.dropFirst())) }
let usage = """
    usage: rapport-bench [--quick] [--json] [--fresh] [--db PATH] [--only TEXT] [--iterations N] [--terminal]
      --quick         the s set, in seconds (CI's smoke check); times are not asserted
      --json          results as JSON
      --fresh         seed the set again (and time the seed)
      --db PATH       the database to use (default .build/rapport-bench/l.sqlite, seeded on first use)
      --only TEXT     only the scenarios whose name contains TEXT
      --iterations N  timed runs per scenario (default 200, 20 with --quick)
      --terminal      the real binary through a pseudo-terminal, with calcurse beside it
    """
// A mistyped flag would otherwise run every scenario on the l set for many minutes.
let flags: Set<String> = ["--quick", "--json", "--fresh", "--terminal"], valued: Set<String> = ["--db", "--only", "--iterations"]
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
do {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        if flags.contains(argument) { continue }
        if valued.contains(argument), rest.popFirst() != nil { continue }
        FileHandle.standardError.write(Data("rapport-bench: \(valued.contains(argument) ? "\(argument) needs a value" : "unknown argument '\(argument)'")\n\(usage)\n".utf8))
        exit(2)
    }
}
let quick = arguments.contains("--quick")
let json = arguments.contains("--json")
let fresh = arguments.contains("--fresh")
let sizeName = quick ? DataSize.s : DataSize.l
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
}
let path = option("--db")
    ?? ".build/rapport-bench/\(sizeName.rawValue).sqlite"
let zone = TimeZone(identifier: "UTC")!
// A fixed clock, so every run measures the same screens.
let now = Date(timeIntervalSince1970: 1_795_770_000)  // 2026-11-27 09:00 UTC
let only = option("--only")
let iterations = option("--iterations").flatMap { Int($0) } ?? (quick ? 20 : 200)
func selected(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }

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
    // The state a user's database is in after `rapport seed`, even if an earlier run moved it.
    let window = AppState(size: Scenarios.size, now: now, timeZone: zone).agendaWindow
    try database.prepareAgenda(from: window.lowerBound, to: window.upperBound)
    if arguments.contains("--terminal") {
        let bigItems = quick ? 5_000 : 100_000
        _ = try MainActor.assumeIsolated { try TriageScenarios.bigProject(database: database, items: bigItems, now: now) }
        let outcome = TerminalBench.run(databasePath: path, now: now, nowText: "2026-11-27T09:00", quick: quick,
                                        selected: selected, bigItems: "\(bigItems.formatted()) items")
        let report = Report(dataSet: sizeName.rawValue, results: outcome.results, notes: notes + outcome.notes,
                            appPeakMiB: nil, harnessPeakMiB: peakResidentMiB(), quick: quick)
        print(json ? report.json() : report.text())
        exit(0)
    }
    let process = selected(ProcessScenario.name)
        ? ProcessScenario.firstFrame(databasePath: path, now: "2026-11-27T09:00", runs: quick ? 5 : 20) : nil
    if let process {
        results.append(process.measurement)
    } else if selected(ProcessScenario.name) {
        notes.append("first frame as a whole process not measured: build the rapport binary first")
    }
    if selected(GlanceProcessScenario.name) {
        if let glance = try GlanceProcessScenario.run(database: database, databasePath: path, now: "2026-11-27T09:00",
                                                      runs: quick ? 5 : 20) {
            results.append(glance)
        } else {
            notes.append("glance as a whole process not measured: build the rapport binary first")
        }
    }
    try MainActor.assumeIsolated {
        for scenario in Scenarios.all(database: database, now: now, zone: zone, iterations: iterations)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        let bigItems = quick ? 5_000 : 100_000
        for scenario in try TriageScenarios.all(database: database, now: now, zone: zone, iterations: iterations, bigItems: bigItems,
                                                importRows: quick ? 1_000 : 10_000)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        for scenario in try ImportScenarios.all(database: database, now: now, rows: quick ? 1_000 : 10_000)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        // calcurse takes a minute on the full set; --quick leaves it out so CI stays quick.
        for scenario in CalendarScenarios.all(database: database, dataSet: sizeName.rawValue, now: now, zone: zone,
                                              iterations: iterations, series: quick ? 1_000 : 10_000, calcurse: !quick)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        for scenario in try RecordScenarios.all(database: database, now: now, zone: zone, iterations: iterations)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        for scenario in try TemperatureScenarios.all(database: database, now: now, zone: zone, iterations: iterations)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        for scenario in try SearchScenarios.all(database: database, zone: zone, iterations: iterations)
        where selected(scenario.name) {
            results.append(try Stopwatch.run(scenario))
        }
        // Its setup writes thousands of files: only when one of its scenarios may run.
        if only.map({ $0.contains("calendar") || "calendar".contains($0) }) ?? true {
            for scenario in try CalendarSyncScenarios.all(now: now, zone: zone, iterations: iterations,
                                                          events: quick ? 1_000 : 10_000)
            where selected(scenario.name) {
                results.append(try Stopwatch.run(scenario))
            }
        }
        let mailCount = quick ? 1_000 : 10_000
        if MailScenarios.names(count: mailCount).contains(where: selected) {
            defer { MailScenarios.removeFiles() }
            for scenario in try MailScenarios.all(database: database, count: mailCount)
            where selected(scenario.name) {
                results.append(try Stopwatch.run(scenario))
            }
        }
    }
    try database.prepareAgenda(from: window.lowerBound, to: window.upperBound)
    let report = Report(dataSet: sizeName.rawValue, results: results, notes: notes,
                        appPeakMiB: process?.peakMiB, harnessPeakMiB: peakResidentMiB(), quick: quick)
    print(json ? report.json() : report.text())
} catch {
    FileHandle.standardError.write(Data("rapport-bench: \(error)\n".utf8))
    exit(1)
}
