/// RFC 2047 encoded words in headers: `=?charset?B?…?=` and `=?charset?Q?…?=`.
///
/// Whitespace between two adjacent encoded words is dropped (RFC 2047 §6.2), so a subject split
/// into several words, even mid-character, joins back. A malformed word is left as written.
enum EncodedWords {
    static func decode(_ text: String) -> String {
        guard text.containsBytes("=?") else { return text }
        let bytes = Array(text.utf8)
        var out = ""
        var lastWasEncoded = false
        // Bytes of adjacent words in the same charset are joined before decoding: a multi-byte
        // character may be split across two words.
        var run: (charset: String, bytes: [UInt8])?
        func flushRun() {
            if let r = run { out += MailCharset.decode(r.bytes, charset: r.charset) }
            run = nil
        }
        var i = 0
        var plainStart = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "="), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "?"),
               let (charset, decoded, end) = word(bytes, at: i) {
                let between = String(decoding: bytes[plainStart..<i], as: UTF8.self)
                if lastWasEncoded && bytes[plainStart..<i].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) {
                    // adjacent: drop the whitespace
                } else {
                    flushRun()
                    out += between
                }
                if let r = run, r.charset == charset {
                    run!.bytes += decoded
                } else {
                    flushRun()
                    run = (charset, decoded)
                }
                lastWasEncoded = true
                i = end
                plainStart = end
                continue
            }
            i += 1
        }
        flushRun()
        out += String(decoding: bytes[plainStart...], as: UTF8.self)
        return out
    }

    /// The word starting at `start`: its charset, decoded bytes and the index after `?=`.
    private static func word(_ bytes: [UInt8], at start: Int) -> (String, [UInt8], Int)? {
        let q = UInt8(ascii: "?")
        var i = start + 2
        let charsetStart = i
        while i < bytes.count, bytes[i] != q, bytes[i] > 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == q, i > charsetStart, i + 2 < bytes.count, bytes[i + 2] == q else { return nil }
        let charset = MailCharset.normalized(String(decoding: bytes[charsetStart..<i], as: UTF8.self))
        let encoding = bytes[i + 1] | 0x20
        let textStart = i + 3
        var j = textStart
        while j + 1 < bytes.count, !(bytes[j] == q && bytes[j + 1] == UInt8(ascii: "=")) {
            if bytes[j] == 0x20 && encoding == UInt8(ascii: "b") { return nil }
            j += 1
        }
        guard j + 1 < bytes.count else { return nil }
        let encoded = bytes[textStart..<j]
        let decoded: [UInt8]
        switch encoding {
        case UInt8(ascii: "b"):
            guard let b = MailTransferEncoding.base64(encoded) else { return nil }
            decoded = b
        case UInt8(ascii: "q"):
            decoded = MailTransferEncoding.quotedPrintable(encoded, header: true)
        default:
            return nil
        }
        return (charset, decoded, j + 2)
    }
}
