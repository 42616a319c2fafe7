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

    static func firstFrame(databasePath: String, now: String, runs: Int) -> Result? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rapport")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        let arguments = [binary.path, "render", "--db", databasePath, "--size", "120x40", "--now", now]
        var samples: [Double] = []
        var peakKiB = 0
        for i in 0..<(runs + 2) {
            var usage = rusage()
            var ms = 0.0
            ms = Stopwatch.time { usage = run(arguments) }
            if i >= 2 {  // two warm-up runs fill the page cache
                samples.append(ms)
                peakKiB = max(peakKiB, Int(usage.ru_maxrss))
            }
        }
        return Result(measurement: Measurement(name: name, samples: samples, target: 40), peakMiB: Double(peakKiB) / 1024)
    }

    /// Runs the command with its output sent to /dev/null; returns the child's resource usage.
    private static func run(_ arguments: [String]) -> rusage {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
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
