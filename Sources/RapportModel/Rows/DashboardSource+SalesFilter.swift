import Foundation

/// The calendar's sales filter and day counts for a source that has only the plain agenda
/// (test stand-ins): read the whole window and filter or count in memory. The store answers
/// each with one query.
extension DashboardSource {
    public func agendaCount(from: Date, to: Date, timeZone: TimeZone, salesOnly: Bool) throws -> Int {
        guard salesOnly else { return try agendaCount(from: from, to: to, timeZone: timeZone) }
        return try agenda(from: from, to: to, timeZone: timeZone, offset: 0, limit: Int.max).filter(\.salesWelcome).count
    }

    public func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int,
                       salesOnly: Bool) throws -> [AgendaEntry] {
        guard salesOnly else { return try agenda(from: from, to: to, timeZone: timeZone, offset: offset, limit: limit) }
        let all = try agenda(from: from, to: to, timeZone: timeZone, offset: 0, limit: Int.max).filter(\.salesWelcome)
        let page = all.dropFirst(offset)
        return Array(limit < 0 ? page : page.prefix(limit))
    }

    public func agendaDayCounts(first: LocalDate, days: Int, timeZone: TimeZone, salesOnly: Bool) throws -> [Int] {
        try (0..<days).map { i in
            try agendaCount(from: first.adding(days: i).startOfDay(in: timeZone),
                            to: first.adding(days: i + 1).startOfDay(in: timeZone), timeZone: timeZone, salesOnly: salesOnly)
        }
    }
}
