/// Finds the readable text of a message body through its MIME structure (RFC 2045–2046).
///
/// `multipart/alternative` gives its text/plain part, else its HTML reduced to text;
/// `multipart/mixed` and `related` give their inline text parts in order; attachments,
/// forwarded `message/rfc822` parts and non-text parts are skipped. Damage is read around:
/// a boundary that never closes ends at the end of the body, a multipart without a boundary
/// is read as text, nesting deeper than 20 levels is not followed.
enum MIMEBody {
    static let maxDepth = 20

    static func text(headers: MailHeaders, bytes: [UInt8], start: Int, end: Int, depth: Int = 0) -> String? {
        let (type, parameters) = MailHeaders.parameters(headers["content-type"] ?? "text/plain")
        let disposition = MailHeaders.parameters(headers["content-disposition"] ?? "").value
        if disposition == "attachment" { return nil }
        if type.hasPrefix("multipart/"), depth < maxDepth, let boundary = parameters["boundary"], !boundary.isEmpty {
            let parts = split(bytes, start: start, end: end, boundary: Array(boundary.utf8))
            if parts.isEmpty {
                // A boundary declared and never written: the body is all there is.
                return unixLines(MailCharset.decode(decode(bytes[start..<end], encoding: headers["content-transfer-encoding"]),
                                                    charset: parameters["charset"]))
            }
            let texts: [(type: String, text: String)] = parts.compactMap { part in
                let (partHeaders, bodyStart) = MailHeaders.parse(bytes, from: part.lowerBound, to: part.upperBound)
                guard let text = Self.text(headers: partHeaders, bytes: bytes, start: bodyStart, end: part.upperBound,
                                           depth: depth + 1) else { return nil }
                let partType = MailHeaders.parameters(partHeaders["content-type"] ?? "text/plain").value
                return (partType, text)
            }
            if type == "multipart/alternative" {
                return (texts.first { $0.type == "text/plain" } ?? texts.last)?.text
            }
            return texts.isEmpty ? nil : texts.map(\.text).joined(separator: "\n")
        }
        if type.hasPrefix("multipart/") && depth >= maxDepth { return nil }
        guard type.isEmpty || type.hasPrefix("text/") || type.hasPrefix("multipart/") else { return nil }
        let decoded = decode(bytes[start..<end], encoding: headers["content-transfer-encoding"])
        let text = MailCharset.decode(decoded, charset: parameters["charset"])
        if type == "text/html" { return HTMLText.text(text) }
        if type.hasPrefix("text/") && type != "text/plain" && type != "text/enriched" && !type.isEmpty { return nil }
        return unixLines(text)
    }

    /// CRLF and CR line ends as LF; text without a CR is returned as it is.
    static func unixLines(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text { if c == "\r\n" || c == "\r" { out.append("\n") } else { out.append(c) } }
        return out
    }

    static func decode(_ bytes: ArraySlice<UInt8>, encoding: String?) -> [UInt8] {
        switch encoding.map({ $0.trimmedSpaces().lowercased() }) {
        case "quoted-printable": return MailTransferEncoding.quotedPrintable(bytes)
        case "base64": return MailTransferEncoding.base64(bytes) ?? []
        default: return Array(bytes)
        }
    }

    /// The byte ranges of the parts between `--boundary` lines; the preamble and epilogue are left out.
    static func split(_ bytes: [UInt8], start: Int, end: Int, boundary: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var partStart: Int?
        var i = start
        while i < end {
            var lineEnd = i
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(end, lineEnd + 1)
            if lineEnd - i >= boundary.count + 2, bytes[i] == 0x2D, bytes[i + 1] == 0x2D,
               bytes[(i + 2)..<(i + 2 + boundary.count)].elementsEqual(boundary) {
                let after = i + 2 + boundary.count
                let closing = after + 1 < lineEnd && bytes[after] == 0x2D && bytes[after + 1] == 0x2D
                // "--b1" is not the line of boundary "b10": only "--", spaces or the line end may follow.
                let rest = bytes[(closing ? after + 2 : after)..<lineEnd]
                guard rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { i = next; continue }
                // The line break before a boundary belongs to the boundary.
                if let s = partStart {
                    var partEnd = i
                    if partEnd > s, bytes[partEnd - 1] == 0x0A { partEnd -= 1 }
                    if partEnd > s, bytes[partEnd - 1] == 0x0D { partEnd -= 1 }
                    parts.append(s..<max(s, partEnd))
                }
                if closing { return parts }
                partStart = next
            }
            i = next
        }
        if let s = partStart, s < end { parts.append(s..<end) }
        return parts
    }
}
