import Testing
@testable import RapportUI

/// Characters that are more than one scalar, or two columns wide, are one step and one delete.
struct LineEditorGraphemeTests {
    static let clusters: [(String, String)] = [
        ("e + combining acute", "e\u{301}"),
        ("ZWJ emoji", "👩\u{200D}💻"),
        ("flag", "🇫🇷"),
        ("CJK", "会"),
        ("emoji with presentation selector", "❤\u{FE0F}"),
    ]

    @Test(arguments: clusters)
    func clusterIsOneStepAndOneBackspace(_ name: String, _ cluster: String) {
        // Given "a", the cluster and "b", the cursor at the end
        var subject = LineEditor("a\(cluster)b")
        #expect(subject.text.count == 3, "\(name)")
        // When moving left twice, the cursor is before the cluster
        _ = subject.handle(.left)
        _ = subject.handle(.left)
        #expect(subject.cursor == 1, "\(name)")
        // When deleting forward, the whole cluster goes
        #expect(subject.handle(.delete) == .edited)
        #expect(subject.text == "ab", "\(name)")
        // And typed back as one key, Backspace removes it whole
        _ = subject.insert(cluster)
        #expect(subject.cursor == 2, "\(name)")
        _ = subject.handle(.backspace)
        #expect(marked(subject) == "a|b", "\(name)")
    }

    @Test func combiningMarkTypedAfterItsBaseJoinsIt() {
        // Given "e" typed (ncurses hands over a decomposed character one scalar at a time)
        var subject = LineEditor()
        _ = subject.handle(.char("e"))
        // When the combining accent arrives as its own key
        #expect(subject.handle(.char("\u{301}")) == .edited)
        // Then it is one character, and the cursor is after it
        #expect(subject.text == "e\u{301}")
        #expect(subject.text.count == 1)
        #expect(subject.cursor == 1)
    }

    @Test func zwjSequenceTypedScalarByScalarIsOneCharacter() {
        var subject = LineEditor("x")
        for scalar in "👩\u{200D}💻".unicodeScalars { _ = subject.handle(.char(Character(scalar))) }
        #expect(subject.text == "x👩\u{200D}💻")
        #expect(subject.cursor == 2)
        _ = subject.handle(.backspace)
        #expect(marked(subject) == "x|")
    }

    @Test func wordJumpsTreatCJKAndAccentedLettersAsLetters() {
        var subject = LineEditor("café 会議室 ok")
        _ = subject.handle(.alt("b"))
        _ = subject.handle(.alt("b"))
        #expect(marked(subject) == "café |会議室 ok")
        _ = subject.handle(.alt("b"))
        #expect(marked(subject) == "|café 会議室 ok")
    }
}
