import Testing
@testable import RapportUI

/// The canvas shows hostile text as the CLI does (through `TerminalSafe`), never as itself.
struct CanvasSafetyTests {
    @Test func controlAndBidiCharactersShowAsPlaceholders() {
        // Given titles with an escape sequence, a bell, a backspace and a right-to-left override
        var canvas = Canvas(size: Size(columns: 30, rows: 2))
        canvas.put("a\u{1B}]0;x\u{07}b\u{08}", x: 0, y: 0)
        canvas.put("pay\u{202E}exe", x: 0, y: 1)
        // Then every one of them is a visible placeholder, and no cell holds a control
        #expect(canvas.lines == ["a␛]0;x␇b␈", "pay<U+202E>exe"])
        #expect(canvas.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } })
    }

    @Test func aNewlineInATitleStaysOnItsRow() {
        var canvas = Canvas(size: Size(columns: 12, rows: 2))
        canvas.put("one\ntwo", x: 0, y: 0)
        #expect(canvas.lines == ["one␊two", ""])
    }

    @Test func emojiSequencesStayOneCellPair() {
        // Given a ZWJ family, a rainbow flag and a skin tone
        var canvas = Canvas(size: Size(columns: 10, rows: 1))
        canvas.put("👨‍👩‍👧‍👦🏳️‍🌈👍🏽", x: 0, y: 0)
        // Then each is one grapheme two columns wide, kept whole
        #expect(canvas[0, 0].text == "👨‍👩‍👧‍👦" && canvas[0, 0].width == 2)
        #expect(canvas[2, 0].text == "🏳️‍🌈" && canvas[2, 0].width == 2)
        #expect(canvas[4, 0].text == "👍🏽" && canvas[4, 0].width == 2)
    }
}
