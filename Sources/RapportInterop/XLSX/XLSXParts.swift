/// The parts of an .xlsx workbook (ECMA-376, SpreadsheetML) that reading a sheet needs, as
/// XMLCoder decodes them. Attributes and child elements are both coding keys; `""` is an
/// element's text.
enum XLSXParts {
    /// `xl/workbook.xml`: the sheets by name, and the 1904 date system flag.
    struct Workbook: Decodable {
        struct Properties: Decodable {
            var date1904: String?
        }
        struct Sheets: Decodable {
            var sheet: [Sheet]
        }
        struct Sheet: Decodable {
            var name: String
            var relationship: String
            enum CodingKeys: String, CodingKey { case name, relationship = "r:id" }
        }
        var workbookPr: Properties?
        var sheets: Sheets

        var uses1904: Bool { ["1", "true"].contains(workbookPr?.date1904 ?? "0") }
    }

    /// `xl/_rels/workbook.xml.rels`: where each sheet's part is.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            var id: String
            var target: String
            enum CodingKeys: String, CodingKey { case id = "Id", target = "Target" }
        }
        var relationship: [Relationship]
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// `xl/sharedStrings.xml`: the strings cells of type `s` point at, by index.
    struct SharedStrings: Decodable {
        struct Item: Decodable {
            var t: Text?
            var r: [Run]?
            /// Plain text, or the runs of rich text joined.
            var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
        }
        struct Run: Decodable {
            var t: Text?
        }
        var si: [Item]?
    }

    /// A `<t>` element; it may carry `xml:space`, so its text is decoded as its value.
    struct Text: Decodable {
        var value: String
        enum CodingKeys: String, CodingKey { case value = "" }
        init(from decoder: Decoder) throws {
            value = (try? decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .value))
                ?? (try? decoder.singleValueContainer().decode(String.self)) ?? ""
        }
    }

    /// `xl/styles.xml`: each cell style's number format, to tell dates from numbers.
    struct Styles: Decodable {
        struct NumberFormats: Decodable {
            var numFmt: [NumberFormat]?
        }
        struct NumberFormat: Decodable {
            var numFmtId: Int
            var formatCode: String
        }
        struct CellFormats: Decodable {
            var xf: [CellFormat]?
        }
        struct CellFormat: Decodable {
            var numFmtId: Int?
        }
        var numFmts: NumberFormats?
        var cellXfs: CellFormats?
    }

    /// `xl/worksheets/sheetN.xml`: rows of cells.
    struct Worksheet: Decodable {
        struct SheetData: Decodable {
            var row: [Row]?
        }
        struct Row: Decodable {
            var r: Int?
            var c: [Cell]?
        }
        struct Cell: Decodable {
            /// The reference, `B7`.
            var r: String?
            /// The style index into `cellXfs`.
            var s: Int?
            /// The type: `s` shared string, `inlineStr`, `str` formula text, `b` boolean, `e` error,
            /// `d` ISO date, none for a number.
            var t: String?
            var v: String?
            var `is`: SharedStrings.Item?
        }
        var sheetData: SheetData
    }
}
