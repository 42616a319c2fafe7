import ArgumentParser
import Foundation
import RapportModel

extension RapportCommand {
    /// `rapport sentiment`: how the tone of a text reads, and the analyzer's accuracy on a
    /// labelled table (docs/sentiment-table.tsv, which docs/temperature.md reports). Hidden:
    /// a tool for tuning the lexicon, not for daily work.
    struct SentimentCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sentiment",
            abstract: "Score the tone of text (arguments, or standard input), or the accuracy on a labelled table.",
            shouldDisplay: false)

        @Argument(help: "Text to score; standard input when none.") var text: [String] = []
        @Option(help: ArgumentHelp("A table of label<TAB>set<TAB>sentence lines to score.", valueName: "file"))
        var table: String?
        @Flag(help: "With --table, list the sentences read wrongly.") var misses = false
        @Flag(help: "Score the text as an e-mail body: quotes and signature cut first.") var mail = false

        func run() throws {
            print(try output(input: { FileHandle.standardInput.readDataToEndOfFile() }))
        }

        func output(input: () -> Data) throws -> String {
            try reporting {
                if let table {
                    guard let data = FileManager.default.contents(atPath: table) else {
                        throw CLIError("\(table): cannot read the file")
                    }
                    let parsed = try SentimentTable(tsv: String(decoding: data, as: UTF8.self), file: table)
                    return SentimentTable.report(parsed.evaluate(), misses: misses)
                }
                let body = text.isEmpty ? String(decoding: input(), as: UTF8.self) : text.joined(separator: " ")
                let analyzer = SentimentAnalyzer()
                let sentiment = mail ? analyzer.analyze(mailBody: body) : analyzer.analyze(body)
                let score = sentiment.scoreText
                let terms = sentiment.terms.map(\.description).joined(separator: ", ")
                return TerminalSafe.text("\(score) \(sentiment.label.rawValue)" + (terms.isEmpty ? "" : ": \(terms)"))
            }
        }
    }
}
