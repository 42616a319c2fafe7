import Foundation

/// The queries the dashboard runs; the store answers them, tests may stand in for it.
///
/// Lists are paged (`offset`, `limit`) so the screen never needs a whole table.
public protocol DashboardSource: Sendable {
    func projectCount() throws -> Int
    func projects(offset: Int, limit: Int) throws -> [ProjectRow]
    func punchCount(projectId: Int64) throws -> Int
    func punchItems(projectId: Int64, offset: Int, limit: Int) throws -> [PunchRow]
    func agenda(from: Date, to: Date, timeZone: TimeZone) throws -> [AgendaEntry]
    /// How many meeting occurrences overlap the window.
    func agendaCount(from: Date, to: Date, timeZone: TimeZone) throws -> Int
    /// One page of the occurrences that overlap the window, by start then meeting.
    func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int) throws -> [AgendaEntry]
    /// Every customer's temperature now and its trend over 14 days, coldest first.
    func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature]
    /// Changes whenever another connection commits to the file.
    func dataVersion() throws -> Int
}

extension DashboardSource {
    /// Counts the whole agenda; a source with an index answers without building it.
    public func agendaCount(from: Date, to: Date, timeZone: TimeZone) throws -> Int {
        try agenda(from: from, to: to, timeZone: timeZone).count
    }

    /// Pages the whole agenda; a source with an index reads only the page.
    public func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int) throws -> [AgendaEntry] {
        let all = try agenda(from: from, to: to, timeZone: timeZone)
        let start = min(max(0, offset), all.count)
        return Array(all[start..<min(all.count, start + max(0, limit))])
    }
}
