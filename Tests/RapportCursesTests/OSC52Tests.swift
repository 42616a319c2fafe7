import Testing
@testable import RapportCurses

struct OSC52Tests {
    @Test func base64MatchesRFC4648sVectors() {
        // RFC 4648 section 10.
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
                       "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors { #expect(CursesTerminal.base64(Array(plain.utf8)) == encoded) }
    }

    @Test func theSequenceSetsTheClipboardSelection() {
        #expect(CursesTerminal.osc52("PRJ-0001#12 Ü") == "\u{1b}]52;c;UFJKLTAwMDEjMTIgw5w=\u{07}")
    }
}
