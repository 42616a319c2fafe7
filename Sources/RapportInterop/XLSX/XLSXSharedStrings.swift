import Foundation

/// Reads `xl/sharedStrings.xml`: each `<si>`'s text, its rich-text runs joined and its phonetic
/// guides (`<rPh>`) left out.
struct XLSXSharedStrings: XMLScanReader {
    private var strings: [String] = []
    private var text: [UInt8] = []
    private var collecting = false, phonetic = false

    static func strings(_ data: Data) throws -> [String] {
        try XMLScanner.read(data, with: XLSXSharedStrings()).strings
    }

    var wantsText: Bool { collecting }

    mutating func text(_ bytes: ArraySlice<UInt8>) { text += bytes }

    mutating func start(_ name: String, _ attributes: [(name: String, value: String)]) {
        switch name {
        case "si": text = []
        case "rPh": phonetic = true
        case "t": collecting = !phonetic
        default: break
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "t": collecting = false
        case "rPh": phonetic = false
        case "si": strings.append(String(decoding: text, as: UTF8.self))
        default: break
        }
    }
}
