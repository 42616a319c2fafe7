import Foundation

/// Turns the bytes of a header or a body part into text by its declared charset; invalid bytes
/// never fail, they become U+FFFD (UTF-8) or the character the single-byte table gives.
enum MailCharset {
    static func decode(_ bytes: some Collection<UInt8>, charset: String?) -> String {
        switch normalized(charset) {
        case "utf-8", "utf8":
            return String(decoding: Array(bytes), as: UTF8.self)
        case "iso-8859-1", "latin1", "iso8859-1", "iso_8859-1", "l1", "latin-1":
            return latin1(bytes)
        case "windows-1252", "cp1252", "x-cp1252":
            return windows1252(bytes)
        default:
            // US-ASCII mail with 8-bit bytes, unknown charsets and none at all: UTF-8 when the
            // bytes are valid UTF-8, else Windows-1252 (a superset of Latin-1 that mailers write
            // under every single-byte label).
            return utf8OrWindows1252(bytes)
        }
    }

    static func utf8OrWindows1252(_ bytes: some Collection<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: Array(bytes), as: UTF8.self) }
        let array = Array(bytes)
        if let text = String(validating: array, as: UTF8.self) { return text }
        return windows1252(array)
    }

    static func normalized(_ charset: String?) -> String {
        guard var name = charset.map({ String($0.trimmedSpaces()).lowercased() }) else { return "" }
        // RFC 2231 language suffix: "utf-8*en".
        if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }
        return String(name.trimmed { $0 == "\"" || $0 == "'" })
    }

    static func latin1(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    static func windows1252(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// 0x80…0x9F in Windows-1252; the five unassigned bytes become U+FFFD.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
