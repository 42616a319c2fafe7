import Foundation
import RapportModel

/// `rapport-bench --terminal`: the first frame and keys through a pseudo-terminal, and the side by
/// side of Rapport's first frame, calcurse's on 10,000 appointments and the harness floor, in one run.
enum TerminalBench {
    struct Outcome {
        var results: [Measurement]
        var notes: [String]
    }

    static func run(databasePath: String, now: Date, nowText: String, quick: Bool, selected: (String) -> Bool,
                    bigItems: String) -> Outcome {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("rapport").path
        if !FileManager.default.isExecutableFile(atPath: binary) { ProcessScenario.buildApp(beside: folder) }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return Outcome(results: [], notes: ["terminal scenarios not measured: build the rapport binary first"])
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-home").path
        try? FileManager.default.createDirectory(atPath: home + "/config", withIntermediateDirectories: true)
        let setup = TerminalScenarios.Setup(binary: binary, databasePath: databasePath, now: nowText,
                                            runs: quick ? 5 : 20, keyRuns: quick ? 5 : 40, home: home)
        var results: [Measurement] = []
        var notes: [String] = []
        if let note = BinaryLinkage(path: binary)?.note { notes.append(note) }
        let rapport = [binary, "--db", databasePath]
        let environment = TerminalScenarios.environment(home: home, now: nowText)
        var rapportMedian: Double?
        if selected(firstFrameName) {
            let samples = TerminalScenarios.firstFrames(rapport, environment: environment, runs: setup.runs)
            let m = Measurement(name: firstFrameName, samples: samples.frames, target: 20, percentile: 0.5)
            rapportMedian = m.p50
            results.append(m)
            results.append(Measurement(name: settledName, samples: samples.settled, target: nil, percentile: 0.5))
        }
        if selected(firstOfDayName) {
            // Today's stored temperatures gone and the cache a day old: the state the first
            // launch of a day finds (yesterday's snapshots are the newest).
            let today = LocalDate(now, in: TimeZone(identifier: "UTC")!)
            let forget = "DELETE FROM temperature_snapshot WHERE day = '\(today.iso)'; "
                + "UPDATE temperature_cache SET day = '\(today.adding(days: -1).iso)';"
            let samples = TerminalScenarios.firstFrames(rapport, environment: environment, runs: setup.runs, beforeEach: {
                ProcessScenario.spawnAndWait(["/usr/bin/sqlite3", databasePath, forget])
            }).frames
            results.append(Measurement(name: firstOfDayName, samples: samples, target: 20, percentile: 0.5))
        }
        if selected(sideBySideName) {
            let (lines, measurements) = sideBySide(setup, now: now, rapportMedian: rapportMedian)
            results += measurements
            notes += lines
        }
        results += TerminalScenarios.keys(setup, bigItems: bigItems, selected: selected)
        if selected(idleName), let idle = TerminalScenarios.idle(setup, seconds: quick ? 10 : 60) {
            notes.append(String(format: "idle dashboard over %d s: %.0f ms of CPU (%.3f %%), %d wake-ups", idle.seconds,
                                idle.cpuMilliseconds, idle.cpuMilliseconds / Double(idle.seconds * 10), idle.wakeups))
        }
        return Outcome(results: results, notes: notes)
    }

    static let firstFrameName = "pty: first frame (median)"
    static let settledName = "pty: first frame, settled (the calendar's count drawn)"
    static let firstOfDayName = "pty: first frame, first launch of a day"
    static let sideBySideName = "pty: side by side"
    static let idleName = "pty: idle"

    /// calcurse's first frame on 10,000 appointments, a C ncurses hello's and `/bin/true`'s
    /// exit, each on the same pty, in the same run; notes give Rapport's ratio to each.
    static func sideBySide(_ setup: TerminalScenarios.Setup, now: Date, rapportMedian: Double?) -> ([String], [Measurement]) {
        var measurements: [Measurement] = []
        var lines: [String] = []
        let floor = Measurement(name: "\(sideBySideName): harness floor (/bin/true)",
                                samples: TerminalScenarios.floor(runs: setup.runs, home: setup.home), target: nil, percentile: 0.5)
        measurements.append(floor)
        if let hello = CursesHello.build(in: setup.home) {
            let samples = TerminalScenarios.firstFrames([hello], environment: TerminalScenarios.environment(home: setup.home, now: nil),
                                                        runs: setup.runs, minimumBytes: CursesHello.bytes).frames
            measurements.append(Measurement(name: "\(sideBySideName): C ncurses hello", samples: samples, target: nil, percentile: 0.5))
        } else {
            lines.append("no C compiler: the C ncurses hello is not measured")
        }
        if let calcurse = ["/usr/bin/calcurse", "/usr/local/bin/calcurse"].first(where: FileManager.default.isExecutableFile),
           let data = CalcurseAppointments.folder(count: 10_000, now: now, home: setup.home) {
            let environment = TerminalScenarios.environment(home: data, now: nil)
            let samples = TerminalScenarios.firstFrames([calcurse, "-D", data], environment: environment, runs: setup.runs).frames
            let m = Measurement(name: "\(sideBySideName): calcurse, 10,000 appointments", samples: samples, target: nil,
                                percentile: 0.5)
            measurements.append(m)
            if let rapportMedian, rapportMedian > 0 {
                lines.append(String(format: "side by side (medians): rapport %.1f ms, calcurse %.1f ms, floor %.1f ms; "
                                    + "calcurse/rapport = %.2f× (target ≥ 3×), rapport/floor = %.2f×",
                                    rapportMedian, m.p50, floor.p50, m.p50 / rapportMedian, rapportMedian / max(floor.p50, 0.001)))
            }
        } else {
            lines.append("calcurse not installed: the side by side has no calcurse column")
        }
        return (lines, measurements)
    }
}
