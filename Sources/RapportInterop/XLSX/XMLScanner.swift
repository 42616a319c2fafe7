import Foundation

/// What an `XMLScanner` tells as it reads: each element's start (with its attributes) and end,
/// and the text between, decoded, while the reader says it wants it.
protocol XMLScanReader {
    /// Whether the text now being read is wanted (the scanner decodes only that).
    var wantsText: Bool { get }
    mutating func start(_ name: String, _ attributes: [(name: String, value: String)])
    mutating func end(_ name: String)
    /// Decoded text (entities and character references replaced, CDATA as it is), in pieces.
    mutating func text(_ bytes: ArraySlice<UInt8>)
}

/// Reads the elements of an XML part straight from its UTF-8 bytes, in one pass.
///
/// The parts of a workbook that reading a sheet needs are plain XML of a fixed shape; this
/// reads what XML allows around their elements: prefixes (`x:c`, `r:id`, given without them),
/// either quote, entities and character references, CDATA, comments, processing instructions,
/// self-closing tags. No DTD is read and no entity defined. Foundation's `XMLParser` (libxml2,
/// and with it ICU) took 0.5 ms of every start of the dashboard only to be linked in.
struct XMLScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var decoded: [UInt8] = []

    /// `reader` after it has read `data`; throws on a tag or section left open at the end.
    static func read<Reader: XMLScanReader>(_ data: Data, with reader: Reader) throws -> Reader {
        var reader = reader
        try data.withUnsafeBytes { raw in
            var scanner = XMLScanner(bytes: raw.bindMemory(to: UInt8.self))
            try scanner.scan(into: &reader)
        }
        return reader
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func scan<Reader: XMLScanReader>(into reader: inout Reader) throws {
        while at < bytes.count {
            guard bytes[at] == UInt8(ascii: "<") else {
                let start = at
                while at < bytes.count && bytes[at] != UInt8(ascii: "<") { at += 1 }
                if reader.wantsText {
                    decoded.removeAll(keepingCapacity: true)
                    decode(start..<at, into: &decoded)
                    reader.text(decoded[...])
                }
                continue
            }
            if starts("<?") { try skip(past: "?>") }
            else if starts("<!--") { try skip(past: "-->") }
            else if starts("<![CDATA[") {
                at += 9
                let start = at
                try skip(past: "]]>")
                if reader.wantsText { reader.text(ArraySlice(bytes[start..<(at - 3)])) }
            } else if starts("<!") { try skip(past: ">") }
            else if starts("</") {
                at += 2
                let name = self.name()
                try skip(past: ">")
                reader.end(name)
            } else {
                at += 1
                try startTag(into: &reader)
            }
        }
    }

    private mutating func startTag<Reader: XMLScanReader>(into reader: inout Reader) throws {
        let name = self.name()
        var attributes: [(name: String, value: String)] = []
        while true {
            while at < bytes.count && isSpace(bytes[at]) { at += 1 }
            guard at < bytes.count else { throw CocoaError(.fileReadCorruptFile) }
            if bytes[at] == UInt8(ascii: ">") { at += 1; reader.start(name, attributes); return }
            if starts("/>") { at += 2; reader.start(name, attributes); reader.end(name); return }
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

    /// An element or attribute name without its prefix (`x:c` → `c`, `r:id` → `id`).
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
