import Foundation
import Testing
@testable import RapportModel

/// The labelled table of trade sentences (docs/sentiment-table.tsv), which
/// scripts/vader-baseline.py reads too; docs/temperature.md reports both side by side.
@Suite struct SentimentTableTests {
    static let table: SentimentTable = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/sentiment-table.tsv")
        do {
            return try SentimentTable(tsv: String(contentsOf: url, encoding: .utf8), file: url.path)
        } catch {
            fatalError("test data: cannot read \(url.path): \(error)")
        }
    }()

    /// Holdout sentences the analyzer reads wrongly, with what it reads; the lexicon was not tuned
    /// on them. A change that fixes one must move it out of here (and update docs/temperature.md).
    static let knownMisses: [String: Sentiment.Label] = [
        "The client walkthrough went really well.": .neutral,
        "We have been waiting three weeks for the replacement parts.": .neutral,
        "The invoice was sent before the work was even finished.": .neutral,
    ]

    @Test func theTableHasAtLeast150SentencesOfEachLabel() {
        let rows = Self.table.rows
        #expect(rows.count == 188)
        #expect(rows.filter { $0.label == .positive }.count == 65)
        #expect(rows.filter { $0.label == .neutral }.count == 58)
        #expect(rows.filter { $0.label == .negative }.count == 65)
        #expect(rows.filter { $0.set == "holdout" }.count == 48)
        #expect(Set(rows.map(\.sentence)).count == rows.count, "a sentence is in the table twice")
    }

    @Test(arguments: SentimentTableTests.table.rows)
    func eachSentenceReadsAsLabelled(_ row: SentimentTable.Row) {
        let sentiment = SentimentAnalyzer().analyze(row.sentence)
        let expected = Self.knownMisses[row.sentence] ?? row.label
        #expect(sentiment.label == expected, "line \(row.line): \(row.sentence) scored \(sentiment.score) \(sentiment.terms)")
    }

    @Test func accuracyIsWhatTheDocsReport() {
        // Given the whole table, When every sentence is scored
        let report = SentimentTable.report(Self.table.evaluate(), misses: false)
        // Then the numbers are the ones docs/temperature.md gives
        #expect(report == """
            Rapport all: 185/188 = 98.4%
            Rapport dev: 140/140 = 100.0%
            Rapport holdout: 45/48 = 93.7%

            expected \\ got   positive  neutral  negative
            positive               64        1        0
            neutral                 0       58        0
            negative                0        2       63
            """)
    }

    @Test func aMalformedLineIsReportedWithItsNumber() {
        #expect(throws: AppError.importFailed(file: "t.tsv", line: 3,
                                              reason: "expected label<TAB>set<TAB>sentence with label positive, neutral or negative")) {
            try SentimentTable(tsv: "# comment\nlabel\tset\tsentence\nhappy\tdev\tThe room is great.\n", file: "t.tsv")
        }
    }
}
