/// A word or a punctuation mark of a sentence, as the analyzer reads it.
struct SentimentToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word
        /// `,` `:` `(` `)` `-` between words: ends a negation's reach and an "if" clause.
        case pause
    }

    var kind: Kind
    /// As written (apostrophes made straight).
    var text: String
    /// Lowercased, for the lexicon.
    var key: String
    /// Written in capitals and long enough not to be an acronym (`TODAY`, not `HDMI`); short
    /// words in capitals the lexicon knows count too (the analyzer decides, see `isCapitals`).
    var isShouted: Bool
    /// Two or more letters, all capitals.
    var isCapitals: Bool

    /// Splits text into sentences of tokens; `.`, `!`, `?`, `;` and line breaks end a sentence.
    /// Each sentence comes with how many `!` closed it.
    static func sentences(_ text: String) -> [(tokens: [SentimentToken], exclamations: Int)] {
        var sentences: [(tokens: [SentimentToken], exclamations: Int)] = []
        var tokens: [SentimentToken] = []
        var exclamations = 0
        var word = ""

        func endWord() {
            guard !word.isEmpty else { return }
            // Inner apostrophes and hyphens stay ("doesn't", "rough-in"); trailing ones do not.
            while let last = word.last, last == "'" || last == "-" { word.removeLast() }
            while let first = word.first, first == "'" || first == "-" { word.removeFirst() }
            if !word.isEmpty {
                let key = word.lowercased()
                let letters = Self.capitalLetters(word)
                tokens.append(SentimentToken(kind: .word, text: word, key: key,
                                             isShouted: letters >= 5 || (letters >= 2 && shoutedShortWords.contains(word)),
                                             isCapitals: letters >= 2))
            }
            word = ""
        }
        func endSentence() {
            endWord()
            if !tokens.isEmpty { sentences.append((tokens, exclamations)) }
            tokens = []
            exclamations = 0
        }

        var previousWasSentenceEnd = false
        for character in text {
            if character.isLetter || character.isNumber {
                if previousWasSentenceEnd { endSentence() }
                previousWasSentenceEnd = false
                word.append(character)
                continue
            }
            switch character {
            case "'", "\u{2019}", "\u{2018}":
                word.append("'")
            case "-" where !word.isEmpty:
                word.append("-")
            case "!":
                endWord()
                exclamations += 1
                previousWasSentenceEnd = true
            case ".", "?", ";", "\n", "\r\n", "\u{2026}":
                // "3.5" and "e.g." stay inside a sentence only when a digit or letter follows at once,
                // which the next letter decides; here the word ends.
                endWord()
                previousWasSentenceEnd = true
            case ",", ":", "(", ")", "\u{2013}", "\u{2014}", "-", "/":
                endWord()
                if tokens.last?.kind != .pause, !tokens.isEmpty {
                    tokens.append(SentimentToken(kind: .pause, text: String(character), key: String(character),
                                                 isShouted: false, isCapitals: false))
                }
            default:
                endWord()
            }
        }
        endSentence()
        return sentences
    }

    /// Short all-capital words are acronyms of the trade (AV, HDMI, VLAN, CFO); a few short words
    /// are shouted often enough to count.
    /// How many letters the word has when all of them are capitals; 0 when any is not.
    static func capitalLetters(_ word: String) -> Int {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return 0 }
            letters += 1
        }
        return letters
    }

    static let shoutedShortWords: Set<String> = ["NOW", "NOT", "NO", "ASAP", "STILL", "ANY", "ALL", "NEVER", "WHY",
                                                  "YET", "MUST", "AGAIN", "STOP", "HELP", "WORK", "FIX", "NONE"]
}
