/// The weights and half-lives temperature is scored with, from config.toml's `[temperature]`.
public struct TemperatureSettings: Hashable, Sendable {
    public var weights: [Temperature.Signal: Double]
    /// Days after which a message's tone counts half.
    public var toneHalfLife: Double = 14
    /// Days after which the last two-way contact's warmth counts half.
    public var recencyHalfLife: Double = 30
    /// Days after which a reply's latency counts half in the customer's recent responsiveness.
    public var replyHalfLife: Double = 14

    public init(weights: [Temperature.Signal: Double] = [:], toneHalfLife: Double = 14, recencyHalfLife: Double = 30,
                replyHalfLife: Double = 14) {
        var all: [Temperature.Signal: Double] = [:]
        for signal in Temperature.Signal.allCases { all[signal] = weights[signal] ?? signal.defaultWeight }
        self.weights = all
        self.toneHalfLife = toneHalfLife
        self.recencyHalfLife = recencyHalfLife
        self.replyHalfLife = replyHalfLife
    }

    public static let standard = TemperatureSettings()

    /// A signal's name in `[temperature.weights]`.
    public static func key(_ signal: Temperature.Signal) -> String {
        switch signal {
        case .tone: return "tone"
        case .responsiveness: return "responsiveness"
        case .recency: return "recency"
        case .punch: return "punch"
        case .money: return "money"
        case .coverage: return "coverage"
        }
    }

    public static func signal(key: String) -> Temperature.Signal? {
        Temperature.Signal.allCases.first { Self.key($0) == key }
    }

    /// The half-life settings' names in `[temperature]`.
    public static let halfLifeKeys = ["tone-half-life", "recency-half-life", "reply-half-life"]

    /// Sets the half-life named `key`; false when there is no such setting.
    public mutating func setHalfLife(_ key: String, days: Double) -> Bool {
        switch key {
        case "tone-half-life": toneHalfLife = days
        case "recency-half-life": recencyHalfLife = days
        case "reply-half-life": replyHalfLife = days
        default: return false
        }
        return true
    }

    /// What is wrong with a weight, or nil: 0 (the signal is off) to 100.
    public static func weightProblem(_ value: Double) -> String? {
        value.isFinite && value >= 0 && value <= 100 ? nil : "must be a number from 0 (off) to 100"
    }

    /// What is wrong with a half-life, or nil: more than 0 days, at most ten years.
    public static func halfLifeProblem(_ value: Double) -> String? {
        value.isFinite && value > 0 && value <= 3650 ? nil : "must be a number of days above 0 and at most 3650"
    }

    /// When every weight is 0 no signal can count, so every customer would be neutral.
    public var allWeightsZero: Bool { weights.values.allSatisfy { $0 == 0 } }
}
