import Foundation

/// Times the real `rapport` binary from exec to its first complete frame, and its peak memory.
enum ProcessScenario {
    struct Result {
        var measurement: Measurement
        var peakMiB: Double
    }

    static let name = "start to first frame (whole process)"

    static func firstFrame(databasePath: String, now: String, runs: Int) -> Result? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rapport")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        var samples: [Double] = []
        for i in 0..<(runs + 2) {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["render", "--db", databasePath, "--size", "120x40", "--now", now]
            process.standardOutput = FileHandle.nullDevice
            let ms = Stopwatch.time {
                try? process.run()
                process.waitUntilExit()
            }
            if i >= 2 { samples.append(ms) }  // two warm-up runs fill the page cache
        }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Result(measurement: Measurement(name: name, samples: samples, target: 40),
                      peakMiB: Double(usage.ru_maxrss) / 1024)
    }
}
