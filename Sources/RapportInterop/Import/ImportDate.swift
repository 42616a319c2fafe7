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
        let parts = cell.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return parts.compactMap { Int($0) }
    }

    private static func make(year: Int, month: Int, day: Int) -> LocalDate? {
        LocalDate(iso: String(format: "%04d-%02d-%02d", year, month, day))
    }
}
