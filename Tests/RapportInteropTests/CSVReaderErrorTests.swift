import Foundation
import Testing
@testable import RapportInterop

@Suite struct CSVReaderErrorTests {
    // MARK: - Hostile input gives an error that says where

    @Test(arguments: [
        ("unterminated quote at the end", "a,b\n1,\"open\nmore\nend\n",
         CSVError.unterminatedQuote(line: 4, openedOn: 2)),
        ("unterminated quote on its own line", "a,\"b", .unterminatedQuote(line: 1, openedOn: 1)),
        ("a quote alone", "\"", .unterminatedQuote(line: 1, openedOn: 1)),
        ("closing quote doubled by mistake", "\"abc\"\"", .unterminatedQuote(line: 1, openedOn: 1)),
        ("inch mark in an unquoted field", "a,b\n5\" speaker,x", .quoteInUnquotedField(line: 2, column: 2)),
        ("quote after a leading space", "a, \"b\"", .quoteInUnquotedField(line: 1, column: 4)),
        ("text after the closing quote", "a,b\n\"x\"y,z", .textAfterClosingQuote(line: 2, column: 4, found: "y")),
        ("space after the closing quote", "\"x\" ,y", .textAfterClosingQuote(line: 1, column: 4, found: " ")),
        ("wide text after the closing quote", "\"会\"議", .textAfterClosingQuote(line: 1, column: 4, found: "議")),
        ("text after a doubled quote", "\"a\"\"b\"c\"", .textAfterClosingQuote(line: 1, column: 7, found: "c")),
    ] as [(String, String, CSVError)])
    func refusesMalformedQuoting(name: String, text: String, expected: CSVError) {
        // Given a file whose quoting is broken
        // When it is read
        // Then the error names the line (and the column) to look at
        #expect(throws: expected, "\(name)") { try CSVReader().records(text) }
    }

