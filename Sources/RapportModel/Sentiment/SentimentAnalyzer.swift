import Foundation

/// Scores the tone of project mail offline with the trade's own lexicon.
///
/// Each sentence is read as a run of lexicon phrases (longest first), modifiers and plain
/// words. A negator turns the next three words around (once); boosters scale the next
/// sentiment word; "but" weighs the clause after it three times the clause before; an
/// "until"/"once"/"supposed to" clause keeps its complaints and drops its praise, which is not
/// a fact yet; a word in capitals counts half again, a shouted word the lexicon does not know
/// counts as mild anger, and `!` adds to the sentence's weight. The sum is squashed into -1…1.
public struct SentimentAnalyzer: Sendable {
    let lexicon: SentimentLexicon

    public init() { lexicon = .standard }

    init(lexicon: SentimentLexicon) { self.lexicon = lexicon }

    public func analyze(_ text: String) -> Sentiment {
        let shouting = Self.isMixedCase(text)
        var terms: [Sentiment.Term] = []
        var total = 0.0
        for sentence in SentimentToken.sentences(text) {
            let found = score(sentence.tokens, capitalsCount: shouting)
            var sum = found.reduce(0) { $0 + $1.contribution }
            terms.append(contentsOf: found)
            if sum != 0, sentence.exclamations > 0 {
                let boost = (sum > 0 ? 1 : -1) * SentimentLexicon.exclamationBoost * Double(min(3, sentence.exclamations))
                terms.append(.init(text: String(repeating: "!", count: min(3, sentence.exclamations)), contribution: boost))
                sum += boost
            }
            total += sum
        }
        let score = total / (total * total + SentimentLexicon.normalization).squareRoot()
        return Sentiment(score: min(1, max(-1, score)), terms: terms)
    }

    /// The tone of an e-mail's own words: quoted replies, forwarded messages and the signature
    /// are cut first (`NewText.extract`).
    public func analyze(mailBody: String) -> Sentiment {
        analyze(NewText.extract(from: mailBody))
    }

    // MARK: - One sentence

    private enum Unit {
        case entry(SentimentLexicon.Entry)
        case modifier(SentimentLexicon.Modifier, alsoEntry: SentimentLexicon.Entry?)
        case plain
        case pause
    }

    private struct Found {
        var term: Sentiment.Term
        var unit: Int
    }

