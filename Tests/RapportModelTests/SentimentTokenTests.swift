import Testing
@testable import RapportModel

/// The analyzer's tokens: the byte path for ASCII text is a shortcut only, token for token the
/// rule as read character by character.
@Suite struct SentimentTokenTests {
    static let edges = [
        "", "Ok", "Per my last email, the display wall is STILL not working!!", "We can't -- won't -- wait.",
        "'quoted' words-with-hyphens- and -leading ones", "Rough-in done; trim-out next? Yes.", "3.5 mm jack, e.g. the TRS",
        "CRLF line\r\nnext line\rlone CR\n\nblank", "(aside) before: after / or - dash", "HDMI VLAN CFO NOW ASAP TODAY NO",
        "Why?!! Because!!! fine", "tab\tand\u{7}bell and ~ * & # @ signs", "x-", "-", "'", "--'--", "A. B! C? D; E",
        "ends with CR\r", "mixed CASE: iPad OK?", "12345 67-89 a1b2",
    ]

    static func equal(_ a: [(tokens: [SentimentToken], exclamations: Int)],
                      _ b: [(tokens: [SentimentToken], exclamations: Int)]) -> Bool {
        a.map(\.tokens) == b.map(\.tokens) && a.map(\.exclamations) == b.map(\.exclamations)
    }

    @Test(arguments: edges)
    func asciiTextIsTokenizedAsCharactersAre(text: String) throws {
        let bytes = try #require(SentimentToken.asciiSentences(text))
        #expect(Self.equal(bytes, SentimentToken.characterSentences(text)))
    }

    @Test func theLabelledTableIsTokenizedAsCharactersAre() throws {
        // Every sentence of the trade table, as written, shouted and joined by CR LF
        let sentences = SentimentTableTests.table.rows.map(\.sentence)
        let texts = sentences + sentences.map { $0.uppercased() } + [sentences.joined(separator: "\r\n")]
        for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = try #require(SentimentToken.asciiSentences(text))
            #expect(Self.equal(bytes, SentimentToken.characterSentences(text)), "\(text)")
        }
    }

    @Test func otherTextTakesTheCharacterPath() {
        #expect(SentimentToken.asciiSentences("Café’s wall is broken") == nil)
        #expect(Self.equal(SentimentToken.sentences("Café’s wall isn’t fixed… NOW"),
                           SentimentToken.characterSentences("Café’s wall isn’t fixed… NOW")))
    }
}
