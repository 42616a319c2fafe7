import Foundation

/// A customer's mood as a score from 0 (frozen) to 100 (glowing), with the reasons behind it.
public struct Temperature: Hashable, Sendable {
    public enum Band: String, Sendable, CaseIterable, Comparable {
        case cold, cool, warm, hot

        public init(score: Int) {
            switch score {
            case 75...: self = .hot
            case 50..<75: self = .warm
            case 30..<50: self = .cool
            default: self = .cold
            }
        }

        public static func < (a: Band, b: Band) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public enum Signal: String, Sendable, CaseIterable {
        case tone, responsiveness, recency = "contact recency", punch = "punch health"
        case money = "money and acceptance", coverage

        public var defaultWeight: Double {
            switch self {
            case .tone: return 25
            case .responsiveness, .recency, .money: return 15
            case .punch: return 20
            case .coverage: return 10
            }
        }
    }

    /// One signal's part in the score: its own 0–100 value and its weight.
    public struct Component: Hashable, Sendable {
        public var signal: Signal
        public var value: Double
        public var weight: Double
        public var reason: String

        public init(signal: Signal, value: Double, weight: Double, reason: String) {
            self.signal = signal
            self.value = value
            self.weight = weight
            self.reason = reason
        }
    }

    public enum Cap: String, Sendable, CaseIterable {
        case championLeft = "champion left"
        case unansweredEscalation = "unanswered escalation > 5 days"
        case disputedItem = "disputed punch item"
    }

    public var score: Int
    public var components: [Component]
    public var caps: [Cap]

    public var band: Band { Band(score: score) }

    /// The score of a customer with no signals at all: neither warm nor cold, so it sorts mid-list.
    public static let neutral = Temperature(score: 50, components: [], caps: [])

    public init(score: Int, components: [Component], caps: [Cap]) {
        self.score = score
        self.components = components
        self.caps = caps
    }
}

/// Direction of a temperature over the last two weeks.
public enum Trend: Sendable, Hashable {
    case rising, steady, falling

    /// Moves of five points or less are noise.
    public init(now: Int, before: Int) {
        self = now - before > 5 ? .rising : (before - now > 5 ? .falling : .steady)
    }

    public var arrow: String {
        switch self {
        case .rising: return "↑"
        case .steady: return "→"
        case .falling: return "↓"
        }
    }
}
