@testable import RapportCurses
import RapportUI
import Testing

/// The keys the line editor needs beyond the basic set: Alt word keys and Ctrl-arrows, in the
/// forms terminals send them when ncurses has not already named them.
@Suite struct InputDecoderEditingKeyTests {
    let size = Size(columns: 80, rows: 24)

    static func chars(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .scalar($0.value) }
    }

    static let esc: [RawInput] = [.scalar(27)]

    static let cases: [(String, [RawInput], [TerminalEvent])] = [
        ("M-b, xterm with metaSendsEscape", esc + chars("b"), [.key(.alt("b"))]),
        ("M-f", esc + chars("f"), [.key(.alt("f"))]),
        ("M-d", esc + chars("d"), [.key(.alt("d"))]),
        ("M-b then typing goes on", esc + chars("bx"), [.key(.alt("b")), .key(.char("x"))]),
        ("Esc then another key stays Esc and the key", esc + chars("q"), [.key(.escape), .key(.char("q"))]),
        ("Esc then B (shifted) is no word key", esc + chars("B"), [.key(.escape), .key(.char("B"))]),
        ("Ctrl-Left, xterm", esc + chars("[1;5D"), [.key(.ctrlLeft)]),
        ("Ctrl-Right, xterm", esc + chars("[1;5C"), [.key(.ctrlRight)]),
        ("Ctrl-Shift-Left is still a word jump", esc + chars("[1;6D"), [.key(.ctrlLeft)]),
        ("Alt-Left stays Left", esc + chars("[1;3D"), [.key(.left)]),
        ("Ctrl-Up stays Up", esc + chars("[1;5A"), [.key(.up)]),
        ("Ctrl-Left, rxvt", esc + chars("Od"), [.key(.ctrlLeft)]),
        ("Ctrl-Right, rxvt", esc + chars("Oc"), [.key(.ctrlRight)]),
        ("named by ncurses from terminfo", [.key(.ctrlLeft), .key(.ctrlRight)], [.key(.ctrlLeft), .key(.ctrlRight)]),
    ]

    @Test(arguments: cases)
    func decodes(_ name: String, _ inputs: [RawInput], _ expected: [TerminalEvent]) {
        // Given a fresh decoder
        var decoder = InputDecoder()
        // When one read brings `inputs`
        let events = decoder.decode(inputs, size: size)
        // Then
        #expect(events == expected, "\(name)")
    }

    @Test func altWordKeySplitAcrossReadsIsEscThenTheKey() {
        // Given Esc alone in one read: ncurses already waited ESCDELAY, so it was the Esc key
        var decoder = InputDecoder()
        #expect(decoder.decode(Self.esc, size: size) == [.key(.escape)])
        // When "b" comes in the next read, Then it is typed text
        #expect(decoder.decode(Self.chars("b"), size: size) == [.key(.char("b"))])
    }

    @Test func escFollowedByBInsideAPasteIsNoKey() {
        // Given a paste holding an Esc before "b" (text copied with a stray control)
        var decoder = InputDecoder()
        let events = decoder.decode([.pasteStart] + Self.chars("a") + Self.esc + Self.chars("bc") + [.pasteEnd], size: size)
        // Then it stays text: no word jump runs in the middle of a paste
        #expect(events == [.paste("abc")])
    }
}
