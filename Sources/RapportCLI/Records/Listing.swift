import ArgumentParser
import Foundation
import RapportInterop
import RapportModel

/// How a record listing is printed: a padded table for people, CSV for spreadsheets, JSON for scripts.
enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

/// One value of a listing, typed so each format spells it right: money is `$1,250.00` in the
/// table, `1250.00` in CSV and integer cents in JSON.
enum ListValue {
    case text(String)
    case int(Int)
    case cents(Int64)
    case flag(Bool)
    case date(LocalDate?)

    var tableText: String {
        switch self {
        case .text(let s): return s
        case .int(let n): return String(n)
        case .cents(let c): return Money.text(cents: c)
        case .flag(let b): return b ? "yes" : ""
        case .date(let d): return d?.iso ?? ""
        }
    }

    var csvText: String {
        switch self {
        case .cents(let c):
            let sign = c < 0 ? "-" : "", m = c.magnitude
            return "\(sign)\(m / 100).\(m % 100 < 10 ? "0" : "")\(m % 100)"
        case .flag(let b): return b ? "yes" : "no"
        default: return tableText
        }
    }
}

/// A column: its table header and width (0: the last, unpadded), and its key in CSV and JSON.
struct ListColumn {
    var header: String
    var width: Int
    var key: String
}

/// Rows of typed values under columns, printed in one of the `ListFormat`s.
struct Listing {
    var columns: [ListColumn]
    var rows: [[ListValue]]
    /// The table's last line, e.g. `3 customers`.
    var footer: String

    func text(_ format: ListFormat) throws -> String {
        switch format {
        case .table:
            let header = columns.map { $0.width == 0 ? $0.header : TableText.fit($0.header, $0.width) }
            var lines = [header.joined(separator: " ")]
            for row in rows {
                lines.append(zip(columns, row).map { column, value in
                    column.width == 0 ? TerminalSafe.line(value.tableText) : TableText.fit(value.tableText, column.width)
                }.joined(separator: " "))
            }
            lines = lines.map(\.withoutTrailingSpaces)
            return (lines + [footer]).joined(separator: "\n") + "\n"
        case .csv:
            let records = [columns.map(\.key)] + rows.map { $0.map { CSVFormulaGuard.guarded($0.csvText) } }
            return TerminalSafe.text(CSVWriter().write(records))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let objects = rows.map { JSONObject(pairs: zip(columns.map(\.key), $0).map { ($0, $1) }) }
            return TerminalSafe.json(String(decoding: try encoder.encode(objects), as: UTF8.self)) + "\n"
        }
    }
}

/// A listing row as a JSON object: keys in camelCase, money in integer cents, no date as null.
struct JSONObject: Encodable {
    var pairs: [(String, ListValue)]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in pairs {
            let key = Key(Self.camel(name))
            switch value {
            case .text(let s): try container.encode(s, forKey: key)
            case .int(let n): try container.encode(n, forKey: key)
            case .cents(let c): try container.encode(c, forKey: Key(Self.camel(name) + "Cents"))
            case .flag(let b): try container.encode(b, forKey: key)
            case .date(let d): if let d { try container.encode(d.iso, forKey: key) } else { try container.encodeNil(forKey: key) }
            }
        }
    }

    /// `sales_rep` → `salesRep`.
    static func camel(_ key: String) -> String {
        let parts = key.split(separator: "_")
        return (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// `Key: value` lines for a `show`, keys padded to one width.
func detailLines(_ pairs: [(String, String)]) -> String {
    let width = pairs.map(\.0.count).max() ?? 0
    return pairs.map { key, value in
        let line = (key + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0) + " " + TerminalSafe.line(value)
        return line.withoutTrailingSpaces
    }.joined(separator: "\n") + "\n"
}

/// `1 item`, `3 items`.
func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) " + (n == 1 ? one : many ?? one + "s")
}

/// Prints a show's JSON (a value that encodes itself).
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return TerminalSafe.json(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
}
