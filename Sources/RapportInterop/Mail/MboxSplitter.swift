import Foundation

/// Splits an mbox (RFC 4155) into messages and undoes its "From " quoting.
///
/// A message starts at a line "From SENDER DATE" at the start of the file or after a line
/// break, where DATE holds a time and a year: body lines that merely begin with "From " (an
/// mboxo writer that did not quote them) do not split a message. mboxrd quotes every
/// ">*From " line with one more ">", mboxo only "From "; both are read by taking one ">" off
/// each ">+From " line, which restores mboxrd exactly and mboxo as every reader does.
enum MboxSplitter {
    static func isMbox(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 5 && bytes[0..<5].elementsEqual("From ".utf8)
    }

    static func messages(_ bytes: [UInt8], file: String, each: (RawMail) throws -> Void) throws {
        var starts: [(offset: Int, bodyStart: Int, date: Date?)] = []
        var i = 0
        while i < bytes.count {
            var lineEnd = i
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd - i >= 5, bytes[i] == 0x46, bytes[i + 1] == 0x72, bytes[i + 2] == 0x6F, bytes[i + 3] == 0x6D,
               bytes[i + 4] == 0x20, let date = separatorDate(bytes[i..<lineEnd]) {
                starts.append((i, min(bytes.count, lineEnd + 1), date))
            }
            i = lineEnd + 1
        }
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1].offset : bytes.count
            try each(RawMail(bytes: unquote(bytes, start.bodyStart, end),
                             location: MailLocation(file: file, message: number + 1, offset: start.offset),
                             receivedAt: start.date))
        }
    }

    /// The separator line's date when it is one; `.some(nil)` for a separator whose date does not parse.
    private static func separatorDate(_ line: ArraySlice<UInt8>) -> Date?? {
        var sawColon = false, sawYear = false
        var digits = 0
        for b in line.dropFirst(5) {
            if b == 0x3A { sawColon = true }
            if b >= 0x30 && b <= 0x39 { digits += 1; if digits == 4 { sawYear = true } } else { digits = 0 }
        }
        guard sawColon && sawYear else { return nil }
        let text = String(decoding: line, as: UTF8.self)
        // "From sender@x Tue Mar  3 09:12:00 2026": the sender is not part of the date.
        let words = text.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2)
        return .some(MailDate.parse(words.joined(separator: " ")))
    }

    /// The message's bytes with one ">" taken off each ">+From " line and the separator's
    /// trailing blank line dropped.
    private static func unquote(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
        var end = end
        // The line break ending the last line, and the blank line before the next separator.
        for _ in 0..<2 {
            if end > start, bytes[end - 1] == 0x0A { end -= 1 }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        var lineStart = true
        while i < end {
            if lineStart, bytes[i] == 0x3E {
                var j = i
                while j < end, bytes[j] == 0x3E { j += 1 }
                if j + 5 <= end, bytes[j..<(j + 5)].elementsEqual("From ".utf8) {
                    i += 1
                }
            }
            let b = bytes[i]
            out.append(b)
            lineStart = b == 0x0A
            i += 1
        }
        return out
    }
}
