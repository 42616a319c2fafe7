import Testing
@testable import RapportUI

/// Names of the editing keys, as key configs write them and as help shows them.
struct KeyNameTests {
    static let names: [(String, Key)] = [
        ("M-b", .alt("b")), ("Alt-f", .alt("f")), ("meta-d", .alt("d")), ("M-B", .alt("B")),
        ("C-Left", .ctrlLeft), ("ctrl-right", .ctrlRight),
    ]

    @Test(arguments: names)
    func parses(_ name: String, _ key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test func describesEditingKeysAsHelpShowsThem() {
        #expect(Key.alt("b").description == "M-b")
        #expect(Key.ctrlLeft.description == "C-←")
        #expect(Key.ctrlRight.description == "C-→")
        // Round trip: what help shows for Alt parses back to the same key.
        #expect(Key(name: Key.alt("f").description) == .alt("f"))
    }
}
