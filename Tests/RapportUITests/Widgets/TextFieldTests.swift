import Testing
@testable import RapportUI

/// The field as the user sees it: its row, and under it a "^" where the terminal cursor is.
@MainActor
func screen(_ field: TextField, width: Int) -> [String] {
    var canvas = Canvas(size: Size(columns: width, rows: 1))
    field.render(into: &canvas, area: canvas.bounds, theme: .plain)
    let caret = canvas.cursor.map { String(repeating: " ", count: $0.x) + "^" } ?? "(no cursor)"
    return canvas.lines + [caret]
}

@MainActor
struct TextFieldTests {
    @Test func shortLineShowsWholeAfterThePrompt() {
        #expect(screen(TextField(editor: editor(":ad|d"), prompt: ""), width: 12) == [
            ":add",
            "   ^",
        ])
        #expect(screen(TextField(editor: editor("add|"), prompt: ":"), width: 12) == [
            ":add",
            "    ^",
        ])
    }

    @Test func longLineWithTheCursorAtTheEndShowsItsTail() {
        #expect(screen(TextField(editor: editor("fix the HDMI handshake|"), prompt: ":"), width: 10) == [
            ":…ndshake",
            "         ^",
        ])
    }

    @Test func longLineWithTheCursorAtTheStartShowsItsHead() {
        #expect(screen(TextField(editor: editor("|fix the HDMI handshake"), prompt: ":"), width: 10) == [
            ":fix the …",
            " ^",
        ])
    }

    @Test func cursorInTheMiddleOfALongLineIsKeptInViewWithMarkersOnBothSides() {
        #expect(screen(TextField(editor: editor("fix the HDMI ha|ndshake"), prompt: ":"), width: 10) == [
            ":…DMI han…",
            "        ^",
        ])
    }

    @Test func lineExactlyAsWideAsTheFieldNeedsNoMarkerUntilTheCursorPassesIt() {
        #expect(screen(TextField(editor: editor("abcd|e"), prompt: "/"), width: 6) == [
            "/abcde",
            "     ^",
        ])
        // The cursor after the last character needs a cell of its own.
        #expect(screen(TextField(editor: editor("abcde|"), prompt: "/"), width: 6) == [
            "/…cde",
            "     ^",
        ])
    }

    @Test func wideCharactersAreNeverSplitWhenScrolling() {
        let text = "会議室のプロジェクター"
        #expect(screen(TextField(editor: editor(text + "|")), width: 10) == [
            "…ェクター",
            "         ^",
        ])
        // An odd width leaves a blank rather than half a character.
        #expect(screen(TextField(editor: editor(text + "|")), width: 9) == [
            "…クター",
            "       ^",
        ])
        #expect(screen(TextField(editor: editor("|" + text)), width: 10) == [
            "会議室の …",
            "^",
        ])
    }

    @Test func cursorAfterAWideCharacterIsTwoColumnsOn() {
        #expect(screen(TextField(editor: editor("会|議"), prompt: "Add: "), width: 20) == [
            "Add: 会議",
            "       ^",
        ])
    }

    @Test func combinedCharactersTakeOneColumn() {
        #expect(screen(TextField(editor: editor("cafe\u{301}|!")), width: 10) == [
            "cafe\u{301}!",
            "    ^",
        ])
    }

    @Test func emptyLineShowsThePlaceholderWithTheCursorOnIt() {
        let field = TextField(editor: LineEditor(), prompt: "Add: ", placeholder: "HDMI fails @Board Room !1")
        #expect(screen(field, width: 20) == [
            "Add: HDMI fails @Bo…",
            "     ^",
        ])
    }

    @Test func unfocusedFieldLeavesTheCursorHidden() {
        #expect(screen(TextField(editor: editor("ab|c"), focused: false), width: 8) == ["abc", "(no cursor)"])
    }

    @Test func promptThatLeavesNoRoomIsDropped() {
        // Two columns are the least a prompt leaves: the "…" and the cursor.
        #expect(screen(TextField(editor: editor("abc|"), prompt: "Filter: "), width: 10) == [
            "Filter: …",
            "         ^",
        ])
        #expect(screen(TextField(editor: editor("abc|"), prompt: "Filter: "), width: 9) == [
            "abc",
            "   ^",
        ])
        #expect(screen(TextField(editor: editor("ab|"), prompt: "Filter: "), width: 4) == [
            "ab",
            "  ^",
        ])
    }

    @Test func fieldInsideALargerCanvasDrawsOnlyItsRowAndPlacesTheCursorThere() {
        // Given a canvas with text on both sides of the field's area
        var canvas = Canvas(lines: ["xxxxxxxxxx", "xxxxxxxxxx"])
        // When a field is drawn into columns 2..<8 of the second row
        TextField(editor: editor("hi|"), prompt: ":").render(into: &canvas, area: Rect(x: 2, y: 1, width: 6, height: 1), theme: .plain)
        // Then it clears only that area and the cursor is in it
        #expect(canvas.lines == ["xxxxxxxxxx", "xx:hi   xx"])
        #expect(canvas.cursor == CursorPosition(x: 5, y: 1))
    }

    /// Wherever the cursor is and however narrow the field, the cursor sits on the character it
    /// is before (or on a blank after the text), never on a "…" or half a wide character.
    @Test(arguments: 5...24)
    func cursorAlwaysSitsOnItsCharacter(width: Int) {
        let text = "HDMI 会議室 e\u{301} 👩\u{200D}💻 fails at Board Room"
        let characters = Array(text)
        for position in 0...characters.count {
            var canvas = Canvas(size: Size(columns: width, rows: 1))
            TextField(editor: LineEditor(text, cursor: position), prompt: ":").render(into: &canvas, area: canvas.bounds, theme: .plain)
            guard let cursor = canvas.cursor else { Issue.record("no cursor at \(position)"); continue }
            let expected = position < characters.count ? String(characters[position]) : " "
            #expect(cursor.x >= 1 && cursor.x < width, "width \(width), position \(position)")
            #expect(canvas[cursor.x, 0].text == expected, "width \(width), position \(position): \(canvas.lines)")
        }
    }
}
