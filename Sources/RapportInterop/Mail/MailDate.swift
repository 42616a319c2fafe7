import Foundation

/// RFC 5322 dates as mailers write them, including the obsolete forms: `Tue, 3 Mar 2026
/// 09:12:00 +0100`, no weekday, no seconds, two-digit years, `GMT`/`EST`/`PDT` zones,
/// a trailing `(CET)` comment; and the asctime form of mbox separator lines
/// (`Tue Mar  3 09:12:00 2026`). Returns nil for what it cannot read.
enum MailDate {
    static func parse(_ text: String) -> Date? {
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" }) {
            if word.hasPrefix("(") { break }
            words.append(word)
        }
        var day: Int?, month: Int?, year: Int?, time: (Int, Int, Int)?, offset: Int?
        for word in words {
            if let m = months[word.prefix(3).lowercased()], month == nil, word.count >= 3, word.first!.isLetter {
                month = m
            } else if word.contains(Character(":")), time == nil {
                let parts = word.split(separator: ":").map { Int($0) }
                guard parts.count >= 2, parts.count <= 3, let h = parts[0], let m = parts[1], h < 24, m < 60 else { return nil }
                let s = parts.count == 3 ? (parts[2] ?? 0) : 0
                time = (h, m, min(s, 59))
            } else if (word.first == "+" || word.first == "-"), word.count == 5, let value = Int(word.dropFirst()) {
                let sign = word.first == "-" ? -1 : 1
                offset = sign * ((value / 100) * 3600 + (value % 100) * 60)
            } else if let zone = zones[word.uppercased()], time != nil {
                offset = zone
            } else if let number = Int(word) {
                if day == nil, number >= 1, number <= 31, word.count <= 2, year == nil || month != nil { day = number }
                else if year == nil {
                    year = word.count <= 2 ? (number < 50 ? 2000 + number : 1900 + number) : (word.count == 3 ? 1900 + number : number)
                }
            }
        }
        guard let day, let month, let year, let time, year >= 1970, year < 10000 else { return nil }
        let seconds = daysFromCivil(year, month, day) * 86_400 + time.0 * 3600 + time.1 * 60 + time.2 - (offset ?? 0)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), without
    /// a Calendar, which costs more than the rest of a message's headers.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    private static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    ]
}
