import Testing
@testable import RapportModel

/// What the search box sends to the index, and how marked matches come back.
struct SearchTextTests {
    @Test(arguments: [
        ("bro ro", "\"bro\"* AND \"ro\"*"),
        ("O'Brien", "\"O\"* AND \"Brien\"*"),
        ("NEAR AND -x", "\"NEAR\"* AND \"AND\"* AND \"x\"*"),
        ("\"quoted\"", "\"quoted\"*"),
        ("  ", ""),
    ])
    func everyWordIsAQuotedPrefix(text: String, expression: String) {
        #expect(SearchQuery(text).matchExpression == expression)
    }

    @Test func markersSplitTheTextIntoRuns() {
        let text = MarkedText(marked: "The \u{2}Brookline\u{3} bid\nwas \u{2}won")
        #expect(text.runs == [.init("The ", matched: false), .init("Brookline", matched: true),
                              .init(" bid was ", matched: false), .init("won", matched: true)])
        #expect(text.plain == "The Brookline bid was won")
        #expect(text.matches == ["Brookline", "won"])
    }

    @Test func onlyTheTypedStartOfAWordStaysMarked() {
        let text = MarkedText(marked: "\u{2}Brookline\u{3} \u{2}Café\u{3} \u{2}Room\u{3}").narrowed(to: ["brook", "CAF", "room"])
        #expect(text.runs == [.init("Brook", matched: true), .init("line ", matched: false), .init("Caf", matched: true),
                              .init("é ", matched: false), .init("Room", matched: true)])
        // An accent typed or not marks the same letters
        #expect(MarkedText(marked: "\u{2}Élan\u{3}").narrowed(to: ["el"]).matches == ["Él"])
    }
}

/// The ranking counts a candidate's matches and words off its marked bytes: the same as its runs say.
struct MarkedCountsTests {
    @Test(arguments: [
        "", "plain words only", "\u{2}Brook\u{3}line Schools", "\u{2}a\u{3} \u{2}b\u{3}", "\u{2}a\u{3}\u{2}b\u{3}c",
        "Café \u{2}crème\u{3}\nnew line", "o'\u{2}brien\u{3}'s BRK-001", "\u{2}unclosed words", "\u{3}\u{2}\u{3}x",
        "会議室 \u{2}HDMI\u{3} 🔊 buzzes",
    ])
    func theCountsAreTheRuns(marked: String) {
        let text = MarkedText(marked: marked)
        #expect(MarkedText.counts(marked: marked) == MarkedText.Counts(matches: text.matches.count, words: text.wordCount))
    }
}
