import Foundation

/// What the user sees, timed through a pseudo-terminal: the real `rapport` binary and its
/// `CursesTerminal`, from exec to the first frame's last byte, and from a key written to the
/// last byte of the screen it changes.
///
/// A frame is a burst of output followed by `quiet` milliseconds of none; its time is its last
/// byte's, so the quiet wait itself is never counted. A first frame ends at its first pause of
/// `frameGap` ms instead, and the screen's settling (a count drawn a frame later) is timed
/// beside it. The clock is fixed (`RAPPORT_NOW`), so no minute tick redraws in the middle of a
/// measurement.
enum TerminalScenarios {
    static let rows = 40, columns = 120
    /// Smaller than any first frame of a 120×40 screen, larger than the set-up bytes before it.
    static let firstFrameBytes = 1500
    static let quiet = 30
    /// A pause that ends a first frame: ncurses writes one in one or two writes, back to back.
    static let frameGap = 5

    struct Setup {
        var binary: String
        var databasePath: String
        var now: String
        var runs: Int
        var keyRuns: Int
        /// A folder for config and data that are not the user's.
        var home: String
    }

    static func environment(home: String, now: String?) -> [String: String] {
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "TZ": "UTC", "HOME": home,
                   "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
                   "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        if let now { env["RAPPORT_NOW"] = now }
        return env
    }

    /// Milliseconds from exec to the first frame's last byte, and to the screen's settling,
    /// `runs` times after two warm-ups.
    static func firstFrames(_ arguments: [String], environment: [String: String], runs: Int,
                            minimumBytes: Int = firstFrameBytes,
                            beforeEach: () -> Void = {}) -> (frames: [Double], settled: [Double]) {
        var frames: [Double] = [], settled: [Double] = []
        for i in 0..<(runs + 2) {
            beforeEach()
            guard let terminal = PseudoTerminal(arguments, environment: environment, rows: rows, columns: columns) else { break }
            let end = terminal.readFirstFrame(atLeast: minimumBytes, gap: frameGap, quiet: quiet)
            terminal.finish()
            guard i >= 2, let frame = end.frame, let last = end.settled else { continue }
            frames.append(PseudoTerminal.milliseconds(from: terminal.started, to: frame))
            settled.append(PseudoTerminal.milliseconds(from: terminal.started, to: last))
        }
        return (frames, settled)
    }

    /// The harness floor: exec of `/bin/true` on a pty to its exit.
    static func floor(runs: Int, home: String) -> [Double] {
        var samples: [Double] = []
        for i in 0..<(runs + 2) {
            guard let terminal = PseudoTerminal(["/bin/true"], environment: environment(home: home, now: nil),
                                                rows: rows, columns: columns) else { break }
            terminal.waitForExit(milliseconds: 5000)
            let end = PseudoTerminal.nanoseconds()
            if i >= 2 { samples.append(PseudoTerminal.milliseconds(from: terminal.started, to: end)) }
        }
        return samples
    }

    // MARK: - Keys

    /// One running dashboard that key scenarios share, on the big project's punch pane.
    final class Session {
        let terminal: PseudoTerminal
        init?(_ setup: Setup) {
            guard let terminal = PseudoTerminal([setup.binary, "--db", setup.databasePath],
                                                environment: TerminalScenarios.environment(home: setup.home, now: setup.now),
                                                rows: rows, columns: columns),
                  terminal.readBurst(atLeast: firstFrameBytes, quiet: 200) != nil
            else { return nil }
            _ = terminal.readUntilIdle()  // the background work after the first frame
            self.terminal = terminal
        }

        /// Types `keys` in one write, untimed, and waits until the program has answered them and
        /// is idle again, so a key that changes nothing costs a few milliseconds, not a time-out.
        /// The app reads an `Esc` followed by another key in one read as the two keys (except
        /// `b`, `f`, `d`: Alt keys); an `Esc` at the end reaches it after ncurses' escape delay.
        func type(_ keys: String) {
            guard !keys.isEmpty else { return }
            terminal.send(Array(keys.utf8))
            if keys.utf8.last == 0x1b { _ = terminal.readBurst(quiet: escapeWait, firstByte: escapeWait, limit: 2000) }
            _ = terminal.readUntilIdle()
        }

        /// Longer than ncurses' escape delay (25 ms), the time a lone `Esc` is held back.
        let escapeWait = 40

        /// Milliseconds from writing `bytes` to the last byte of the screen they change, or nil
        /// when the screen did not change.
        func press(_ bytes: [UInt8], quiet: Int = TerminalScenarios.quiet) -> Double? {
            pressAndWait(bytes, quiet: quiet).first
        }

        /// `press`, and then the milliseconds to the last byte of what follows within `then` ms
        /// of silence (a count from the background); the first time again when nothing follows.
        func pressAndWait(_ bytes: [UInt8], quiet: Int, then: Int? = nil) -> (first: Double?, last: Double?) {
            let sent = terminal.send(bytes)
            guard let first = terminal.readBurst(quiet: quiet, limit: 2000) else { return (nil, nil) }
            guard let then else { return (PseudoTerminal.milliseconds(from: sent, to: first), nil) }
            let last = terminal.readBurst(quiet: then, firstByte: then, limit: 2000) ?? first
            return (PseudoTerminal.milliseconds(from: sent, to: first), PseudoTerminal.milliseconds(from: sent, to: last))
        }

