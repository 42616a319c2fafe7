/// A message's or a MIME part's header fields, unfolded, in order; names compare case-insensitively.
struct MailHeaders: Sendable {
    /// Lowercased name and the raw (undecoded) value, folding removed.
    private(set) var fields: [(name: String, value: String)] = []

    /// The first field of that name, e.g. `headers["content-type"]`.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Reads header lines from `bytes[start...]` up to the first empty line; returns the headers
    /// and where the body starts. Lines that are not `Name: value` nor a continuation are
    /// skipped (a damaged header block still gives the fields it has).
    static func parse(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> (MailHeaders, body: Int) {
        let end = end ?? bytes.count
        var headers = MailHeaders()
        var i = start
        var current: (name: String, value: [UInt8])?
        func flush() {
            guard let field = current else { return }
            headers.fields.append((field.name, MailCharset.utf8OrWindows1252(field.value)))
            current = nil
        }
        while i < end {
            var lineEnd = i
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(end, lineEnd + 1)
            var contentEnd = lineEnd
            if contentEnd > i, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd == i {
                flush()
                return (headers, next)
            }
            let first = bytes[i]
            if first == 0x20 || first == 0x09 {
                // Unfolding (RFC 5322 §2.2.3): the line break goes, the whitespace stays.
                if current != nil { current!.value.append(contentsOf: bytes[i..<contentEnd]) }
            } else if let colon = bytes[i..<contentEnd].firstIndex(of: UInt8(ascii: ":")), colon > i,
                      bytes[i..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) {
                flush()
                var valueStart = colon + 1
                while valueStart < contentEnd, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
                let name = String(decoding: bytes[i..<colon], as: UTF8.self).lowercased()
                current = (name, Array(bytes[valueStart..<contentEnd]))
            } else if headers.fields.isEmpty && current == nil && bytes[i..<contentEnd].starts(with: Array("From ".utf8)) {
                // An mbox separator line left at the top of an .eml file.
            } else {
                flush()
            }
            i = next
        }
        flush()
        return (headers, end)
    }

    /// `text/plain; charset="utf-8"; format=flowed` → ("text/plain", ["charset": "utf-8", "format": "flowed"]).
    static func parameters(_ value: String) -> (value: String, parameters: [String: String]) {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in value {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" && quoted { escaped = true; continue }
            if character == "\"" { quoted.toggle(); continue }
            if character == ";" && !quoted { parts.append(current); current = ""; continue }
            current.append(character)
        }
        parts.append(current)
        let main = parts.first.map { $0.trimmedSpaces().lowercased() } ?? ""
        var parameters: [String: String] = [:]
        for part in parts.dropFirst() {
            guard let eq = part.firstIndex(of: "=") else { continue }
            var name = part[..<eq].trimmedSpaces().lowercased()
            // RFC 2231 "name*=utf-8''…" and continuations "name*0=": take the first piece's name.
            if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }
            let value = String(part[part.index(after: eq)...].trimmedSpaces())
            if parameters[name] == nil { parameters[name] = value }
        }
        return (main, parameters)
    }
}

import Foundation
