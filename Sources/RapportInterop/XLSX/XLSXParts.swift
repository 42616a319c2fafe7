/// The small parts of an .xlsx workbook (ECMA-376, SpreadsheetML) that reading a sheet needs, as
/// XMLCoder decodes them (the sheet and its strings are streamed, see `XLSXStreamParser`). Attributes and child elements are both coding keys; `""` is an
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
}
