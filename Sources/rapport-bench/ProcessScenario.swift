import Foundation

/// Times the real `rapport` binary from exec to its first complete frame, and its peak memory.
///
/// The child is started with `posix_spawn` and reaped with `waitpid`: Foundation's
/// `Process.waitUntilExit()` polls a run loop every 50 ms on Linux, which rounded every
/// sample up to the next 50 ms tick.
enum ProcessScenario {
    struct Result {
        var measurement: Measurement
        var peakMiB: Double
    }

    static let name = "start to first frame (whole process)"

    /// `swift run rapport-bench` builds only the bench; the whole-process scenario needs the app
    /// built the same way beside it, so build it (in the package the bench was built from).
    static func buildApp(beside folder: URL) {
        let release = folder.path.contains("/release")
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        FileHandle.standardError.write(Data("rapport-bench: building rapport for the whole-process scenario…\n".utf8))
        _ = spawnAndWait(["/usr/bin/env", "swift", "build", "--package-path", package.path, "--product", "rapport"]
                         + (release ? ["-c", "release"] : []))
    }

    static func firstFrame(databasePath: String, now: String, runs: Int) -> Result? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("rapport")
        if !FileManager.default.isExecutableFile(atPath: binary.path) { buildApp(beside: folder) }
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        // `--write`: render stores the day's temperature snapshot as the dashboard does, so later
        // runs read it; read-only (render's default) it would score every customer each run.
        let arguments = [binary.path, "render", "--write", "--db", databasePath, "--size", "120x40", "--now", now]
        var samples: [Double] = []
        for i in 0..<(runs + 2) {
            let ms = Stopwatch.time { _ = spawnAndWait(arguments) }
            if i >= 2 { samples.append(ms) }  // two warm-up runs fill the page cache
        }
        return Result(measurement: Measurement(name: name, samples: samples, target: 40),
                      peakMiB: Double(peakKiB(arguments) ?? 0) / 1024)
    }

    /// The command's own peak resident memory, in KiB.
    ///
    /// Not the rusage of a child of this harness: on Linux, exec records the spawning
    /// process's high-water mark in the child's, so a child of a harness that has seeded
    /// 100,000 rows "peaks" at the harness's size. A fresh copy of this binary (a few MiB)
    /// spawns the command instead and prints what it saw (`--child-peak`, below).
    static func peakKiB(_ arguments: [String]) -> Int? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        let helper = [CommandLine.arguments[0], childPeakFlag] + arguments
        _ = spawnAndWait(helper, stdout: fds[1])
        close(fds[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        close(fds[0])
        return Int(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static let childPeakFlag = "--child-peak"

    /// `rapport-bench --child-peak COMMAND…`: runs the command, prints its peak RSS in KiB.
    static func childPeakMain(_ arguments: [String]) -> Never {
        let usage = spawnAndWait(arguments)
        print(usage.ru_maxrss)
        exit(0)
    }

    /// Runs the command and reaps it; its output goes to `stdout` (default /dev/null).
    @discardableResult
    static func spawnAndWait(_ arguments: [String], stdout: Int32? = nil) -> rusage {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdout {
            posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return rusage() }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return usage
    }
}
