import Foundation
import Testing
@testable import RapportCLI

/// `rapport sentiment`, the hidden tool that prints Rapport's accuracy beside VADER's script.
@Suite struct SentimentCommandTests {
    let table = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/sentiment-table.tsv").path

    @Test func theTableReportIsTheOneTheDocsQuote() throws {
        let out = try RapportCommand.SentimentCommand.parse(["--table", table]).output(input: { Data() })
        #expect(out.hasPrefix("Rapport all: 185/188 = 98.4%\nRapport dev: 140/140 = 100.0%\nRapport holdout: 45/48 = 93.7%\n"))
    }

    @Test func textIsScoredWithTheWordsThatDroveIt() throws {
        let out = try RapportCommand.SentimentCommand.parse(["Per my last email, the display wall is still not working."])
            .output(input: { Data() })
        #expect(out == "-0.81 negative: \"Per my last email\" -2.40, \"working\" -2.86")
        let mail = try RapportCommand.SentimentCommand.parse(["--mail"])
            .output(input: { Data("Great work.\n\n> This is unacceptable.\n".utf8) })
        #expect(mail == "+0.61 positive: \"Great work\" +3.00")
    }
}
