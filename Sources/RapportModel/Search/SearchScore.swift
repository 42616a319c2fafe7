/// How well a document matches, in bm25's terms: for each column, the matched words' frequency
/// saturating (k1) and normalised by the column's length against its average (b), the headline
/// weighing more than the body; then times the kind's weight. Higher is better.
///
/// bm25's third part, each word's rarity (IDF), is left out: every hit of an all-words query
/// holds every word, so it would add about the same to each, and SQLite works it out by
/// reading every match of every word, 1–2 s for a common word among 320,000 documents, where a
/// keystroke has 16 ms.
public struct SearchScore: Sendable {
    public static let k1 = 1.2
    public static let b = 0.75
    /// The headline counts this many times the body.
    public static let titleWeight = 4.0

    /// Average words in a headline and a body, over the documents being ranked.
    public var averageTitle: Double
    public var averageBody: Double

    public init(averageTitle: Double, averageBody: Double) {
        self.averageTitle = max(1, averageTitle)
        self.averageBody = max(1, averageBody)
    }

    /// Averages over `documents`' headlines and bodies.
    public init(over documents: [(title: MarkedText, body: MarkedText)]) {
        let n = Double(max(1, documents.count))
        self.init(averageTitle: Double(documents.reduce(0) { $0 + $1.title.wordCount }) / n,
                  averageBody: Double(documents.reduce(0) { $0 + $1.body.wordCount }) / n)
    }

    public func score(title: MarkedText, body: MarkedText, kind: SearchKind) -> Double {
        score(title: MarkedText.Counts(matches: title.matches.count, words: title.wordCount),
              body: MarkedText.Counts(matches: body.matches.count, words: body.wordCount), kind: kind)
    }

    public func score(title: MarkedText.Counts, body: MarkedText.Counts, kind: SearchKind) -> Double {
        (Self.titleWeight * Self.part(title.matches, title.words, averageTitle)
            + Self.part(body.matches, body.words, averageBody)) * kind.weight
    }

    private static func part(_ frequency: Int, _ length: Int, _ average: Double) -> Double {
        guard frequency > 0 else { return 0 }
        let tf = Double(frequency)
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * Double(length) / average))
    }
}

extension MarkedText {
    /// How many stretches matched and how many words there are, as the runs would say.
    public struct Counts: Hashable, Sendable {
        public var matches: Int
        public var words: Int
        public init(matches: Int, words: Int) {
            self.matches = matches
            self.words = words
        }
    }

    /// `MarkedText(marked:)`'s `matches.count` and `wordCount`, read off the marked text's
    /// bytes in one pass without making its runs: the markers are skipped (neighbouring
    /// matches are one stretch, as the runs join them), a word is as `wordCount` has it.
    public static func counts(marked: String) -> Counts {
        var matches = 0, words = 0
        var matched = false, lastTextMatched = false, inWord = false
        for byte in marked.utf8 {
            if byte == 2 || byte == 3 {
                matched = byte == 2
                continue
            }
            if matched && !lastTextMatched { matches += 1 }
            lastTextMatched = matched
            let letter = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        return Counts(matches: matches, words: words)
    }

    /// Words as the index counts them: runs of letters and digits (any non-ASCII character
    /// counts as a letter; read as bytes, since every candidate of a search is counted).
    public var wordCount: Int {
        var count = 0, inWord = false
        for run in runs {
            for byte in run.text.utf8 {
                let letter = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                if letter && !inWord { count += 1 }
                inWord = letter
            }
        }
        return count
    }

    /// About `width` characters around the first match, cut at spaces, "…" where text was left
    /// out; the whole text when there is no match or it fits.
    public func excerpt(width: Int) -> MarkedText {
        let plainText = plain
        guard plainText.count > width, let first = runs.firstIndex(where: \.matched) else { return self }
        let before = runs[..<first].reduce(0) { $0 + $1.text.count }
        // A little before the match, the rest after it.
        let start = max(0, before - width / 4)
        var result: [Run] = []
        var position = 0, taken = 0
        for run in runs {
            let characters = Array(run.text)
            let from = max(0, start - position), end = characters.count
            position += end
            guard from < end, taken < width else { continue }
            let piece = characters[from..<min(end, from + width - taken)]
            taken += piece.count
            result.append(Run(String(piece), matched: run.matched))
        }
        var text = MarkedText(runs: result).trimmedToWords(atStart: start > 0, atEnd: start + taken < plainText.count)
        if start > 0 { text.runs.insert(Run("…", matched: false), at: 0) }
        if start + taken < plainText.count { text.runs.append(Run("…", matched: false)) }
        return MarkedText(runs: text.runs)
    }

    /// Drops a word cut in half at either end (never a marked one).
    private func trimmedToWords(atStart: Bool, atEnd: Bool) -> MarkedText {
        var runs = self.runs
        if atStart, let first = runs.first, !first.matched, let space = first.text.firstIndex(of: " ") {
            runs[0].text = String(first.text[first.text.index(after: space)...])
        }
        if atEnd, let last = runs.last, !last.matched, let space = last.text.lastIndex(of: " ") {
            runs[runs.count - 1].text = String(last.text[..<space])
        }
        return MarkedText(runs: runs)
    }
}
