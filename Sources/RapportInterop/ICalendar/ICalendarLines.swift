import Foundation

/// Physical lines to content lines and back: unfolding (RFC 5545 3.1) and folding at 75 octets.
enum ICalendarLines {
    /// The content lines of a file, unfolded, each with the physical line it began on.
    ///
    /// Works on bytes, so a producer that folded inside a UTF-8 character still reads; the
    /// joined bytes must then be UTF-8. CRLF and bare LF both end a line.
    static func unfold(_ data: Data) throws(ICalendarError) -> [(text: String, line: Int)] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte-order mark
        var result: [(text: String, line: Int)] = []
        var current: [UInt8] = []
        var currentLine = 1, physical = 1
        var i = 0
        func flush() throws(ICalendarError) {
            guard !current.isEmpty else { return }
            guard let text = String(validating: current, as: UTF8.self) else {
                throw ICalendarError(line: currentLine, reason: "not UTF-8 text")
            }
            result.append((text, currentLine))
            current.removeAll(keepingCapacity: true)
        }
        var lineStart = true
        while i < bytes.count {
            let b = bytes[i]
            if lineStart, (b == 0x20 || b == 0x09), physical > 1 {
                // A continuation: the fold's whitespace goes, the rest joins the line above.
                i += 1
                lineStart = false
                continue
            }
            if lineStart {
                try flush()
                currentLine = physical
                lineStart = false
            }
            if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1; continue }
            if b == 0x0A {
                physical += 1
                lineStart = true
                i += 1
                continue
            }
            if b == 0x00 { throw ICalendarError(line: physical, reason: "a NUL byte in the text") }
            current.append(b)
            i += 1
        }
        try flush()
        return result
    }

    /// The line folded so no physical line is longer than 75 octets (CRLF not counted), never
    /// inside a UTF-8 character; continuation lines start with one space.
    static func fold(_ line: String) -> String {
        let utf8 = line.utf8
        guard utf8.count > 75 else { return line + "\r\n" }
        var out = ""
        var chunk = ""
        var chunkOctets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let n = String(scalar).utf8.count
            if chunkOctets + n > limit {
                out += chunk + "\r\n "
                chunk = ""
                chunkOctets = 0
                limit = 74  // the leading space counts
            }
            chunk.unicodeScalars.append(scalar)
            chunkOctets += n
        }
        return out + chunk + "\r\n"
    }
}
