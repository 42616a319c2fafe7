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
        let decays = messages.map { pow(0.5, max(0, now.timeIntervalSince($0.at)) / 86_400 / halfLife) }
        // A sentence weighs at most its message's decay (|sentiment| ≤ 1), and a later one loses a
        // tie: once the count-th weight found reaches every decay left, no later message can
        // enter, so older mail is never split and scored (most of the view's reading).
        var decayLeft = decays
        for i in decays.indices.reversed().dropFirst() { decayLeft[i] = max(decays[i], decayLeft[i + 1]) }
        var weights: [Double] = []
        for (m, message) in messages.enumerated() {
            if count > 0, weights.count >= count, weights[count - 1] >= decayLeft[m] { break }
            let decay = decays[m]
            for text in sentences(NewText.extract(from: message.body)) {
                let sentiment = analyzer.analyze(text)
                guard !sentiment.terms.isEmpty, sentiment.score != 0 else { continue }
                let weight = abs(sentiment.score) * decay
                found.append((weight, found.count,
                              .init(at: message.at, subject: message.subject, text: text, sentiment: sentiment.score,
                                    drivers: sentiment.drivers(), kind: message.kind)))
                weights.insert(weight, at: weights.firstIndex { $0 < weight } ?? weights.count)
            }
        }
        return found.sorted { ($0.weight, -$0.order) > ($1.weight, -$1.order) }.prefix(count).map(\.sentence)
    }

    /// The text's sentences, cut after `.`, `!` or `?` followed by a space or a line break, and
    /// at blank lines; whitespace inside one collapses to single spaces.
    static func sentences(_ text: String) -> [String] {
        asciiSentences(text) ?? characterSentences(text)
    }

    /// `sentences`, character by character: the rule itself, for any text.
    static func characterSentences(_ text: String) -> [String] {
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

    /// `sentences` for text of printable ASCII, tabs and line feeds, where a byte is a character:
    /// the same cuts, made on the bytes without breaking graphemes. Nil for any other text.
    static func asciiSentences(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }) else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }
        func ends(_ b: UInt8) -> Bool { b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") }
        var result: [String] = []
        var start = 0
        func flush(_ end: Int) {
            let words = bytes[start..<end].split(whereSeparator: isSpace)
            if !words.isEmpty { result.append(words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) }
        }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                flush(i)
                start = i + 1
            } else if ends(c), i + 1 == bytes.count || isSpace(bytes[i + 1]), !(i + 1 < bytes.count && ends(bytes[i + 1])) {
                flush(i + 1)
                start = i + 1
            }
            i += 1
        }
        flush(bytes.count)
        return result
    }
}
