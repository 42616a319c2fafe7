import Foundation

/// The queries the dashboard runs; the store answers them, tests may stand in for it.
///
/// Lists are paged (`offset`, `limit`) so the screen never needs a whole table.
public protocol DashboardSource: Sendable {
    func projectCount() throws -> Int
    func projects(offset: Int, limit: Int) throws -> [ProjectRow]
    /// How many meeting occurrences overlap the window (recurring series expanded).
    func agendaCount(from: Date, to: Date, timeZone: TimeZone) throws -> Int
    /// One page of the occurrences that overlap the window, by start then meeting.
    func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int) throws -> [AgendaEntry]
    /// `agendaCount` of the meetings sales may join (`salesOnly`), or of all.
    func agendaCount(from: Date, to: Date, timeZone: TimeZone, salesOnly: Bool) throws -> Int
    /// `agenda` of the meetings sales may join (`salesOnly`), or of all.
    func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int, salesOnly: Bool) throws -> [AgendaEntry]
    /// How many occurrences overlap each of `days` local days from `first`: a month grid's counts.
    func agendaDayCounts(first: LocalDate, days: Int, timeZone: TimeZone, salesOnly: Bool) throws -> [Int]
    /// Every customer's temperature now and its trend over 14 days, coldest first.
    func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature]
    /// The newest stored temperatures and their day, read without scoring; nil when none.
    /// Their components may be left out (the reasons come with `temperatures`). With `limit`,
    /// only the coldest that many, coldest first.
    func storedTemperatures(limit: Int?) throws -> StoredTemperatures?
    /// Changes whenever another connection commits to the file.
    func dataVersion() throws -> Int
    /// Housekeeping for idle moments (the store copies its write-ahead log back).
    func checkpoint() throws
}

extension DashboardSource {
    public func checkpoint() throws {}
    public func storedTemperatures(limit: Int?) throws -> StoredTemperatures? { nil }
}
