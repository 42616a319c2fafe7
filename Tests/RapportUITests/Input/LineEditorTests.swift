import Testing
@testable import RapportUI

/// An editor written as its text with "|" where the cursor is: `"due:|fri"`.
func editor(_ marked: String) -> LineEditor {
    let parts = marked.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
    precondition(parts.count == 2, "mark the cursor with |")
    return LineEditor(String(parts[0]) + parts[1], cursor: String(parts[0]).count)
}

/// The editor as text with "|" at the cursor, so a failing test shows where it ended up.
func marked(_ editor: LineEditor) -> String {
    var text = editor.text
    text.insert("|", at: text.index(text.startIndex, offsetBy: editor.cursor))
    return text
}

struct LineEditorTests {
    static let keys: [(String, Key, String, LineEditor.Outcome)] = [
        // typing
        ("HDM|", .char("I"), "HDMI|", .edited),
        ("|room", .char("@"), "@|room", .edited),
        ("a|c", .char("b"), "ab|c", .edited),
        // moving
        ("ab|c", .left, "a|bc", .moved),
        ("ab|c", .ctrl("b"), "a|bc", .moved),
        ("|abc", .left, "|abc", .moved),
        ("a|bc", .right, "ab|c", .moved),
        ("a|bc", .ctrl("f"), "ab|c", .moved),
        ("abc|", .right, "abc|", .moved),
        ("ab|c", .home, "|abc", .moved),
        ("ab|c", .ctrl("a"), "|abc", .moved),
        ("a|bc", .end, "abc|", .moved),
        ("a|bc", .ctrl("e"), "abc|", .moved),
        // word jumps: letters and digits make words
        ("fix HDMI due:fri|", .alt("b"), "fix HDMI due:|fri", .moved),
        ("fix HDMI due:|fri", .ctrlLeft, "fix HDMI |due:fri", .moved),
        ("fix HDMI  |due", .alt("b"), "fix |HDMI  due", .moved),
        ("|fix", .ctrlLeft, "|fix", .moved),
        ("|fix HDMI", .alt("f"), "fix| HDMI", .moved),
        ("fix| HDMI due", .ctrlRight, "fix HDMI| due", .moved),
        ("due|:fri", .alt("f"), "due:fri|", .moved),
        // deleting
        ("ab|c", .backspace, "a|c", .edited),
        ("|abc", .backspace, "|abc", .moved),
        ("a|bc", .delete, "a|c", .edited),
        ("abc|", .delete, "abc|", .moved),
        ("a|bc", .ctrl("d"), "a|c", .edited),
        ("abc|", .ctrl("d"), "abc|", .moved),
        ("|", .ctrl("d"), "|", .ignored),
        // killing
        ("fix |HDMI", .ctrl("u"), "|HDMI", .edited),
        ("fix |HDMI", .ctrl("k"), "fix |", .edited),
        ("fix HDMI due:fri|", .ctrl("w"), "fix HDMI |", .edited),
        ("fix HDMI  |", .ctrl("w"), "fix |", .edited),
        ("|fix", .ctrl("w"), "|fix", .moved),
        ("fix| HDMI due", .alt("d"), "fix| due", .edited),
        // finishing
        ("abc|", .enter, "abc|", .submit),
        ("abc|", .escape, "abc|", .cancel),
        ("abc|", .ctrl("c"), "abc|", .cancel),
        // left to the owner
        ("abc|", .up, "abc|", .ignored),
        ("abc|", .down, "abc|", .ignored),
        ("abc|", .tab, "abc|", .ignored),
        ("abc|", .backTab, "abc|", .ignored),
        ("abc|", .pageDown, "abc|", .ignored),
        ("abc|", .ctrl("s"), "abc|", .ignored),
        ("abc|", .ctrl("r"), "abc|", .ignored),
        ("abc|", .function(1), "abc|", .ignored),
        ("abc|", .alt("x"), "abc|", .ignored),
    ]

    @Test(arguments: keys)
    func key(_ before: String, _ key: Key, _ after: String, _ outcome: LineEditor.Outcome) {
        // Given an editor with its cursor marked by "|"
        var subject = editor(before)
        // When the key is pressed
        let result = subject.handle(key)
        // Then the text, the cursor and what it reported are as a user expects
        #expect(marked(subject) == after, "\(key) on \(before)")
        #expect(result == outcome, "\(key) on \(before)")
    }

    @Test func typingIntoAnEmptyEditorBuildsTheLine() {
        var subject = LineEditor()
        for c in "HDMI @Board" { #expect(subject.handle(.char(c)) == .edited) }
        #expect(marked(subject) == "HDMI @Board|")
    }

    @Test func setTextReplacesTheLineWithTheCursorAtTheEnd() {
        var subject = editor("ad|d")
        subject.setText("filter status:open")
        #expect(marked(subject) == "filter status:open|")
    }

    @Test func cursorGivenOutOfRangeIsClamped() {
        #expect(LineEditor("abc", cursor: 9).cursor == 3)
        #expect(LineEditor("abc", cursor: -2).cursor == 0)
    }
}
