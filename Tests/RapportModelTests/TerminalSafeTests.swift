import Foundation
import RapportModel
import Testing

/// The one sanitiser: what could drive a terminal or deceive a reader shows as a placeholder;
/// what a person writes (accents, CJK, emoji sequences, flags) passes whole.
struct TerminalSafeTests {
    @Test(arguments: [
        ("\u{1B}]52;c;cHduZWQ=\u{07}", "␛]52;c;cHduZWQ=␇"),  // OSC 52: write the clipboard
        ("\u{1B}]0;title\u{07}", "␛]0;title␇"),  // OSC 0: the window title
        ("\u{1B}[2J", "␛[2J"),  // clear the screen
        ("paid\u{08}\u{08}\u{08}\u{08}owed", "paid␈␈␈␈owed"),  // backspaces over what was printed
        ("ok\rFAIL", "ok␍FAIL"),
        ("line\nbreak\ttab", "line␊break␉tab"),
        ("del\u{7F}", "del␡"),
        ("c1 \u{9B}2J \u{9D}0;x\u{9C}", "c1 <U+009B>2J <U+009D>0;x<U+009C>"),  // C1 CSI, OSC, ST
        ("invoice\u{202E}fdp.exe", "invoice<U+202E>fdp.exe"),  // right-to-left override
        ("\u{2066}isolated\u{2069}", "<U+2066>isolated<U+2069>"),
        ("zero\u{200B}width \u{FEFF}bom \u{2060}joiner \u{00AD}soft", "zero<U+200B>width <U+FEFF>bom <U+2060>joiner <U+00AD>soft"),
        ("a\u{2028}b", "a<U+2028>b"),
        ("tag\u{E0041}\u{E0042}", "tag<U+E0041><U+E0042>"),  // tags outside a flag smuggle text
        ("\u{3164}\u{115F}", "<U+3164><U+115F>"),  // Hangul fillers: a name that looks blank
    ])
    func controlAndInvisibleCharactersBecomePlaceholders(raw: String, shown: String) {
        #expect(TerminalSafe.line(raw) == shown)
        #expect(!TerminalSafe.isSafeLine(raw))
    }

    @Test(arguments: [
        "Café déjà vu", "会议室 投影机", "👨‍👩‍👧‍👦 family", "🏳️‍🌈 flag", "🇩🇪 🇯🇵", "👍🏽 thumbs",
        "e\u{301} combining", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland", "می\u{200C}خواهم",
        "plain ASCII ~!@#$%^&*()",
    ])
    func writtenTextPassesWhole(text: String) {
        #expect(TerminalSafe.line(text) == text)
        #expect(TerminalSafe.isSafeLine(text))
    }

    @Test func documentsKeepTheirLinesButNotALoneReturn() {
        // Given a CSV's records (CRLF) and a report's lines, one field with a lone CR and an ESC
        let text = "a,b\r\nc,\"x\ny\"\r\nok\rFAIL\u{1B}[2J\tend\n"
        // Then line structure stays, the lone CR and ESC do not
        #expect(TerminalSafe.text(text) == "a,b\r\nc,\"x\ny\"\r\nok␍FAIL␛[2J\tend\n")
    }

    /// Plain ASCII records take the no-copy way; a CR is kept only right before its LF.
    @Test(arguments: [
        ("1,a\r\n2,b\r\n", "1,a\r\n2,b\r\n"),
        ("1,a\rb\r\n", "1,a␍b\r\n"),
        ("1,a\r", "1,a␍"),
        ("\r\r\n", "␍\r\n"),
        ("\r\n\r", "\r\n␍"),
        ("tab\tand\nline", "tab\tand\nline"),
    ])
    func carriageReturnsOnlyBeforeALineFeed(raw: String, shown: String) {
        #expect(TerminalSafe.text(raw) == shown)
        #expect(TerminalSafe.line("1,a\r\n") == "1,a␍␊")
    }

    @Test func jsonEscapesWhatItWouldOtherwiseShowRaw() throws {
        // Given JSON whose strings hold a bidi override, a C1 control, DEL and a stray tag
        let value = "a\u{202E}b\u{9B}c\u{7F}d\u{E0041}é👨‍👩‍👧"
        let encoded = String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
        // When escaped for the terminal
        let safe = TerminalSafe.json(encoded)
        // Then none of them is left raw, and a parser reads back exactly the value
        #expect(safe.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value) })
        #expect(!safe.contains("\u{202E}"))
        #expect(safe.contains("\\u202E") && safe.contains("\\uDB40\\uDC41"))
        #expect(try JSONDecoder().decode([String].self, from: Data(safe.utf8)) == [value])
    }
}
