import Foundation
import RapportModel
import Testing
@testable import RapportCLI

/// The streamed listing JSON is byte for byte what `JSONEncoder` (pretty, sorted keys, slashes
/// as they are) followed by `TerminalSafe.json` made, on hostile text as well as plain.
struct JSONArrayWriterTests {
    struct Item: Encodable {
        var name: String
        var note: String?
        var number: Int
        var open: Bool
    }

    static func encoded(_ items: [Item]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.json(String(decoding: try encoder.encode(items), as: UTF8.self))
    }

    static func streamed(_ items: [Item]) -> String {
        let out = ListingOutput()
        var writer = JSONArrayWriter(out)
        for item in items {
            writer.object(["name": .string(item.name), "note": item.note.map { .string($0) }, "number": .int(item.number),
                           "open": .bool(item.open)])
        }
        writer.end()
        return out.text
    }

    static let hostile = [
        "plain", "quote \" and back\\slash", "a/b/c", "line\nbreak\ttab\rreturn", "bell\u{07} esc\u{1b}[2J nul\u{0}",
        "\u{08}backspace \u{0C}feed \u{7F}del", "C1 \u{85}\u{9B}31m", "bidi \u{202E}txt.exe", "zwj 👩‍💻 flag 🇫🇷",
        "tags 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} lone \u{E0041}", "soft\u{AD}hyphen", "日本語 e\u{301}",
        "\u{2028}sep\u{2029}", "hangul \u{3164}", "",
    ]

    @Test(arguments: [0, 1, 3])
    func sameBytesAsTheEncoder(count: Int) throws {
        // Given items with every kind of text, a missing optional and negative numbers
        let items = (0..<count).map { i in
            Item(name: Self.hostile[i % Self.hostile.count], note: i % 2 == 0 ? nil : "note \(i)", number: -i * 7, open: i % 2 == 0)
        }
        // Then the streamed text is the encoder's
        #expect(Self.streamed(items) == (try Self.encoded(items)))
    }

    @Test func everyHostileStringEscapesAsTheEncoderDoes() throws {
        for text in Self.hostile {
            let items = [Item(name: text, note: text, number: 1, open: true)]
            #expect(Self.streamed(items) == (try Self.encoded(items)), "\(text.debugDescription)")
        }
    }

    @Test func streamedOutputParsesBack() throws {
        let items = Self.hostile.enumerated().map { Item(name: $0.element, note: nil, number: $0.offset, open: false) }
        let parsed = try JSONSerialization.jsonObject(with: Data(Self.streamed(items).utf8)) as! [[String: Any]]
        #expect(parsed.map { $0["name"] as! String } == Self.hostile)
    }
}
