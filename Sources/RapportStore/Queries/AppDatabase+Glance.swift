import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// The customer's stored daily scores from `from` through `to` (both included), oldest first.
    public func temperatureHistory(customerId: Int64, from: LocalDate, to: LocalDate) throws -> [(day: LocalDate, score: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT day, score FROM temperature_snapshot
                WHERE customer_id = ? AND day >= ? AND day <= ? ORDER BY day
                """, arguments: [customerId, from.iso, to.iso]).compactMap { row in
                LocalDate(iso: row[0] as String).map { (day: $0, score: row[1] as Int) }
            }
        }
    }

    /// The customer's newest intel, newest first (ties by the later capture).
    public func latestIntel(customerId: Int64, limit: Int) throws -> [Intel] {
        try read { db in
            try Intel.fetchAll(db, sql: "SELECT * FROM intel WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                               arguments: [customerId, limit])
        }
    }
}