    @Test(arguments: [
        ("Latin-1 é", [0x61, 0x2C, 0xE9, 0x0A], CSVError.invalidUTF8(line: 1, column: 3, offset: 2, byte: 0xE9)),
        ("on a later line, after a BOM", [0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0xC3, 0xA9, 0x92],
         .invalidUTF8(line: 2, column: 2, offset: 8, byte: 0x92)),
        ("lone continuation byte", [0x80], .invalidUTF8(line: 1, column: 1, offset: 0, byte: 0x80)),
        ("overlong slash", [0x61, 0xC0, 0xAF], .invalidUTF8(line: 1, column: 2, offset: 1, byte: 0xC0)),
        ("UTF-16 surrogate", [0xED, 0xA0, 0x80], .invalidUTF8(line: 1, column: 1, offset: 0, byte: 0xED)),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], .invalidUTF8(line: 1, column: 1, offset: 0, byte: 0xF4)),
        ("cut off at the end", [0x61, 0x0A, 0xE2, 0x82], .invalidUTF8(line: 2, column: 1, offset: 2, byte: 0xE2)),
        ("inside a quoted field", [0x22, 0x0A, 0xFF, 0x22], .invalidUTF8(line: 2, column: 1, offset: 2, byte: 0xFF)),
        ("NUL in a field", [0x61, 0x0A, 0x62, 0x2C, 0x00], .nulByte(line: 2, column: 3)),
        ("NUL inside quotes", [0x22, 0x00, 0x22], .nulByte(line: 1, column: 2)),
        ("UTF-16 without a BOM", [0x54, 0x00, 0x69, 0x00], .nulByte(line: 1, column: 2)),
        ("UTF-16 LE with a BOM", [0xFF, 0xFE, 0x54, 0x00], .unsupportedEncoding(name: "UTF-16 (little-endian)")),
        ("UTF-16 BE with a BOM", [0xFE, 0xFF, 0x00, 0x54], .unsupportedEncoding(name: "UTF-16 (big-endian)")),
    ] as [(String, [UInt8], CSVError)])
    func refusesBytesThatAreNotUTF8Text(name: String, bytes: [UInt8], expected: CSVError) {
        // Given a file that is not UTF-8 text (a legacy encoding, binary junk, UTF-16)
        // When it is read
        // Then the error says where the first bad byte is, rather than reading mangled text
        #expect(throws: expected, "\(name)") { try CSVReader().records(Data(bytes)) }
    }

    @Test func refusesARowWiderThanTheHeader() {
        // Given a row with an unquoted comma, so it has one field more than the header
        let text = "Title,Room\nok,Lobby\nRack, rear door,Lobby\n"
        // When it is read as a table
        // Then the row is refused, since which cell is which would be a guess
        #expect(throws: CSVError.tooManyFields(line: 3, count: 3, headerCount: 2)) {
            try CSVReader().table(text)
        }
    }

    @Test(arguments: ["", "\n\r\n", "\u{FEFF}"])
    func aTableNeedsAHeader(text: String) {
        #expect(throws: CSVError.emptyFile) { try CSVReader().table(text) }
    }

    // MARK: - Messages

    @Test(arguments: [
        (CSVError.unterminatedQuote(line: 14, openedOn: 12), "line 14: unterminated quoted field (opened on line 12)"),
        (.quoteInUnquotedField(line: 3, column: 2),
         "line 3, column 2: quote inside an unquoted field; a field with a quote in it must be quoted as a whole, "
            + "with the quote doubled (\"5\"\" speaker\")"),
        (.textAfterClosingQuote(line: 2, column: 4, found: "y"),
         "line 2, column 4: unexpected 'y' after a closing quote (expected a separator or the end of the line)"),
        (.invalidUTF8(line: 1, column: 3, offset: 2, byte: 0xE9),
         "line 1, column 3: invalid UTF-8 (byte 0xE9 at offset 2); save it as \"CSV UTF-8\""),
        (.invalidUTF8(line: 1, column: 1, offset: 0, byte: 0x0B),
         "line 1, column 1: invalid UTF-8 (byte 0x0B at offset 0); save it as \"CSV UTF-8\""),
        (.nulByte(line: 2, column: 3),
         "line 2, column 3: NUL byte (a binary or UTF-16 file?); save it as \"CSV UTF-8\""),
        (.unsupportedEncoding(name: "UTF-16 (little-endian)"),
         "line 1: the file is UTF-16 (little-endian), not UTF-8; save it as \"CSV UTF-8\""),
        (.tooManyFields(line: 9, count: 13, headerCount: 12),
         "line 9: 13 fields but the header has 12; a field with a separator in it must be quoted"),
        (.emptyFile, "the file is empty; expected a header row"),
    ])
    func messagesSayWhereAndWhat(error: CSVError, expected: String) {
        #expect(error.description == expected)
    }

    // MARK: - No input crashes or hangs

    @Test func randomBytesEitherReadOrFailCleanly() throws {
        // Given 3,000 short inputs drawn from the bytes that matter to a CSV reader
        var random = SplitMix64(seed: 4180)
        let alphabet: [UInt8] = [0x2C, 0x22, 0x22, 0x0D, 0x0A, 0x61, 0x20, 0xC3, 0xA9, 0xE9, 0x00, 0xEF, 0xBB, 0xBF]
        var readCount = 0
        for _ in 0..<3_000 {
            let length = Int(random.next() % 24)
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            // When each is read
            do {
                let records = try CSVReader().records(Data(bytes))
                readCount += 1
                // Then what reads also survives being written and read again
                let again = try CSVReader().records(CSVWriter().write(records.map(\.fields)))
                #expect(again.map(\.fields) == records.map(\.fields), "\(bytes)")
            } catch {
                // or it fails with an error that names a line
                #expect(error.line ?? 0 >= 1, "\(bytes): \(error)")
            }
        }
        #expect(readCount > 100)  // the alphabet is not so hostile that nothing reads
    }
}

/// A small deterministic generator, so a failing input can be reproduced.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
