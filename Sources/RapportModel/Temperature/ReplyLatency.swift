import Foundation

/// How quickly a customer answers our mail now, against how quickly they usually do.
///
/// A customer who always takes two days is not cooling when they take two days; one who
/// answered within the hour and now takes two days is. Recent latency is the decay-weighted
/// mean of their replies (half-life `replyHalfLife` days), with our mail still waiting counted
/// at its age so far once that is past the baseline; the baseline is the median of all their
/// replies given, or a working day (24 h) while there are fewer than four.
/// At the baseline the signal is 75; each doubling halves it; twice as fast or better is 100.
enum ReplyLatency {
    static let standardBaselineHours = 24.0
    static let samplesForBaseline = 4

    static func value(_ s: TemperatureSignals, halfLife: Double) -> (value: Double, recent: Double, baseline: Double, count: Int)? {
        let latencies = s.replies.map(\.latencyHours).sorted()
        let baseline: Double
        if latencies.count >= samplesForBaseline {
            let mid = latencies.count / 2
            baseline = max(0.25, latencies.count % 2 == 1 ? latencies[mid] : (latencies[mid - 1] + latencies[mid]) / 2)
        } else {
            baseline = standardBaselineHours
        }
        var sum = 0.0, total = 0.0
        for reply in s.replies {
            let w = pow(0.5, max(0, reply.ageDays) / halfLife)
            sum += w * reply.latencyHours
            total += w
        }
        var count = s.replies.count
        for waiting in s.awaitingReplyHours where waiting > baseline {
            // Still waiting: at least this slow. Weighted as a reply of today.
            sum += waiting
            total += 1
            count += 1
        }
        guard total > 0 else { return nil }
        let recent = sum / total
        let value = 100 * min(1, 0.75 * pow(2, 1 - recent / baseline))
        return (value, recent, baseline, count)
    }

    /// "3.5 h", "2 d".
    static func text(hours: Double) -> String {
        if hours < 48 {
            let tenths = Int((hours * 10).rounded())
            return tenths % 10 == 0 ? "\(tenths / 10) h" : "\(tenths / 10).\(tenths % 10) h"
        }
        return "\(Int((hours / 24).rounded())) d"
    }
}