        func press(_ key: String, quiet: Int = TerminalScenarios.quiet) -> Double? { press(Array(key.utf8), quiet: quiet) }

        /// Back to the big project's punch pane, with no overlay, filter or detail open, and
        /// then `keys`.
        func reset(then keys: String = "") {
            type("\u{1b}\u{1b}\u{1b}1g2" + keys)
        }
    }

    struct KeyScenario {
        var name: String
        var target: Double?
        var prepare: (Session) -> Void
        /// The keys timed, each one a sample.
        var timed: [String]
        /// Untimed keys after the timed ones (e.g. back out of a view).
        var after: String = ""
        /// The silence that ends the screen's answer.
        var quiet = TerminalScenarios.quiet
        /// Also timed, under this name: the last of what follows the first answer (a filter's
        /// count from the background), up to 300 ms of silence after it.
        var laterName: String? = nil
    }

    static let esc = "\u{1b}"

    static func keyScenarios(bigItems: String) -> [KeyScenario] {
        var list: [KeyScenario] = []
        for (pane, name) in [("1", "projects"), ("2", "punch"), ("3", "calendar"), ("4", "temperature")] {
            list.append(KeyScenario(name: "pty key: move a row (\(name))", target: 5,
                                    prepare: { $0.reset(then: pane) }, timed: ["j", "k"]))
        }
        // The page of matches is the answer; a count that reads every item may follow from the
        // background ("≥ 162 … match…" until then), timed apart.
        for (ordinal, typed, key) in [("1st", "/", "h"), ("2nd", "/h", "d"), ("4th", "/hdm", "i")] {
            list.append(KeyScenario(name: "pty key: filter, \(ordinal) letter (\(bigItems))", target: 16,
                                    prepare: { $0.reset(then: typed) }, timed: [key], after: esc,
                                    laterName: "pty key: filter, \(ordinal) letter, count shown (\(bigItems))"))
        }
        list.append(KeyScenario(name: "pty key: status change + commit (\(bigItems))", target: 10,
                                prepare: { $0.reset(then: "j") }, timed: [">", "<"]))
        for (pane, name) in [("1", "project"), ("2", "punch item"), ("3", "meeting"), ("4", "customer")] {
            list.append(KeyScenario(name: "pty key: open detail (\(name))", target: 5,
                                    prepare: { $0.reset(then: pane) }, timed: ["\r"], after: esc))
        }
        // A move and Enter in one read: the view opens before its reads could be made ahead
        // (the cold path; each run opens the next customer down).
        list.append(KeyScenario(name: "pty key: move and open at once (customer)", target: 5,
                                prepare: { $0.reset(then: "4") }, timed: ["j\r"], after: esc))
        return list
    }

    /// Runs each key scenario `runs` times in one dashboard; the first run of each is a warm-up.
    static func keys(_ setup: Setup, bigItems: String, selected: (String) -> Bool) -> [Measurement] {
        guard let session = Session(setup) else { return [] }
        defer { session.terminal.finish() }
        var results: [Measurement] = []
        for scenario in keyScenarios(bigItems: bigItems) where selected(scenario.name) {
            var samples: [Double] = [], later: [Double] = []
            var unchanged = 0
            for run in 0..<(setup.keyRuns + 1) {
                scenario.prepare(session)
                for key in scenario.timed {
                    let ms = session.pressAndWait(Array(key.utf8), quiet: scenario.quiet,
                                                  then: scenario.laterName == nil ? nil : 300)
                    if run > 0 {
                        if let first = ms.first { samples.append(first) } else { unchanged += 1 }
                        if let last = ms.last { later.append(last) }
                    }
                }
                session.type(scenario.after)
            }
            var measurement = Measurement(name: scenario.name, samples: samples, target: scenario.target)
            if unchanged > 0 { measurement.name += " (\(unchanged) keys changed nothing)" }
            results.append(measurement)
            if let laterName = scenario.laterName { results.append(Measurement(name: laterName, samples: later, target: nil)) }
        }
        return results
    }
}

// MARK: - Idle

extension TerminalScenarios {
    /// What an idle dashboard costs: CPU time (user + system, from /proc/PID/stat) and wake-ups
    /// (voluntary context switches) over `seconds`, after it has settled.
    struct Idle {
        var cpuMilliseconds: Double
        var wakeups: Int
        var seconds: Int
    }

    static func idle(_ setup: Setup, seconds: Int) -> Idle? {
        guard let session = Session(setup) else { return nil }
        defer { session.terminal.finish() }
        _ = session.terminal.readBurst(quiet: 2000, firstByte: 2000, limit: 5000)  // background scoring settles
        guard let before = usage(session.terminal.pid) else { return nil }
        _ = session.terminal.readBurst(quiet: seconds * 1000, firstByte: seconds * 1000, limit: seconds * 1000)
        guard let after = usage(session.terminal.pid) else { return nil }
        return Idle(cpuMilliseconds: after.cpu - before.cpu, wakeups: after.switches - before.switches, seconds: seconds)
    }

    /// CPU milliseconds so far and voluntary context switches, summed over the process's threads.
    static func usage(_ pid: pid_t) -> (cpu: Double, switches: Int)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after "(comm)": state is field 3, utime 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        // The main thread's (the event loop's): worker threads come and go, their counts with them.
        var switches = 0
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("voluntary_ctxt_switches:") {
            switches = Int(line.split(separator: "\t").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
        }
        return ((user + system) / ticks * 1000, switches)
    }
}