    private func score(_ tokens: [SentimentToken], capitalsCount: Bool) -> [Sentiment.Term] {
        let units = segment(tokens)
        var found: [Found] = []
        var negation = 0, negatorWasShouted = false, negatorText: String?, negatorUsed = false
        var boost = 0.0, boostReach = 0, shoutNext = false
        var hypothetical = false, conceding = false, remedyReach = 0
        var contrastAt: Int?

        func endNegation(at index: Int) {
            // "…, but it didn't." — a denial with nothing after it still denies.
            if let text = negatorText, !negatorUsed,
               text.lowercased().hasSuffix("n't") || Self.bareDenials.contains(text.lowercased()) {
                add(text, -1.5, at: index)
            }
            negation = 0
            negatorText = nil
        }
        func add(_ text: String, _ value: Double, at index: Int) {
            var value = value
            if conceding { value *= SentimentLexicon.concessionWeight }
            if hypothetical, value > 0 { return }
            guard value != 0 else { return }
            found.append(Found(term: .init(text: text, contribution: value), unit: index))
        }

        for (index, (unit, range)) in units.enumerated() {
            let text = tokens[range].map(\.text).joined(separator: " ")
            // Short words in capitals are acronyms (AV, HDMI) unless the lexicon knows them ("GOOD", "NOT").
            let known: Bool
            if case .plain = unit { known = false } else { known = true }
            let shouted = capitalsCount && tokens[range].contains { $0.isShouted || (known && $0.isCapitals) }
            switch unit {
            case .pause:
                remedyReach = 0
                endNegation(at: index)
                hypothetical = false
                conceding = false
                boostReach = 0
            case .plain:
                if shouted { add(text, SentimentLexicon.shoutValence, at: index) }
                if negation > 0 {
                    negation -= 1
                    negatorUsed = true
                    if negation == 0 { negatorText = nil }
                }
                if boostReach > 0 { boostReach -= 1 }
                if boostReach == 0 { boost = 0; shoutNext = false }
                if remedyReach > 0 { remedyReach -= 1 }
            case .modifier(let modifier, let ownEntry):
                if let ownEntry { add(text, ownEntry.valence * (shouted ? SentimentLexicon.shoutFactor : 1), at: index) }
                switch modifier {
                case .negator, .pronounNegator:
                    endNegation(at: index)
                    negation = modifier == .negator ? 3 : tokens.count
                    negatorText = text
                    negatorUsed = false
                    negatorWasShouted = shouted
                case .booster(let amount):
                    boost += amount
                    boostReach = 2
                    shoutNext = shoutNext || shouted
                case .contrast:
                    endNegation(at: index)
                    if contrastAt == nil { contrastAt = index }
                    hypothetical = false
                    conceding = false
                case .concession:
                    conceding = true
                case .hypothetical:
                    hypothetical = true
                }
            case .entry(let entry):
                let key = tokens[range].map(\.key).joined(separator: " ")
                if remedyReach > 0, entry.valence < 0, negation == 0 {
                    // "resolving the echo issue": the issue is what was put right.
                    remedyReach -= 1
                    continue
                }
                remedyReach = lexicon.remedies.contains(key) && negation == 0 ? 3 : max(0, remedyReach - 1)
                var value = entry.valence
                if negation > 0 {
                    value = entry.negated ?? entry.valence * SentimentLexicon.negationFactor
                    if negatorWasShouted { value *= SentimentLexicon.shoutFactor }
                    negatorUsed = true
                    negation = 0
                    negatorText = nil
                }
                if boostReach > 0 { value *= max(0, 1 + boost) }
                if shouted || (shoutNext && boostReach > 0) { value *= SentimentLexicon.shoutFactor }
                boost = 0
                boostReach = 0
                shoutNext = false
                add(text, value, at: index)
            }
        }
        endNegation(at: units.count)

        guard let contrastAt else { return found.map(\.term) }
        return found.map { item in
            var term = item.term
            term.contribution *= item.unit < contrastAt ? SentimentLexicon.beforeContrast : SentimentLexicon.afterContrast
            return term
        }
    }

    /// Negators that deny on their own at the end of a clause ("No." "Never.").
    private static let bareDenials: Set<String> = ["never", "cannot", "nope"]

    /// Splits a sentence into units, taking the longest phrase either table knows at each word.
    private func segment(_ tokens: [SentimentToken]) -> [(Unit, Range<Int>)] {
        var units: [(Unit, Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].kind == .pause {
                units.append((.pause, i..<i + 1))
                i += 1
                continue
            }
            var matched: (Unit, Int)?
            var key = ""
            var end = i
            var candidates: [(String, Int)] = []
            while end < tokens.count, tokens[end].kind == .word, end - i < lexicon.longestPhrase {
                key = key.isEmpty ? tokens[end].key : key + " " + tokens[end].key
                end += 1
                candidates.append((key, end))
                if !lexicon.phrasePrefixes.contains(key) { break }
            }
            for (phrase, phraseEnd) in candidates.reversed() {
                if let modifier = lexicon.modifiers[phrase] ?? Self.contractedNegator(phrase) {
                    matched = (.modifier(modifier, alsoEntry: lexicon.entries[phrase]), phraseEnd)
                    break
                }
                if let entry = lexicon.entries[phrase] {
                    matched = (.entry(entry), phraseEnd)
                    break
                }
            }
            let (unit, next) = matched ?? (.plain, i + 1)
            units.append((unit, i..<next))
            i = next
        }
        return units
    }

    /// "doesn't", "can't", and the same typed without the apostrophe.
    private static func contractedNegator(_ key: String) -> SentimentLexicon.Modifier? {
        if !key.utf8.contains(0x20), key.hasSuffix("n't") || apostropheless.contains(key) { return .negator }
        return nil
    }

    private static let apostropheless: Set<String> = [
        "dont", "doesnt", "didnt", "isnt", "cant", "havent", "hasnt", "wasnt", "arent", "werent", "couldnt",
        "wouldnt", "shouldnt", "wont", "aint",
    ]

    /// Capitals mean shouting only beside lower-case letters; a message all in capitals is just typed so.
    static func isMixedCase(_ text: String) -> Bool {
        var lower = false, upper = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { lower = true }
            if scalar.properties.isUppercase { upper = true }
            if lower && upper { return true }
        }
        return false
    }
}
