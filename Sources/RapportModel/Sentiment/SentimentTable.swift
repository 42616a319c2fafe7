import Foundation

/// Labelled sentences and how well the analyzer reads them: the table in
/// docs/sentiment-table.tsv, which the tests pin and `scripts/vader-baseline.py` also reads.
public struct SentimentTable: Sendable {
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var label: Sentiment.Label
        /// "dev" (the lexicon was tuned on it) or "holdout" (never used to tune).
        public var set: String
        public var sentence: String
    }

    public var rows: [Row]

    /// Reads `label<TAB>set<TAB>sentence` lines; `#` lines, blank lines and the header are skipped.
    public init(tsv text: String, file: String) throws {
        rows = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") || line == "label\tset\tsentence" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let label = Sentiment.Label(rawValue: String(fields[0])) else {
                throw AppError.importFailed(file: file, line: index + 1,
                                            reason: "expected label<TAB>set<TAB>sentence with label positive, neutral or negative")
            }
            rows.append(Row(line: index + 1, label: label, set: String(fields[1]), sentence: String(fields[2])))
        }
    }

    /// Each row with the analyzer's reading of it.
    public func evaluate(with analyzer: SentimentAnalyzer = SentimentAnalyzer()) -> [(row: Row, sentiment: Sentiment)] {
        rows.map { ($0, analyzer.analyze($0.sentence)) }
    }

    /// The report `rapport sentiment --table` prints: accuracy overall and per set, the
    /// confusion matrix, and (with `misses`) every sentence read wrongly with its score and terms.
    public static func report(_ results: [(row: Row, sentiment: Sentiment)], misses: Bool) -> String {
        var lines: [String] = []
        func accuracy(_ name: String, _ chosen: [(row: Row, sentiment: Sentiment)]) {
            guard !chosen.isEmpty else { return }
            let right = chosen.filter { $0.row.label == $0.sentiment.label }.count
            let percent = Double(right * 1000 / chosen.count) / 10
            lines.append("Rapport \(name): \(right)/\(chosen.count) = \(percent)%")
        }
        accuracy("all", results)
        for set in Array(Set(results.map(\.row.set))).sorted() {
            accuracy(set, results.filter { $0.row.set == set })
        }
        lines.append("")
        lines.append("expected \\ got   positive  neutral  negative")
        for expected in Sentiment.Label.allCases {
            let counts = Sentiment.Label.allCases.map { got in
                results.filter { $0.row.label == expected && $0.sentiment.label == got }.count
            }
            let label = expected.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
            lines.append(label + counts.map { String(repeating: " ", count: max(0, 9 - String($0).count)) + String($0) }.joined())
        }
        if misses {
            let wrong = results.filter { $0.row.label != $0.sentiment.label }
            if !wrong.isEmpty { lines.append("") }
            for (row, sentiment) in wrong {
                let score = sentiment.scoreText
                let terms = sentiment.terms.map(\.description).joined(separator: ", ")
                lines.append("\(score)  \(row.label.rawValue) -> \(sentiment.label.rawValue)  [\(row.set)]  \(row.sentence)"
                             + (terms.isEmpty ? "" : "  (\(terms))"))
            }
        }
        return lines.joined(separator: "\n")
    }
}
