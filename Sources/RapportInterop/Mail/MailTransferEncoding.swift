/// Content-Transfer-Encoding: quoted-printable and base64, both read leniently, since a
/// damaged part must still yield what can be read of it.
enum MailTransferEncoding {
    /// RFC 2045 §6.7: `=XX` is a byte, `=` at a line's end joins lines; a malformed `=` is kept.
    /// With `header` (RFC 2047's Q encoding), `_` is a space.
    static func quotedPrintable(_ input: some Collection<UInt8>, header: Bool = false) -> [UInt8] {
        let bytes = Array(input)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "=") {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 2; continue }
                if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { i += 3; continue }
                if i + 2 < bytes.count, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) {
                    out.append(hi << 4 | lo)
                    i += 3
                    continue
                }
                // Trailing whitespace before a soft break: "=  \n".
                var j = i + 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if j > i + 1, j < bytes.count, bytes[j] == 0x0A || bytes[j] == 0x0D {
                    i = bytes[j] == 0x0D && j + 1 < bytes.count && bytes[j + 1] == 0x0A ? j + 2 : j + 1
                    continue
                }
                if j == bytes.count, j > i { i = j; continue }
                out.append(b)
                i += 1
            } else if header && b == UInt8(ascii: "_") {
                out.append(0x20)
                i += 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// Decodes base64, skipping line breaks and anything outside the alphabet; a final partial
    /// group gives the bytes it holds. Returns nil only when nothing at all could be decoded
    /// from a non-empty input.
    static func base64(_ input: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var group: UInt32 = 0, count = 0, seen = 0
        for byte in input {
            if byte == UInt8(ascii: "=") { break }
            guard let value = base64Value[Int(byte)] else { continue }
            seen += 1
            group = group << 6 | UInt32(value)
            count += 1
            if count == 4 {
                out.append(UInt8(truncatingIfNeeded: group >> 16))
                out.append(UInt8(truncatingIfNeeded: group >> 8))
                out.append(UInt8(truncatingIfNeeded: group))
                group = 0
                count = 0
            }
        }
        if count == 2 { out.append(UInt8(truncatingIfNeeded: group >> 4)) }
        if count == 3 {
            out.append(UInt8(truncatingIfNeeded: group >> 10))
            out.append(UInt8(truncatingIfNeeded: group >> 2))
        }
        if out.isEmpty && input.contains(where: { !isSpace($0) }) && seen < 2 { return nil }
        return out
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }

    private static let base64Value: [UInt8?] = {
        var table = [UInt8?](repeating: nil, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        // URL-safe alphabet, which some mailers write.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()
}
