@testable import RapportCurses
import RapportUI
import Testing

@Suite struct InputDecoderTests {
    let size = Size(columns: 120, rows: 40)

    /// Raw input as ncurses hands it over: characters one by one, `Esc` as 27.
    static func chars(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .scalar($0.value) }
    }

    static let keys: [(String, [RawInput], [TerminalEvent])] = [
        ("printable", chars("j"), [.key(.char("j"))]),
        ("wide", chars("日"), [.key(.char("日"))]),
        ("Enter is CR with nonl", [.scalar(13)], [.key(.enter)]),
        ("Ctrl-J is Enter too", [.scalar(10)], [.key(.enter)]),
        ("Tab", [.scalar(9)], [.key(.tab)]),
        ("Backspace as DEL", [.scalar(127)], [.key(.backspace)]),
        ("Backspace as Ctrl-H", [.scalar(8)], [.key(.backspace)]),
        ("Ctrl-r", [.scalar(18)], [.key(.ctrl("r"))]),
        ("Ctrl-c arrives as a key in raw mode", [.scalar(3)], [.key(.ctrl("c"))]),
        ("keys ncurses named", [.key(.up), .key(.function(5))], [.key(.up), .key(.function(5))]),
        ("Esc alone", [.scalar(27)], [.key(.escape)]),
        ("Esc then a key, read together", [.scalar(27)] + chars("q"), [.key(.escape), .key(.char("q"))]),
        ("Esc Esc", [.scalar(27), .scalar(27)], [.key(.escape), .key(.escape)]),
        ("unknown sequence runs nothing", [.scalar(27)] + chars("[99~j"), [.key(.char("j"))]),
        ("cursor key ncurses missed", [.scalar(27)] + chars("[A"), [.key(.up)]),
        ("cursor key with a modifier", [.scalar(27)] + chars("[1;5B"), [.key(.down)]),
        ("SS3 function key", [.scalar(27)] + chars("OP"), [.key(.function(1))]),
        ("several resizes are one", [.resize, .resize], [.resize(Size(columns: 120, rows: 40))]),
    ]

    @Test(arguments: keys)
    func decodes(_ name: String, _ inputs: [RawInput], _ expected: [TerminalEvent]) {
        // Given a fresh decoder
        var decoder = InputDecoder()
        // When one read brings `inputs`
        let events = decoder.decode(inputs, size: size)
        // Then
        #expect(events == expected, "\(name)")
    }

    @Test func pasteBetweenMarkersIsOneEventAndRunsNoCommands() {
        var decoder = InputDecoder()
        let events = decoder.decode([.pasteStart] + Self.chars("q ?\r\nx\t日") + [.pasteEnd] + Self.chars("j"), size: size)
        #expect(events == [.paste("q ?\nx\t日"), .key(.char("j"))])
    }

    @Test func pasteMarkersThatNcursesSplitIntoCharactersStillDelimitAPaste() {
        var decoder = InputDecoder()
        let inputs = [.scalar(27)] + Self.chars("[200~a\rb") + [.scalar(27)] + Self.chars("[201~")
        #expect(decoder.decode(inputs, size: size) == [.paste("a\nb")])
    }

    @Test func pasteSpanningReadsIsDeliveredWhenItEnds() {
        var decoder = InputDecoder()
        #expect(decoder.decode([.pasteStart] + Self.chars("first "), size: size) == [])
        #expect(decoder.decode(Self.chars("second") + [.pasteEnd], size: size) == [.paste("first second")])
    }

    @Test func sequenceSplitAcrossReadsIsNotTakenForEsc() {
        var decoder = InputDecoder()
        #expect(decoder.decode([.scalar(27)] + Self.chars("[2"), size: size) == [])
        #expect(decoder.decode(Self.chars("00~hi") + [.pasteEnd], size: size) == [.paste("hi")])
    }
}
