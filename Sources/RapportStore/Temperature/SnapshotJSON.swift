import Foundation
import RapportModel

/// The JSON of a snapshot's components and caps, written and read by hand.
///
/// The pane reads a thousand snapshots at start; `JSONDecoder` spent ~160,000 instructions on
/// each (generic metadata, containers, coding paths), this ~5,000. The text is ordinary JSON,
/// `[{"signal":"tone","value":61.5,"weight":25.0,"reason":"…"}]`, so any tool reads it; the
/// reader accepts exactly what the writer makes (any other text is nil: the snapshot is then
/// computed again, never misread).
enum SnapshotJSON {
    static func encode(_ components: [Temperature.Component]) -> String {
        var out = "["
        for (i, c) in components.enumerated() {
            if i > 0 { out += "," }
            out += "{\"signal\":"
            appendString(c.signal.rawValue, to: &out)
            out += ",\"value\":\(c.value),\"weight\":\(c.weight),\"reason\":"
            appendString(c.reason, to: &out)
            out += "}"
        }
        return out + "]"
    }

    static func encode(_ caps: [Temperature.Cap]) -> String {
        var out = "["
        for (i, cap) in caps.enumerated() {
            if i > 0 { out += "," }
            appendString(cap.rawValue, to: &out)
        }
        return out + "]"
    }

    static func decodeComponents(_ text: String) -> [Temperature.Component]? {
        var text = text
        return text.withUTF8 { decodeComponents(Reader(bytes: $0)) }
    }

    static func decodeCaps(_ text: String) -> [Temperature.Cap]? {
        var text = text
        return text.withUTF8 { decodeCaps(Reader(bytes: $0)) }
    }

    // MARK: - Inside

    private static func decodeComponents(_ reader: Reader) -> [Temperature.Component]? {
        var reader = reader
        var result: [Temperature.Component] = []
        result.reserveCapacity(Temperature.Signal.allCases.count)
        guard reader.take("[") else { return nil }
        if reader.take("]") { return reader.atEnd ? result : nil }
        repeat {
            guard reader.take("{\"signal\":"), let signal = reader.string().flatMap(Temperature.Signal.init(rawValue:)),
                  reader.take(",\"value\":"), let value = reader.number(),
                  reader.take(",\"weight\":"), let weight = reader.number(),
                  reader.take(",\"reason\":"), let reason = reader.string(), reader.take("}")
            else { return nil }
            result.append(.init(signal: signal, value: value, weight: weight, reason: reason))
        } while reader.take(",")
        return reader.take("]") && reader.atEnd ? result : nil
    }

    private static func decodeCaps(_ reader: Reader) -> [Temperature.Cap]? {
        var reader = reader
        var result: [Temperature.Cap] = []
        guard reader.take("[") else { return nil }
        if reader.take("]") { return reader.atEnd ? result : nil }
        repeat {
            guard let cap = reader.string().flatMap(Temperature.Cap.init(rawValue:)) else { return nil }
            result.append(cap)
        } while reader.take(",")
        return reader.take("]") && reader.atEnd ? result : nil
    }

    private static func appendString(_ s: String, to out: inout String) {
        out += "\""
        // Reasons rarely hold a quote, a backslash or a control character: then the text goes
        // in whole (a byte scan) rather than scalar by scalar, a third of storing 1,000 snapshots.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Walks the UTF-8 of one snapshot's text.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { i == bytes.count }

        /// Consumes `literal` when the text continues with it.
        mutating func take(_ literal: StaticString) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard i + n <= bytes.count, memcmp(bytes.baseAddress! + i, literal.utf8Start, n) == 0 else { return false }
            i += n
            return true
        }

        mutating func number() -> Double? {
            let start = i
            while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
            guard i > start else { return nil }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<i])
            return Self.shortDecimal(text) ?? Double(String(decoding: text, as: UTF8.self))
        }

        static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }

        /// `[-]digits[.digits]` with at most 15 digits in all, exactly: the digits make an
        /// integer below 2^53 and the power of ten is exact, so the one division rounds
        /// correctly, as `Double(_:)` would. Anything else is nil (and goes to `Double(_:)`).
        static func shortDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
            var j = 0, negative = false
            if j < text.count, text[j] == UInt8(ascii: "-") { negative = true; j += 1 }
            var mantissa: Int64 = 0, digits = 0, decimals = 0, seenPoint = false
            guard j < text.count else { return nil }
            while j < text.count {
                let b = text[j]
                if b == UInt8(ascii: ".") {
                    guard !seenPoint else { return nil }
                    seenPoint = true
                } else if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                    mantissa = mantissa * 10 + Int64(b - UInt8(ascii: "0"))
                    digits += 1
                    if seenPoint { decimals += 1 }
                } else {
                    return nil
                }
                j += 1
            }
            guard digits > 0, digits <= 15 else { return nil }
            let value = Double(mantissa) / powersOfTen[decimals]
            return negative ? -value : value
        }

        static func isNumberByte(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
        }

        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            // Usually no escape: the text between the quotes is the string.
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i - 1]), as: UTF8.self)
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        // Only what the writer makes: control characters as \u00XX.
                        guard i + 4 <= bytes.count,
                              let v = UInt8(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + 4]), as: UTF8.self),
                                            radix: 16), v < 0x20
                        else { return nil }
                        out.append(v)
                        i += 4
                    default: return nil
                    }
                default: out.append(b)
                }
            }
            return nil
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
