import Foundation
import RapportModel

/// Which number comes first in a slash date such as `03/04/2026`: `mdy` (March 4, as the US and
/// Procore write it) or `dmy` (3 April, as most of the world does).
public enum DateOrder: String, CaseIterable, Sendable {
    case mdy, dmy

    public var words: String { self == .mdy ? "month/day/year" : "day/month/year" }
}

/// A due-date cell as read before the file's date order is known.
///
/// `YYYY-MM-DD` (also with a time after it, as exports write), `D.M.YYYY` (always day first) and
/// `A/B/YYYY`, which is only a date once its order is known unless a part above 12 or two equal
/// parts settle it.
enum ImportDate: Equatable {
    case date(LocalDate)
    /// A slash date; either reading may be invalid (nil), e.g. 02/30/2026 read day first.
    case slash(mdy: LocalDate?, dmy: LocalDate?)

    static let expected = "is not a date (YYYY-MM-DD, M/D/YYYY, D/M/YYYY or D.M.YYYY)"

    /// The cell read, or nil when it is no date in any order.
    static func read(_ cell: String) -> ImportDate? {
        if let date = LocalDate(iso: cell) { return .date(date) }
        if cell.count > 10, let date = LocalDate(iso: cell.prefix(10)),
           ["T", " "].contains(cell[cell.index(cell.startIndex, offsetBy: 10)]) {
            return .date(date)
        }
        if let parts = numeric(cell, separator: ".") {
            return make(year: parts[2], month: parts[1], day: parts[0]).map(ImportDate.date)
        }
        guard let parts = numeric(cell, separator: "/") else { return nil }
        let mdy = make(year: parts[2], month: parts[0], day: parts[1])
        let dmy = make(year: parts[2], month: parts[1], day: parts[0])
        switch (mdy, dmy) {
        case (nil, nil): return nil
        case (let date?, nil), (nil, let date?): return .date(date)
        case (let a?, let b?): return a == b ? .date(a) : .slash(mdy: a, dmy: b)
        }
    }

    /// Which order a slash date shows by itself: `12/15/2026` can only be month first.
    static func evidence(_ cell: String) -> DateOrder? {
        guard LocalDate(iso: cell) == nil, let parts = numeric(cell, separator: "/") else { return nil }
        let mdy = make(year: parts[2], month: parts[0], day: parts[1]) != nil
        let dmy = make(year: parts[2], month: parts[1], day: parts[0]) != nil
        return mdy == dmy ? nil : (mdy ? .mdy : .dmy)
    }

    /// The date in `order`; a problem naming both readings when there is no order.
    func resolved(_ cell: String, order: DateOrder?) -> Result<LocalDate, PunchCSV.CellProblem> {
        switch self {
        case .date(let date): return .success(date)
        case .slash(let mdy, let dmy):
            if let order, let date = order == .mdy ? mdy : dmy { return .success(date) }
            if let order { return .failure(.init("'\(cell)' is not a date read \(order.words)")) }
            return .failure(.init("'\(cell)' could be \(Self.spoken(mdy)) or \(Self.spoken(dmy)); "
                                  + "say which with --date-order mdy or dmy"))
        }
    }

    private static func spoken(_ date: LocalDate?) -> String {
        guard let date else { return "nothing" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// The three numbers of `1/2/2026` or `1.2.2026`: one or two digits, then a four-digit year.
    private static func numeric(_ cell: String, separator: Character) -> [Int]? {
        // Bytes, not Characters: every row has a due date (see `LocalDate(iso:)`).
        var numbers = [0], digits = [0]
        for byte in cell.utf8 {
            if byte == separator.asciiValue! {
                guard numbers.count < 3 else { return nil }
                numbers.append(0)
                digits.append(0)
            } else if byte >= 0x30 && byte <= 0x39 {
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(byte - 0x30)
                digits[digits.count - 1] += 1
            } else {
                return nil
            }
        }
        guard numbers.count == 3, (1...2).contains(digits[0]), (1...2).contains(digits[1]), digits[2] == 4 else { return nil }
        return numbers
    }

    private static func make(year: Int, month: Int, day: Int) -> LocalDate? {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}
