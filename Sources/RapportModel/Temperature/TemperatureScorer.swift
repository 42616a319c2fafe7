import Foundation

/// Scores signals into a temperature: a weighted mean over the signals that have data.
///
/// Signals without data drop out rather than count as zero, so a new customer with two
/// friendly e-mails is warm, not cold.
public struct TemperatureScorer: Sendable {
    public var weights: [Temperature.Signal: Double]
    /// Days after which a message's tone counts half.
    public var toneHalfLife: Double = 14
    /// Days after which the last contact's warmth counts half.
    public var recencyHalfLife: Double = 30
    /// Days after which a reply's latency counts half in recent responsiveness.
    public var replyHalfLife: Double = 14

    public init(weights: [Temperature.Signal: Double] = [:]) {
        self.init(settings: TemperatureSettings(weights: weights))
    }

    /// Scores with the weights and half-lives of config.toml's `[temperature]`.
    public init(settings: TemperatureSettings) {
        weights = settings.weights
        toneHalfLife = settings.toneHalfLife
        recencyHalfLife = settings.recencyHalfLife
        replyHalfLife = settings.replyHalfLife
    }

    public func score(_ s: TemperatureSignals) -> Temperature {
        score(s, explained: true)
    }

    /// The score alone, as `score(_:).score`, without writing the reasons (a trend needs
    /// only the number, and formatting is most of a score's cost).
    public func scoreValue(_ s: TemperatureSignals) -> Int {
        score(s, explained: false).score
    }

    private func score(_ s: TemperatureSignals, explained: Bool) -> Temperature {
        var components: [Temperature.Component] = []
        func add(_ signal: Temperature.Signal, _ value: Double, _ reason: @autoclosure () -> String) {
            components.append(.init(signal: signal, value: min(100, max(0, value)), weight: weights[signal]!,
                                    reason: explained ? reason() : ""))
        }

        if !s.tone.isEmpty {
            var sum = 0.0, total = 0.0
            for sample in s.tone {
                let w = pow(0.5, sample.ageDays / toneHalfLife)
                sum += w * sample.sentiment
                total += w
            }
            let mean = total > 0 ? sum / total : 0
            add(.tone, 50 + 50 * mean, Counted.text(s.tone.count, "message") + ", mean tone \(Self.signedTwoDecimals(mean))")
        }
        if let replies = ReplyLatency.value(s, halfLife: replyHalfLife) {
            add(.responsiveness, replies.value,
                "answers in \(ReplyLatency.text(hours: replies.recent)) lately, usually \(ReplyLatency.text(hours: replies.baseline)) "
                + "(\(replies.count) \(replies.count == 1 ? "reply" : "replies"))")
        }
        if let days = s.daysSinceContact {
            add(.recency, 100 * pow(0.5, max(0, days) / recencyHalfLife), "last two-way contact \(Int(days.rounded())) d ago")
        }
        let open = s.openByPriority.reduce(0, +)
        if open > 0 || s.milestonesDue > 0 {
            let penalty = Double(12 * s.openByPriority[0] + 5 * s.openByPriority[1] + 2 * s.openByPriority[2])
                + 1.5 * Double(s.overdueDays)
            add(.punch, 100 / (1 + penalty / 60),
                "\(open) open (P1 \(s.openByPriority[0])), \(s.overdueDays) overdue days")
        }
        if s.milestonesDue > 0 {
            let current = Double(s.milestonesDue - s.milestonesOverdue) - 0.5 * Double(s.milestonesBlocked)
            add(.money, 100 * max(0, current) / Double(s.milestonesDue),
                "\(s.milestonesDue) due, \(s.milestonesBlocked) blocked, \(s.milestonesOverdue) overdue")
        }
        if s.activeContacts > 0 || s.championLeft {
            var value = Double(min(s.activeContacts, 4)) * 20 + (s.hasActiveChampion ? 20 : 0)
            if s.championLeft && !s.hasActiveChampion { value = min(value, 20) }
            add(.coverage, value, Counted.text(s.activeContacts, "active contact") + (s.hasActiveChampion ? ", champion" : ", no champion"))
        }

        let totalWeight = components.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return .neutral }
        var score = Int((components.reduce(0) { $0 + $1.value * $1.weight } / totalWeight).rounded())

        var caps: [Temperature.Cap] = []
        if s.championLeft && !s.hasActiveChampion { caps.append(.championLeft) }
        if let days = s.unansweredEscalationDays, days > 5 { caps.append(.unansweredEscalation) }
        if s.disputedItems > 0 { caps.append(.disputedItem) }
        if !caps.isEmpty { score = min(score, 49) }
        return Temperature(score: score, components: components, caps: caps)
    }

    /// `mean` as C's `%+.2f` writes it ("+0.22", "-0.90"): the C library's own rounding, without
    /// the ~20,000 instructions `String(format:)` spends building a format on Linux.
    static func signedTwoDecimals(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let written = withVaList([value]) { vsnprintf(buffer.baseAddress!, 32, "%+.2f", $0) }
            guard written > 0, written < 32 else { return String(format: "%+.2f", value) }
            return String(cString: buffer.baseAddress!)
        }
    }
}
