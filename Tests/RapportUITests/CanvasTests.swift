import Testing
@testable import RapportUI

struct CanvasTests {
    @Test func textThatDoesNotFitEndsInAnEllipsis() {
        var canvas = Canvas(size: Size(columns: 10, rows: 1))
        canvas.put("Board Room projector", x: 0, y: 0, maxWidth: 8)
        #expect(canvas.lines == ["Board R…"])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var canvas = Canvas(size: Size(columns: 8, rows: 2))
        canvas.put("会議室", x: 0, y: 0)
        canvas.put("会議室", x: 0, y: 1, maxWidth: 4)
        #expect(canvas[0, 0].width == 2)
        #expect(canvas[1, 0].width == 0)
        #expect(canvas.lines == ["会議室", "会 …"])
    }

    @Test func emojiWithPresentationIsWide() {
        #expect(DisplayWidth.of("🔊") == 2)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // combining accent adds nothing
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var canvas = Canvas(size: Size(columns: 6, rows: 1))
        canvas.put("会議", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.lines == [" x議"])
    }

    @Test func writingOffTheRightEdgeIsClipped() {
        var canvas = Canvas(size: Size(columns: 4, rows: 1))
        let written = canvas.put("abcdef", x: 2, y: 0)
        #expect(written == 2)
        #expect(canvas.lines == ["  a…"])
    }

    @Test func linesInitialiserRoundTrips() {
        let canvas = Canvas(lines: ["ab", "会c"])
        #expect(canvas.lines == ["ab", "会c"])
    }
}
