import Foundation

/// The tone of a piece of text: a score from -1 (angry) to +1 (delighted) and the words behind it.
public struct Sentiment: Hashable, Sendable {
    /// What a score reads as; the bands are the analyzer's own (see docs/temperature.md).
    public enum Label: String, Sendable, CaseIterable {
        case positive, neutral, negative
    }

    /// One word or phrase that moved the score, with what it added after negation, intensifiers,
    /// "but", capitals and "!" (in the lexicon's units, before the score is squashed into -1…1).
    public struct Term: Hashable, Sendable, CustomStringConvertible {
        public var text: String
        public var contribution: Double

        public init(text: String, contribution: Double) {
            self.text = text
            self.contribution = contribution
        }

        /// `"unacceptable" -3.20`.
        public var description: String {
            "\"\(text)\" " + (contribution >= 0 ? "+" : "-") + Self.twoDecimals(abs(contribution))
        }

        static func twoDecimals(_ value: Double) -> String {
            let hundredths = Int((value * 100).rounded())
            let fraction = hundredths % 100
            return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
        }
    }

    /// -1 … +1.
    public var score: Double
    /// In the order they appear in the text.
    public var terms: [Term]

    public init(score: Double, terms: [Term]) {
        self.score = score
        self.terms = terms
    }

    public static let neutral = Sentiment(score: 0, terms: [])

    /// The score with its sign and two decimals: "+0.53", "-0.81".
    public var scoreText: String {
        (score >= 0 ? "+" : "-") + Term.twoDecimals(abs(score))
    }

    /// Scores at or beyond ±`threshold` are positive or negative.
    public static let threshold = 0.25

    public var label: Label {
        if score >= Self.threshold { return .positive }
        if score <= -Self.threshold { return .negative }
        return .neutral
    }

    /// The terms that moved the score most, strongest first (ties keep text order).
    public func drivers(_ count: Int = 3) -> [Term] {
        Array(terms.enumerated().sorted { a, b in
            abs(a.element.contribution) != abs(b.element.contribution)
                ? abs(a.element.contribution) > abs(b.element.contribution) : a.offset < b.offset
        }.prefix(count).map(\.element))
    }
}
