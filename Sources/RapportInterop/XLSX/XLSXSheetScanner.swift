import Foundation

/// Reads a worksheet part's rows straight from its UTF-8 bytes.
///
/// A sheet is the one part of a workbook that grows with the list (a 10,000-row sheet is
/// 12 MB), and SpreadsheetML gives it a fixed shape: `<row r>` holding `<c r s t>` holding
/// `<v>`, or `<is><t>` for inline text. Through XMLParser every element cost a Swift string
/// for its name and a dictionary for its attributes, 0.6 s for such a sheet; this scanner
/// reads only those elements, in one pass, and still honours what XML allows around them:
/// prefixes (`x:c`), either quote, entities and character references, CDATA, comments,
/// processing instructions, self-closing tags.
struct XLSXSheetScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var rows: [XLSXStreamParser.Row] = []
    private var cell: XLSXStreamParser.Cell?
    private var text: [UInt8] = []
    private var collecting = false, inInline = false, phonetic = false

    /// The rows of `xl/worksheets/sheetN.xml`; throws on a tag left open at the end.
    static func rows(_ data: Data) throws -> [XLSXStreamParser.Row] {
        try data.withUnsafeBytes { raw in
            var scanner = XLSXSheetScanner(bytes: raw.bindMemory(to: UInt8.self))
            try scanner.scan()
            return scanner.rows
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func scan() throws {
        while at < bytes.count {
            let byte = bytes[at]
            guard byte == UInt8(ascii: "<") else {
                let start = at
                while at < bytes.count && bytes[at] != UInt8(ascii: "<") { at += 1 }
                if collecting { decode(start..<at, into: &text) }
                continue
            }
            if starts("<?") { try skip(past: "?>") }
            else if starts("<!--") { try skip(past: "-->") }
            else if starts("<![CDATA[") {
                at += 9
                let start = at
                try skip(past: "]]>")
                if collecting { text += bytes[start..<(at - 3)] }
            } else if starts("<!") { try skip(past: ">") }
            else if starts("</") {
                at += 2
                let name = self.name()
                try skip(past: ">")
                end(name)
            } else {
                at += 1
                try startTag()
            }
        }
    }

    // MARK: - Tags

    private mutating func startTag() throws {
        let name = self.name()
        var attributes: [(name: String, value: String)] = []
        while true {
            while at < bytes.count && isSpace(bytes[at]) { at += 1 }
            guard at < bytes.count else { throw CocoaError(.fileReadCorruptFile) }
            if bytes[at] == UInt8(ascii: ">") { at += 1; start(name, attributes); return }
            if starts("/>") { at += 2; start(name, attributes); end(name); return }
            let attribute = self.name()
            while at < bytes.count && (isSpace(bytes[at]) || bytes[at] == UInt8(ascii: "=")) { at += 1 }
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'"),
                  !attribute.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
            let quote = bytes[at]
            at += 1
            let valueStart = at
            while at < bytes.count && bytes[at] != quote { at += 1 }
            guard at < bytes.count else { throw CocoaError(.fileReadCorruptFile) }
            var value: [UInt8] = []
            decode(valueStart..<at, into: &value)
            at += 1
            attributes.append((attribute, String(decoding: value, as: UTF8.self)))
        }
    }

    private mutating func start(_ name: String, _ attributes: [(name: String, value: String)]) {
        func attribute(_ wanted: String) -> String? { attributes.first { $0.name == wanted }?.value }
        switch name {
        case "row": rows.append(XLSXStreamParser.Row(number: attribute("r").flatMap { Int($0) }))
        case "c":
            cell = XLSXStreamParser.Cell(reference: attribute("r"), style: attribute("s").flatMap { Int($0) },
                                         type: attribute("t"))
            text = []
        case "is": inInline = true; text = []
        case "rPh": phonetic = true
        case "v": text = []; collecting = true
        case "t": collecting = inInline && !phonetic
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "v", "t": collecting = false
        case "rPh": phonetic = false
        case "is": inInline = false; cell?.value = String(decoding: text, as: UTF8.self)
        case "c":
            if var done = cell, !rows.isEmpty {
                if done.type != "inlineStr" && done.value == nil && !text.isEmpty {
                    done.value = String(decoding: text, as: UTF8.self)
                }
                rows[rows.count - 1].cells.append(done)
            }
            cell = nil
            text = []
        default: break
        }
    }

    // MARK: - Bytes

    /// An element or attribute name without its prefix (`x:c` → `c`; the sheet's own
    /// attributes, `r`, `s`, `t`, have none).
    private mutating func name() -> String {
        var local = at
        while at < bytes.count {
            let byte = bytes[at]
            if isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") { break }
            if byte == UInt8(ascii: ":") { local = at + 1 }
            at += 1
        }
        return String(decoding: bytes[local..<at], as: UTF8.self)
    }

    private func starts(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { p in (0..<count).allSatisfy { bytes[at + $0] == p[$0] } }
    }

    private mutating func skip(past end: StaticString) throws {
        while at < bytes.count {
            if starts(end) { at += end.utf8CodeUnitCount; return }
            at += 1
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Appends the bytes with `&lt;`, `&amp;`, `&#233;`, `&#xE9;` and the rest replaced.
    private func decode(_ range: Range<Int>, into out: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"), let semicolon = (index..<min(range.upperBound, index + 12))
                .first(where: { bytes[$0] == UInt8(ascii: ";") }) else {
                out.append(byte)
                index += 1
                continue
            }
            let entity = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
            }
            guard let scalar else {
                out.append(byte)
                index += 1
                continue
            }
            out += Array(String(scalar).utf8)
            index = semicolon + 1
        }
    }
}
