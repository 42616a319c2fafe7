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
    /// Every customer's temperature now and its trend over 14 days, coldest first.
    func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature]
    /// Changes whenever another connection commits to the file.
    func dataVersion() throws -> Int
}
