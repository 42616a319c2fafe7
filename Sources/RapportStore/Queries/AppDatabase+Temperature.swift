import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// Every customer's temperature now and its trend over 14 days, coldest first.
    ///
    /// Served from today's stored snapshots while they hold (same local day, and no write to
    /// an input since: triggers count those), which is a read of one row per customer.
    /// Otherwise computed, stored as today's snapshots, and returned. A snapshot is kept for
    /// the day: later the same day, with no new input, the score is not aged by the hours.
    /// Scored with `temperatureSettings`, the settings given at open.
    public func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature] {
        try temperatures(now: now, timeZone: timeZone, settings: temperatureSettings)
    }

    /// As `temperatures(now:timeZone:)`, scored with `settings`; snapshots stored with other
    /// settings do not hold.
    public func temperatures(now: Date, timeZone: TimeZone, settings: TemperatureSettings) throws -> [CustomerTemperature] {
        let day = LocalDate(now, in: timeZone)
        let key = TemperatureSnapshots.settingsKey(settings)
        if let cached = try read({ db in try TemperatureSnapshots.valid(db, day: day, settings: key) }) {
            return cached
        }
        return try refreshTemperatures(now: now, timeZone: timeZone, settings: settings)
    }

    /// One customer's temperature now, as `temperatures(now:timeZone:)` has it: read alone from
    /// today's snapshot while the snapshots hold (what `rapport glance` needs), else every
    /// customer is scored and stored as that does. Nil for an unknown customer.
    public func temperature(customerId: Int64, now: Date, timeZone: TimeZone) throws -> CustomerTemperature? {
        let day = LocalDate(now, in: timeZone)
        let key = TemperatureSnapshots.settingsKey(temperatureSettings)
        // While the snapshots hold, a customer without a row has no temperature there either.
        if let cached = try read({ db in try TemperatureSnapshots.valid(db, day: day, settings: key, customerId: customerId) }) {
            return cached.first
        }
        return try refreshTemperatures(now: now, timeZone: timeZone).first { $0.customerId == customerId }
    }

    /// Computes every customer's temperature whatever is stored, and stores it as today's snapshots.
    public func refreshTemperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature] {
        try refreshTemperatures(now: now, timeZone: timeZone, settings: temperatureSettings)
    }

    /// As `refreshTemperatures(now:timeZone:)`, scored with `settings`.
    public func refreshTemperatures(now: Date, timeZone: TimeZone, settings: TemperatureSettings) throws -> [CustomerTemperature] {
        let day = LocalDate(now, in: timeZone)
        // Computed on a read (a consistent view with the input counter it saw), stored after.
        let (list, version) = try read { db in
            let version = try TemperatureSnapshots.inputsVersion(db)
            let bases = try TemperatureSnapshots.scores(db, day: day.adding(days: -14))
            return (try computeTemperatures(db, now: now, timeZone: timeZone, trendBases: bases,
                                            scorer: TemperatureScorer(settings: settings)), version)
        }
        // The snapshot only saves the next read some work: when it cannot be written (another
        // process holds the write lock past the busy timeout, a read-only file), the pane
        // still gets its temperatures.
        try? write { db in
            try TemperatureSnapshots.store(db, list, day: day, zone: timeZone.identifier, inputsVersion: version,
                                           settings: TemperatureSnapshots.settingsKey(settings))
        }
        return list.map(\.row)
    }

    /// Stores a snapshot for each of the `weeks` weeks before `now` (oldest first), each scored
    /// at that day's instant from the rows dated up to it, as a daily run on that day would
    /// have: a new file then shows a trend and sparklines from its first frame. The seed calls
    /// it inside its transaction; today's snapshot is left to the first read.
    func storeTemperatureHistory(_ db: Database, now: Date, timeZone: TimeZone, weeks: Int) throws {
        let scorer = TemperatureScorer(settings: temperatureSettings)
        for back in stride(from: weeks, through: 1, by: -1) {
            let instant = now - Double(7 * back) * 86_400
            let day = LocalDate(instant, in: timeZone)
            let bases = try TemperatureSnapshots.scores(db, day: day.adding(days: -14))
            let list = try computeTemperatures(db, now: instant, timeZone: timeZone, trendBases: bases, scorer: scorer)
            try TemperatureSnapshots.storeRows(db, list, day: day)
        }
    }

    /// Scores every customer at `now`. The trend compares with the snapshot of 14 days before
    /// when there is one, else with a score computed for `now` − 14 days.
    func computeTemperatures(_ db: Database, now: Date, timeZone: TimeZone, trendBases: [Int64: Int],
                             scorer: TemperatureScorer) throws -> [ScoredCustomer] {
        let names = try Row.fetchAll(db, sql: "SELECT id, name FROM customer").map {
            (id: $0[0] as Int64, name: $0[1] as String)
        }
        let needPast = names.contains { trendBases[$0.id] == nil }
        let signals = try TemperatureSignalReader(db: db, now: now, timeZone: timeZone, withPast: needPast).read()
        return names.map { customer in
            let temperature = scorer.score(signals.current[customer.id] ?? TemperatureSignals())
            let base = trendBases[customer.id] ?? scorer.scoreValue(signals.past[customer.id] ?? TemperatureSignals())
            return ScoredCustomer(row: CustomerTemperature(customerId: customer.id, name: customer.name,
                                                           temperature: temperature,
                                                           trend: Trend(now: temperature.score, before: base),
                                                           change: temperature.score - base),
                                  trendBase: base)
        }.sorted { TemperatureSnapshots.coldestFirst($0.row, $1.row) }
    }
}

/// A customer's temperature and the score its trend was measured against.
struct ScoredCustomer {
    var row: CustomerTemperature
    var trendBase: Int
}
