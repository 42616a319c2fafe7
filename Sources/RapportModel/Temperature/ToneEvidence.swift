import Foundation

/// Picks the sentences that set a customer's tone: each inbound message's new text split into
/// sentences, each scored, weighed by the message's age as the tone signal weighs it.
public enum ToneEvidence {
    public struct Message: Sendable {
        public var at: Date
        public var subject: String
        public var body: String
        /// Mail in, or our record of a call, meeting, visit or note: the evidence says which.
        public var kind: Interaction.Kind
        public init(at: Date, subject: String, body: String, kind: Interaction.Kind = .emailIn) {
            self.at = at
            self.subject = subject
            self.body = body
            self.kind = kind
        }
    }

    /// The `count` sentences that move the tone most (|sentiment| × decay), strongest first;
    /// sentences without a sentiment term are never evidence.
    public static func strongest(_ messages: [Message], now: Date, halfLife: Double, count: Int,
                                 analyzer: SentimentAnalyzer = SentimentAnalyzer()) -> [CustomerEvidence.ToneSentence] {
        var found: [(weight: Double, order: Int, sentence: CustomerEvidence.ToneSentence)] = []
        for message in messages {
            let decay = pow(0.5, max(0, now.timeIntervalSince(message.at)) / 86_400 / halfLife)
            for text in sentences(NewText.extract(from: message.body)) {
                let sentiment = analyzer.analyze(text)
                guard !sentiment.terms.isEmpty, sentiment.score != 0 else { continue }
                found.append((abs(sentiment.score) * decay, found.count,
                              .init(at: message.at, subject: message.subject, text: text, sentiment: sentiment.score,
                                    drivers: sentiment.drivers(), kind: message.kind)))
            }
        }
        return found.sorted { ($0.weight, -$0.order) > ($1.weight, -$1.order) }.prefix(count).map(\.sentence)
    }

    /// The text's sentences, cut after `.`, `!` or `?` followed by a space or a line break, and
    /// at blank lines; whitespace inside one collapses to single spaces.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            let trimmed = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !trimmed.isEmpty { result.append(trimmed) }
            current = ""
        }
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            if c == "\n", i + 1 < characters.count, characters[i + 1] == "\n" { flush(); continue }
            current.append(c)
            if ".!?".contains(c), i + 1 == characters.count || characters[i + 1].isWhitespace,
               !(i + 1 < characters.count && ".!?".contains(characters[i + 1])) {
                flush()
            }
        }
        flush()
        return result
    }
}
