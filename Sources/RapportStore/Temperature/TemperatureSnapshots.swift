import Foundation
import GRDB
import RapportModel

/// Stored temperatures: one `temperature_snapshot` row per customer per day, and the record of
/// which day, zone and input counter today's rows were computed for.
enum TemperatureSnapshots {
    /// The temperature pane's order: coldest first, then by name.
    static func coldestFirst(_ a: CustomerTemperature, _ b: CustomerTemperature) -> Bool {
        (a.temperature.score, a.name) < (b.temperature.score, b.name)
    }

    /// The settings a stored temperature was scored with, as one comparable text: every weight
    /// and half-life, in a fixed order.
    static func settingsKey(_ settings: TemperatureSettings) -> String {
        let weights = Temperature.Signal.allCases.map { "\(TemperatureSettings.key($0))=\(settings.weights[$0] ?? 0)" }
        return (weights + ["tone-half-life=\(settings.toneHalfLife)", "recency-half-life=\(settings.recencyHalfLife)",
                           "reply-half-life=\(settings.replyHalfLife)"]).joined(separator: " ")
    }

    /// Moves whenever a row a temperature reads is written (triggers keep it).
    static func inputsVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT version FROM temperature_inputs WHERE id = 1") ?? 0
    }

    /// Today's stored temperatures when they still hold, else nil.
    ///
    /// They hold for the local day they were computed for, whatever the zone's name: the
    /// scores read dates only through that day ("UTC", "Etc/UTC" and "GMT" are one zone
    /// to the scorer, and a user's clock and a test's may name it differently).
    /// They hold only for the settings (`settingsKey`) they were scored with.
    /// With `customerId`, only that customer's (an empty list when it has no snapshot).
    static func valid(_ db: Database, day: LocalDate, settings: String, customerId: Int64? = nil) throws -> [CustomerTemperature]? {
        guard let holds = try Bool.fetchOne(db, sql: """
            SELECT c.day = ? AND c.inputs_version = i.version AND c.settings = ?
            FROM temperature_cache c, temperature_inputs i WHERE c.id = 1 AND i.id = 1
            """, arguments: [day.iso, settings]), holds
        else { return nil }
        return try stored(db, day: day, customerId: customerId)
    }

    /// The newest day's scores, caps and trends, however old, with that day; nil when none are
    /// stored. Without the components: their reasons are most of a snapshot's bytes and of
    /// reading it (4 of 6 ms for the l set's 1,000 customers), and the first frame shows none.
    ///
    /// With `limit`, only the coldest `limit`, in the pane's order (score, then name): the first
    /// frame shows a page of them, and building all 1,000 of the l set took 1.6 ms of it.
    static func latestScores(_ db: Database, limit: Int? = nil) throws -> StoredTemperatures? {
        guard let iso = try String.fetchOne(db, sql: "SELECT MAX(day) FROM temperature_snapshot"),
              let day = LocalDate(iso: iso), let list = try stored(db, day: day, components: false, limit: limit)
        else { return nil }
        // A full page may not be all of them: count them, through the same index.
        var total = list.count
        if let limit, list.count >= limit {
            total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temperature_snapshot WHERE day = ?", arguments: [iso]) ?? total
        }
        return StoredTemperatures(day: day, temperatures: list, total: total)
    }

    /// The temperatures stored for `day`, coldest first; nil when one does not read back.
    /// With `customerId`, only that customer's; without `components`, each with none; with
    /// `limit`, the coldest that many.
    static func stored(_ db: Database, day: LocalDate, customerId: Int64? = nil,
                       components withComponents: Bool = true, limit: Int? = nil) throws -> [CustomerTemperature]? {
        var result: [CustomerTemperature] = []
        // A second condition, not `(? IS NULL OR …)`, which would keep SQLite off the (customer, day) key.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.customer_id, c.name, s.score, s.caps, s.trend_base\(withComponents ? ", s.components" : "")
            FROM temperature_snapshot s JOIN customer c ON c.id = s.customer_id
            WHERE s.day = ?\(customerId == nil ? "" : " AND s.customer_id = ?")
            \(limit.map { "ORDER BY s.score, c.name LIMIT \(max(0, $0))" } ?? "")
            """, arguments: StatementArguments([day.iso] + (customerId.map { [$0] } ?? [])))
        while let row = try rows.next() {
            let score: Int = row[2], base: Int = row[4] ?? score
            // A snapshot that does not read back is computed again rather than shown wrong.
            guard let caps = SnapshotJSON.decodeCaps(row[3]),
                  let components = withComponents ? SnapshotJSON.decodeComponents(row[5]) : []
            else { return nil }
            result.append(CustomerTemperature(
                customerId: row[0], name: row[1], temperature: Temperature(score: score, components: components, caps: caps),
                trend: Trend(now: score, before: base), change: score - base))
        }
        return result.sorted(by: coldestFirst)
    }

    /// Each customer's stored score on `day`.
    static func scores(_ db: Database, day: LocalDate) throws -> [Int64: Int] {
        var result: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT customer_id, score FROM temperature_snapshot WHERE day = ?",
                                       arguments: [day.iso])
        while let row = try rows.next() { result[row[0]] = row[1] }
        return result
    }

    /// Stores the list as `day`'s snapshots, and records what they were computed for.
    static func store(_ db: Database, _ list: [ScoredCustomer], day: LocalDate, zone: String,
                      inputsVersion: Int64, settings: String) throws {
        try storeRows(db, list, day: day)
        try db.execute(sql: """
            INSERT OR REPLACE INTO temperature_cache (id, day, time_zone, inputs_version, settings) VALUES (1, ?, ?, ?, ?)
            """, arguments: [day.iso, zone, inputsVersion, settings])
    }

    /// Makes `day`'s snapshot rows the list's, without saying they hold for today, writing only
    /// the rows that differ: after one change most customers score as before, and rewriting all
    /// 1,000 rows (532 pages on the l set) held the connection, and a key's commit behind it, for
    /// 20–70 ms.
    static func storeRows(_ db: Database, _ list: [ScoredCustomer], day: LocalDate) throws {
        struct Stored: Equatable {
            var score: Int, band: String, components: String, caps: String, trendBase: Int?
        }
        var stored: [Int64: Stored] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT customer_id, score, band, components, caps, trend_base FROM temperature_snapshot WHERE day = ?
            """, arguments: [day.iso]) {
            stored[row[0]] = Stored(score: row[1], band: row[2], components: row[3], caps: row[4], trendBase: row[5])
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO temperature_snapshot (customer_id, day, score, band, components, caps, trend_base)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (customer_id, day) DO UPDATE SET score = excluded.score, band = excluded.band,
              components = excluded.components, caps = excluded.caps, trend_base = excluded.trend_base
            """)
        for scored in list {
            let t = scored.row.temperature
            let new = Stored(score: t.score, band: t.band.rawValue, components: SnapshotJSON.encode(t.components),
                             caps: SnapshotJSON.encode(t.caps), trendBase: scored.trendBase)
            if stored.removeValue(forKey: scored.row.customerId) == new { continue }
            try upsert.execute(arguments: [scored.row.customerId, day.iso, new.score, new.band, new.components, new.caps,
                                           new.trendBase])
        }
        for customerId in stored.keys {
            try db.execute(sql: "DELETE FROM temperature_snapshot WHERE customer_id = ? AND day = ?",
                           arguments: [customerId, day.iso])
        }
    }
}
