/// Reduces an HTML mail body to the text a reader sees: tags go, block ends become line
/// breaks, `<script>`, `<style>` and `<head>` go with their content, entities are decoded, and
/// the lines of a `<blockquote>` (how HTML mailers quote a reply) start with "> " so the
/// quote is stripped like a plain-text one.
enum HTMLText {
    static func text(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count / 2)
        var quoteDepth = 0
        var atLineStart = true
        var pendingSpace = false
        let scalars = Array(html.unicodeScalars)
        var i = 0

        func newline() {
            out.append("\n")
            atLineStart = true
            pendingSpace = false
        }
        func emit(_ text: String) {
            if atLineStart {
                if quoteDepth > 0 { out.append(String(repeating: "> ", count: quoteDepth)) }
                atLineStart = false
            } else if pendingSpace {
                out.append(" ")
            }
            pendingSpace = false
            out.append(text)
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "<" {
                var j = i + 1
                while j < scalars.count, scalars[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)]))
                let name = tagName(tag)
                i = min(j + 1, scalars.count)
                if tag.hasPrefix("!--") {
                    // A comment ends at "-->", which may hold ">" earlier.
                    if !tag.hasSuffix("--"), let end = find(Array("-->".unicodeScalars), in: scalars, from: i) { i = end }
                    continue
                }
                switch name {
                case "script", "style", "head", "title":
                    if !tag.hasPrefix("/") {
                        let close = Array("</\(name)".unicodeScalars)
                        if let end = findCaseInsensitive(close, in: scalars, from: i) {
                            var k = end
                            while k < scalars.count, scalars[k] != ">" { k += 1 }
                            i = min(k + 1, scalars.count)
                        } else {
                            i = scalars.count
                        }
                    }
                case "br":
                    newline()
                case "blockquote":
                    if !atLineStart { newline() }
                    quoteDepth = tag.hasPrefix("/") ? max(0, quoteDepth - 1) : quoteDepth + 1
                case "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr", "pre":
                    if !atLineStart { newline() }
                case "td", "th":
                    pendingSpace = true
                default:
                    break
                }
                continue
            }
            if c == "&" {
                var j = i + 1
                while j < scalars.count, j - i < 12, scalars[j] != ";", scalars[j] != "&", scalars[j] != " " { j += 1 }
                if j < scalars.count, scalars[j] == ";" {
                    let entity = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                    if let decoded = decodeEntity(entity) {
                        if decoded == " " { pendingSpace = !atLineStart } else { emit(decoded) }
                        i = j + 1
                        continue
                    }
                }
                emit("&")
                i += 1
                continue
            }
            if c == " " || c == "\n" || c == "\r" || c == "\t" {
                pendingSpace = !atLineStart
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, scalars[j] != "<", scalars[j] != "&", scalars[j] != " ", scalars[j] != "\n",
                  scalars[j] != "\r", scalars[j] != "\t" { j += 1 }
            emit(String(String.UnicodeScalarView(scalars[i..<j])))
            i = j
        }
        return out
    }

    private static func tagName(_ tag: String) -> String {
        var name = ""
        for c in tag.lowercased().unicodeScalars {
            if c == "/" && name.isEmpty { continue }
            guard c.properties.isAlphabetic || (c.value >= 0x30 && c.value <= 0x39) else { break }
            name.unicodeScalars.append(c)
        }
        return name
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        func fold(_ s: Unicode.Scalar) -> UInt32 { s.value >= 0x41 && s.value <= 0x5A ? s.value + 0x20 : s.value }
        let target = needle.map(fold)
        var i = start
        while i + target.count <= haystack.count {
            var k = 0
            while k < target.count, fold(haystack[i + k]) == target[k] { k += 1 }
            if k == target.count { return i }
            i += 1
        }
        return nil
    }

    static func decodeEntity(_ entity: String) -> String? {
        if entity.hasPrefix("#") {
            let digits = entity.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return "\u{FFFD}" }
            return value == 0xA0 ? " " : String(scalar)
        }
        return entities[entity] ?? entities[entity.lowercased()]
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "hellip": "\u{2026}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "eacute": "\u{00E9}", "egrave": "\u{00E8}", "uuml": "\u{00FC}", "ouml": "\u{00F6}",
        "auml": "\u{00E4}", "szlig": "\u{00DF}", "bull": "\u{2022}", "middot": "\u{00B7}", "deg": "\u{00B0}",
        "times": "\u{00D7}", "zwnj": "", "zwj": "", "shy": "",
    ]
}
