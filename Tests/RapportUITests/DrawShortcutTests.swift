import Foundation
import Testing
@testable import RapportUI

/// The shortcuts a detail view's frame takes must draw what the general paths draw.
@Suite struct DrawShortcutTests {
    @Test(arguments: ["ECA-0358", "", "exactly ten", "a\r\nb", "Café", "“quoted”", "naïve résumé", "👩‍💻 emoji"])
    func paddingIsFoundationsPadding(text: String) {
        for width in [0, 3, 10, 12, 30] {
            #expect(text.padded(to: width) == text.padding(toLength: width, withPad: " ", startingAt: 0))
        }
    }

    @Test(arguments: [0, 0.5, 1.5, 2.5, 12.4999, 49.5, 80, 99.5, 100, 1234.5, -0.0, -3.2, .nan])
    func scoreIsPrintfs(value: Double) {
        #expect(CustomerView.score(value) == String(format: "%3.0f", value))
    }

    @Test func symbolsTakeACellEachAndEmojiTwo() {
        // Given a line of bullets, arrows, box drawing and one emoji-presentation symbol
        var canvas = Canvas(size: Size(columns: 12, rows: 1))
        canvas.put("▶ a·b→│⚡z", x: 0, y: 0)
        // Then each is one cell, the emoji two (its right half a continuation), as grapheme by grapheme
        #expect(canvas.lines == ["▶ a·b→│⚡z"])
        #expect((0..<10).map { Int(canvas[$0, 0].width) } == [1, 1, 1, 1, 1, 1, 1, 2, 0, 1])
    }

    @Test func aCutSymbolLineEndsInAnEllipsis() {
        var canvas = Canvas(size: Size(columns: 8, rows: 1))
        #expect(canvas.put("● one · two", x: 0, y: 0, maxWidth: 6) == 6)
        #expect(canvas.lines == ["● one…"])
    }

    @Test func keysAreFoundThroughTheLayers() {
        // Given n bound in the punch list over the global j and k, and j unbound there
        var keymap = Keymap.standard
        let punch: [CommandScope] = [.view(.punch), .global]
        keymap.bind(.char("n"), to: .moveDown, in: .view(.punch))
        keymap.bind(.char("j"), to: nil, in: .view(.punch))
        // Then the punch list reaches move-down by n and the arrow, not by j
        #expect(keymap.keys(for: .moveDown, in: punch) == [.down, .char("n")])
        // And once both are forgotten, as before
        keymap.clear(.char("n"), in: .view(.punch))
        keymap.clear(.char("j"), in: .view(.punch))
        #expect(keymap.keys(for: .moveDown, in: punch) == Keymap.standard.keys(for: .moveDown, in: punch))
        #expect(keymap == Keymap.standard)
    }
}
