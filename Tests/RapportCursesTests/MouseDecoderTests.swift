@testable import RapportCurses
import RapportUI
import Testing

/// SGR (1006) mouse reports, read from the bytes a terminal (or tmux) sends.
@Suite struct MouseDecoderTests {
    let size = Size(columns: 120, rows: 40)

    func sgr(_ body: String) -> [RawInput] {
        [.scalar(27)] + "[<\(body)".unicodeScalars.map { .scalar($0.value) }
    }

    @Test(arguments: [
        ("0;10;5M", MouseEvent(.press(.left), x: 9, y: 4)),
        ("0;10;5m", MouseEvent(.release, x: 9, y: 4)),
        ("2;1;1M", MouseEvent(.press(.right), x: 0, y: 0)),
        ("64;300;40M", MouseEvent(.wheelUp, x: 299, y: 39)),
        ("65;3;7M", MouseEvent(.wheelDown, x: 2, y: 6)),
        ("16;10;5M", MouseEvent(.press(.left), x: 9, y: 4)),  // with Ctrl, still a left press
    ])
    func reportsBecomeMouseEvents(body: String, event: MouseEvent) {
        var decoder = InputDecoder()
        #expect(decoder.decode(sgr(body), size: size) == [.mouse(event)])
    }

    @Test func motionAndBadReportsRunNothing() {
        var decoder = InputDecoder()
        #expect(decoder.decode(sgr("32;10;5M") + sgr("0;0;5M") + sgr("66;1;1M"), size: size).isEmpty)
        // And a key after them is still a key
        #expect(decoder.decode(sgr("35;1;1M") + [.scalar(106)], size: size) == [.key(.char("j"))])
    }

    @Test func twoPressesOnOneCellSoonAfterAreADoubleClick() {
        var decoder = InputDecoder()
        let first = decoder.decode(sgr("0;10;5M") + sgr("0;10;5m"), size: size, now: 1_000)
        let second = decoder.decode(sgr("0;10;5M"), size: size, now: 1_300)
        let late = decoder.decode(sgr("0;10;5M"), size: size, now: 3_000)
        let elsewhere = decoder.decode(sgr("0;11;5M"), size: size, now: 3_100)
        #expect(first.first == .mouse(MouseEvent(.press(.left), x: 9, y: 4)))
        #expect(second == [.mouse(MouseEvent(.press(.left), x: 9, y: 4, clicks: 2))])
        #expect(late == [.mouse(MouseEvent(.press(.left), x: 9, y: 4))])
        #expect(elsewhere == [.mouse(MouseEvent(.press(.left), x: 10, y: 4))])
    }

    @Test func aReportInsideAPasteIsText() {
        var decoder = InputDecoder()
        let events = decoder.decode([.pasteStart] + "a".unicodeScalars.map { .scalar($0.value) } + [.pasteEnd], size: size)
        #expect(events == [.paste("a")])
    }
}
