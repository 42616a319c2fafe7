import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// The newest stored temperatures and the day they were scored for, read without scoring:
    /// what the pane shows, marked as of that day, while today's are computed. Scores, caps and
    /// trends only: the components (the reasons) come with today's. With `limit`, the coldest
    /// that many (the first frame's page).
    public func storedTemperatures(limit: Int? = nil) throws -> StoredTemperatures? {
        try read { db in try TemperatureSnapshots.latestScores(db, limit: limit) }
    }
}
