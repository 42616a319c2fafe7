import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// Every project's temperature now, scored as customers are (`TemperatureScorer`, the
    /// settings given at open) from the project's own signals: its mail, calls and notes, its
    /// items and milestones; coverage is its customer's people. No trend: it is not stored.
    public func projectTemperatures(now: Date, timeZone: TimeZone) throws -> [Int64: Temperature] {
        let scorer = TemperatureScorer(settings: temperatureSettings)
        return try read { db in
            var reader = TemperatureSignalReader(db: db, now: now, timeZone: timeZone, withPast: false)
            reader.byProject = true
            let signals = try reader.read().current
            var result: [Int64: Temperature] = [:]
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM project") {
                result[id] = scorer.score(signals[id] ?? TemperatureSignals())
            }
            return result
        }
    }
}
