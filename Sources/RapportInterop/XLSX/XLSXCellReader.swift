import Foundation
import RapportModel

/// One cell's text by its type and style: the part of reading a sheet that knows Excel's numbers.
struct XLSXCellReader {
    let strings: [String]
    /// For each cell style index, true when its number format shows a date.
    let dateStyles: [Bool]
    let uses1904: Bool

    init(strings: [String], styles: XLSXParts.Styles?, uses1904: Bool) {
        self.strings = strings
        self.uses1904 = uses1904
        let custom = styles?.numberFormats ?? [:]
        dateStyles = (styles?.cellFormats ?? []).map { format in
            let id = format ?? 0
            return custom[id].map(Self.isDateFormat) ?? Self.builtInDates.contains(id)
        }
    }

    /// Excel's built-in date and date-time formats (ECMA-376 part 1, 18.8.30, and the East Asian ids).
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A format code shows a date when, outside quoted text, escapes and `[…]` colour or locale
    /// sections, it has a day, month or year letter.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket && "dmy".contains(character) { return true }
            }
        }
        return false
    }

    func text(_ cell: XLSXSheetScanner.Cell) -> String {
        switch cell.type {
        case "s": return cell.value.flatMap { Int($0) }.flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
        case "inlineStr", "str", "e": return cell.value ?? ""
        case "b": return cell.value == "1" ? "1" : "0"
        case "d": return cell.value.map { String($0.prefix(10)) } ?? ""
        default:
            guard let v = cell.value, let number = Double(v) else { return cell.value ?? "" }
            if let style = cell.style, style < dateStyles.count, dateStyles[style] {
                return date(serial: number).iso
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return v
        }
    }

    /// Serial day numbers count from 1899-12-30 (Excel's 1900 system, which keeps Lotus's
    /// phantom 29 February 1900) or from 1904-01-01; a time of day is dropped.
    func date(serial: Double) -> LocalDate {
        let days = Int(serial.rounded(.down))
        return LocalDate(dayNumber: uses1904 ? days - 24_107 : days - 25_569)
    }
}
