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
        asciiSentences(text) ?? characterSentences(text)
    }

    /// `sentences`, character by character: the rule itself, for any text.
    static func characterSentences(_ text: String) -> [(tokens: [SentimentToken], exclamations: Int)] {
        var split = Split()
        var word = ""

        func endWord() {
            guard !word.isEmpty else { return }
            // Inner apostrophes and hyphens stay ("doesn't", "rough-in"); trailing ones do not.
            while let last = word.last, last == "'" || last == "-" { word.removeLast() }
            while let first = word.first, first == "'" || first == "-" { word.removeFirst() }
            if !word.isEmpty { split.word(word, key: word.lowercased(), capitals: Self.capitalLetters(word)) }
            word = ""
        }
        func endSentence() {
            endWord()
            split.endSentence()
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
                split.exclamations += 1
                previousWasSentenceEnd = true
            case ".", "?", ";", "\n", "\r\n", "\u{2026}":
                // "3.5" and "e.g." stay inside a sentence only when a digit or letter follows at once,
                // which the next letter decides; here the word ends.
                endWord()
                previousWasSentenceEnd = true
            case ",", ":", "(", ")", "\u{2013}", "\u{2014}", "-", "/":
                endWord()
                split.pause(String(character))
            default:
                endWord()
            }
        }
        endSentence()
        return split.sentences
    }

    /// `sentences` for ASCII text, where every byte is a character but CR LF: the same rule on
    /// the bytes, without Unicode's letter tables or grapheme breaking (most of the customer
    /// view's tone evidence). Nil for any other text.
    static func asciiSentences(_ text: String) -> [(tokens: [SentimentToken], exclamations: Int)]? {
        var text = text
        return text.withUTF8 { bytes -> [(tokens: [SentimentToken], exclamations: Int)]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var split = Split()
            var word: [UInt8] = []
            word.reserveCapacity(32)

            func endWord() {
                guard !word.isEmpty else { return }
                var start = 0, end = word.count
                while end > start, word[end - 1] == 0x27 || word[end - 1] == 0x2D { end -= 1 }
                while start < end, word[start] == 0x27 || word[start] == 0x2D { start += 1 }
                if start < end {
                    let letters = word[start..<end]
                    var capitals = 0, lower = false
                    for b in letters {
                        if b >= 0x61 && b <= 0x7A { lower = true } else if b >= 0x41 && b <= 0x5A { capitals += 1 }
                    }
                    if lower { capitals = 0 }
                    split.word(String(decoding: letters, as: UTF8.self),
                               key: String(decoding: letters.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self),
                               capitals: capitals)
                }
                word.removeAll(keepingCapacity: true)
            }
            func endSentence() {
                endWord()
                split.endSentence()
            }

            var previousWasSentenceEnd = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                    if previousWasSentenceEnd { endSentence() }
                    previousWasSentenceEnd = false
                    word.append(b)
                case 0x27:  // '
                    word.append(b)
                case 0x2D where !word.isEmpty:  // - inside a word
                    word.append(b)
                case 0x21:  // !
                    endWord()
                    split.exclamations += 1
                    previousWasSentenceEnd = true
                case 0x2E, 0x3F, 0x3B, 0x0A:  // . ? ; and a line feed
                    endWord()
                    previousWasSentenceEnd = true
                case 0x0D where i < bytes.count && bytes[i] == 0x0A:  // CR LF, one character
                    i += 1
                    endWord()
                    previousWasSentenceEnd = true
                case 0x2C, 0x3A, 0x28, 0x29, 0x2D, 0x2F:  // , : ( ) - /
                    endWord()
                    split.pause(String(decoding: CollectionOfOne(b), as: UTF8.self))
                default:
                    endWord()
                }
            }
            endSentence()
            return split.sentences
        }
    }

    /// The sentences both paths build, token by token.
    private struct Split {
        var sentences: [(tokens: [SentimentToken], exclamations: Int)] = []
        var tokens: [SentimentToken] = []
        var exclamations = 0

        /// A word, with `capitals` its letters when all are capitals (0 otherwise).
        mutating func word(_ text: String, key: String, capitals: Int) {
            tokens.append(SentimentToken(kind: .word, text: text, key: key,
                                         isShouted: capitals >= 5 || (capitals >= 2 && shoutedShortWords.contains(text)),
                                         isCapitals: capitals >= 2))
        }

        /// A pause between words; never two in a row, nor one to open a sentence.
        mutating func pause(_ mark: String) {
            guard tokens.last?.kind != .pause, !tokens.isEmpty else { return }
            tokens.append(SentimentToken(kind: .pause, text: mark, key: mark, isShouted: false, isCapitals: false))
        }

        mutating func endSentence() {
            if !tokens.isEmpty { sentences.append((tokens, exclamations)) }
            tokens = []
            exclamations = 0
        }
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
