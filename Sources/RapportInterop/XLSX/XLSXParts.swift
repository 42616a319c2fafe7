import Foundation

/// The small parts of an .xlsx workbook (ECMA-376, SpreadsheetML) that reading a sheet needs,
/// read with `XMLScanner` (the sheet and its strings are read by `XLSXSheetScanner` and
/// `XLSXSharedStrings`).
enum XLSXParts {
    /// `xl/workbook.xml`: the sheets by name, and the 1904 date system flag.
    struct Workbook: Equatable {
        struct Sheet: Equatable {
            var name: String
            /// The sheet's relationship id (`r:id`), which `Relationships` resolves to its part.
            var relationship: String
        }
        var sheets: [Sheet]
        var uses1904: Bool

        init(_ data: Data) throws {
            let elements = try Elements.read(data)
            sheets = try elements.filter { $0.name == "sheet" && $0.parent == "sheets" }.map { sheet in
                guard let name = sheet["name"], let id = sheet["id"] else { throw CocoaError(.fileReadCorruptFile) }
                return Sheet(name: name, relationship: id)
            }
            uses1904 = ["1", "true"].contains(elements.first { $0.name == "workbookPr" }?["date1904"] ?? "0")
        }
    }

    /// `xl/_rels/workbook.xml.rels`: where each sheet's part is, by relationship id.
    struct Relationships: Equatable {
        var targets: [String: String]

        init(_ data: Data) throws {
            targets = [:]
            for relationship in try Elements.read(data) where relationship.name == "Relationship" {
                guard let id = relationship["Id"], let target = relationship["Target"] else {
                    throw CocoaError(.fileReadCorruptFile)
                }
                targets[id] = targets[id] ?? target
            }
        }
    }

    /// `xl/styles.xml`: each cell style's number format, to tell dates from numbers.
    struct Styles: Equatable {
        /// The workbook's own number formats: format code by id.
        var numberFormats: [Int: String]
        /// Each cell style's number format id, by the style's index (`s` of a cell).
        var cellFormats: [Int?]

        init(_ data: Data) throws {
            let elements = try Elements.read(data)
            numberFormats = [:]
            for format in elements where format.name == "numFmt" && format.parent == "numFmts" {
                guard let id = format["numFmtId"].flatMap({ Int($0) }), let code = format["formatCode"] else { continue }
                numberFormats[id] = numberFormats[id] ?? code
            }
            // Only `cellXfs`: the `xf`s of `cellStyleXfs` are the named styles cells build on.
            cellFormats = elements.filter { $0.name == "xf" && $0.parent == "cellXfs" }.map { $0["numFmtId"].flatMap { Int($0) } }
        }
    }

    /// Every element of a small part with its attributes and its parent's name, in order.
    struct Elements: XMLScanReader {
        struct Element {
            var name: String
            var parent: String?
            var attributes: [(name: String, value: String)]
            subscript(_ attribute: String) -> String? { attributes.first { $0.name == attribute }?.value }
        }
        private var elements: [Element] = []
        private var open: [String] = []

        static func read(_ data: Data) throws -> [Element] {
            try XMLScanner.read(data, with: Elements()).elements
        }

        var wantsText: Bool { false }
        mutating func text(_ bytes: ArraySlice<UInt8>) {}

        mutating func start(_ name: String, _ attributes: [(name: String, value: String)]) {
            elements.append(Element(name: name, parent: open.last, attributes: attributes))
            open.append(name)
        }

        mutating func end(_ name: String) {
            if let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
        }
    }
}
