import Foundation

/// What the temperature pane shows beside each score: eight weeks of stored scores, whose
/// accounts are whose, and the watch list; and each project's own score.
public struct TemperatureOverview: Hashable, Sendable {
    /// Each customer's weekly scores, oldest first (`Sparkline.weeks`).
    public var weeks: [Int64: [Int?]]
    /// Each customer's sales reps (of any of its projects).
    public var reps: [Int64: [String]]
    /// Every account's reasons, as `WatchList.items` orders them.
    public var watch: [WatchItem]
    /// Each project's own temperature score (the projects pane's column).
    public var projects: [Int64: Int]

    public init(weeks: [Int64: [Int?]] = [:], reps: [Int64: [String]] = [:], watch: [WatchItem] = [],
                projects: [Int64: Int] = [:]) {
        self.weeks = weeks
        self.reps = reps
        self.watch = watch
        self.projects = projects
    }
}

/// The temperature pane's and the customer view's reads beyond the scores themselves.
public protocol TemperatureDetailSource: Sendable {
    func temperatureOverview(now: Date, timeZone: TimeZone, watch: WatchSettings) throws -> TemperatureOverview
    func customerEvidence(customerId: Int64, now: Date, timeZone: TimeZone) throws -> CustomerEvidence
}
