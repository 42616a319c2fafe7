import Testing
@testable import RapportUI

/// A bracketed paste goes in as text: it can neither submit the line nor carry control codes.
struct LineEditorPasteTests {
    static let pastes: [(String, String, String)] = [
        ("line breaks become spaces", "HDMI\nfails\r\nagain", "HDMI fails again"),
        ("a lone CR too", "a\rb", "a b"),
        ("tabs become spaces", "a\tb", "a b"),
        ("Unicode line separators too", "a\u{2028}b", "a b"),
        ("escape codes lose their Esc", "\u{1b}[31mred", "[31mred"),
        ("bell, NUL, DEL and C1 controls are dropped", "a\u{7}\u{0}b\u{7f}c\u{9b}d", "abcd"),
        ("NEL, a C1 line break, is a space", "a\u{85}b", "a b"),
        ("wide and combined text is kept", "会議室 e\u{301} 👩\u{200D}💻", "会議室 e\u{301} 👩\u{200D}💻"),
        ("ZWJ and other format characters are kept", "a\u{200D}b", "a\u{200D}b"),
    ]

    @Test(arguments: pastes)
    func pasteIsSanitised(_ name: String, _ pasted: String, _ expected: String) {
        var subject = LineEditor()
        _ = subject.insert(pasted)
        #expect(subject.text == expected, "\(name)")
        #expect(subject.cursor == expected.count, "\(name)")
    }

    @Test func pasteGoesInAtTheCursor() {
        var subject = editor("fix | due:fri")
        #expect(subject.insert("HDMI\n") == .edited)
        #expect(marked(subject) == "fix HDMI | due:fri")
    }

    @Test func pasteOfOnlyControlsChangesNothing() {
        var subject = editor("ab|")
        #expect(subject.insert("\u{7}\u{1b}") == .ignored)
        #expect(marked(subject) == "ab|")
    }

    @Test func controlCharacterAsAKeyIsNotInserted() {
        var subject = editor("ab|")
        #expect(subject.handle(.char("\u{7}")) == .ignored)
        #expect(subject.text == "ab")
    }

    @Test func initialTextIsSanitisedToo() {
        #expect(LineEditor("a\nb").text == "a b")
    }
}
