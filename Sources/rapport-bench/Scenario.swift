import Foundation

/// One thing the harness measures: a name, the target it must meet, and the work to time.
///
/// A feature adds its scenario by appending one of these in `Scenarios.swift`.
struct Scenario {
    var name: String
    /// The p99 the scenario must stay under, in milliseconds; nil when only reported.
    var targetMilliseconds: Double?
    var iterations: Int
    var warmup: Int = 3
    /// Runs before each timed iteration, untimed (e.g. put the selection back).
    var prepare: () throws -> Void = {}
    var body: () throws -> Void
}

/// The timings of one scenario.
struct Measurement: Encodable {
    var name: String
    var iterations: Int
    var p50: Double
    var p99: Double
    var max: Double
    var target: Double?
    /// The target is for the median (a first frame), not the p99.
    var targetIsMedian = false

    var met: Bool? { target.map { (targetIsMedian ? p50 : p99) <= $0 } }

    init(name: String, samples: [Double], target: Double?, percentile: Double = 0.99) {
        targetIsMedian = percentile == 0.5
        let sorted = samples.sorted()
        self.name = name
        iterations = sorted.count
        p50 = Self.percentile(sorted, 0.50)
        p99 = Self.percentile(sorted, 0.99)
        max = sorted.last ?? 0
        self.target = target
    }

    /// Nearest-rank percentile of sorted samples.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}

enum Stopwatch {
    /// Milliseconds `body` took.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    static func run(_ scenario: Scenario) throws -> Measurement {
        for _ in 0..<scenario.warmup {
            try scenario.prepare()
            try scenario.body()
        }
        var samples: [Double] = []
        for _ in 0..<scenario.iterations {
            try scenario.prepare()
            samples.append(try time(scenario.body))
        }
        return Measurement(name: scenario.name, samples: samples, target: scenario.targetMilliseconds)
    }
}

/// Peak resident memory of this process so far, in MiB (VmHWM from /proc).
func peakResidentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
}
