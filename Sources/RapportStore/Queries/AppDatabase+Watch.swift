import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// The watch list at `now` (`WatchList.items`), of `rep`'s accounts when given.
    public func watchList(now: Date, timeZone: TimeZone, settings: WatchSettings, rep: String? = nil) throws -> [WatchItem] {
        WatchList.items(try watchAccounts(now: now, timeZone: timeZone), settings: settings, now: now, timeZone: timeZone,
                        rep: rep)
    }

    /// What the watch list reads of every customer not archived: one grouped read per part.
    /// Scores come from `temperatures(now:timeZone:)`, today's snapshots when they hold.
    public func watchAccounts(now: Date, timeZone: TimeZone) throws -> [WatchAccount] {
        let scores = Dictionary(try temperatures(now: now, timeZone: timeZone).map { ($0.customerId, $0) },
                                uniquingKeysWith: { a, _ in a })
        let today = LocalDate(now, in: timeZone).iso
        return try read { db in
            var accounts: [Int64: WatchAccount] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM customer WHERE archived_on IS NULL ORDER BY name, id") {
                let id: Int64 = row[0]
                var account = WatchAccount(customerId: id, name: row[1])
                if let t = scores[id] {
                    account.score = t.temperature.score
                    account.scoreBefore = t.temperature.score - t.change
                }
                accounts[id] = account
                order.append(id)
            }
            for (id, reps) in try repsByCustomer(db) { accounts[id]?.reps = reps }
            // The last two-way contact: a short walk back on (customer_id, at) each.
            for row in try Row.fetchAll(db, sql: """
                SELECT c.id, (SELECT at FROM interaction WHERE customer_id = c.id AND at <= ?
                              AND kind IN \(TemperatureSignalReader.contactKinds) ORDER BY at DESC LIMIT 1)
                FROM customer c WHERE c.archived_on IS NULL
                """, arguments: [now]) {
                accounts[row[0]]?.lastTwoWayContact = row[1]
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT customer_id, name, left_on FROM contact
                WHERE role = 'champion' AND left_on IS NOT NULL AND successor_id IS NULL AND archived_on IS NULL
                ORDER BY left_on, name
                """) {
                guard let left = LocalDate(iso: row[2] as String) else { continue }
                accounts[row[0]]?.goneChampions.append(.init(name: row[1], leftOn: left))
            }
            // Their mail still unanswered from the last 30 days, urgent mail from the last 180:
            // older mail was answered some other way (a call) or needed no answer ("Thanks!").
            let recent = now - TemperatureSignalReader.awaitingHorizonDays * 86_400
            let urgent = now - TemperatureSignalReader.replyHorizonDays * 86_400
            for row in try Row.fetchAll(db, sql: Self.awaitingMailSQL, arguments: [recent, urgent, now]) {
                accounts[row[0]]?.waitingMail.append(.init(subject: row[1], at: row[2]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT customer_id, text, review_on FROM intel WHERE review_on IS NOT NULL AND review_on <= ? ORDER BY review_on, id
                """, arguments: [today]) {
                guard let day = LocalDate(iso: row[2] as String) else { continue }
                accounts[row[0]]?.intel.append(.init(text: row[1], reviewOn: day))
            }
            return order.compactMap { accounts[$0] }
        }
    }

    /// Inbound mail unanswered: sent after `?1` (30 days back), or urgent and after `?2` (180
    /// days back, so before `?1`), up to `?3` (now), oldest first. One range of the partial
    /// index on unanswered inbound mail, in its order.
    static let awaitingMailSQL = """
        SELECT customer_id, subject, at FROM interaction
        WHERE kind = 'email-in' AND answered_at IS NULL AND at > ?2 AND at <= ?3 AND (at > ?1 OR urgency >= 0.7)
        ORDER BY at
        """

    /// Each customer's sales reps, as recorded on its projects, in name order.
    func repsByCustomer(_ db: Database) throws -> [Int64: [String]] {
        var reps: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT customer_id, sales_rep FROM project WHERE sales_rep != '' ORDER BY customer_id, sales_rep
            """) {
            reps[row[0], default: []].append(row[1])
        }
        return reps
    }

    /// The temperature pane's sparklines, reps and watch list at `now`, and every project's score.
    public func temperatureOverview(now: Date, timeZone: TimeZone, watch: WatchSettings) throws -> TemperatureOverview {
        let today = LocalDate(now, in: timeZone)
        let accounts = try watchAccounts(now: now, timeZone: timeZone)
        let first = today.adding(days: -(Sparkline.weekCount * 7 - 1))
        var history: [Int64: [(day: LocalDate, score: Int)]] = [:]
        try read { db in
            for row in try Row.fetchAll(db, sql: """
                SELECT customer_id, day, score FROM temperature_snapshot WHERE day >= ? AND day <= ? ORDER BY customer_id, day
                """, arguments: [first.iso, today.iso]) {
                guard let day = LocalDate(iso: row[1] as String) else { continue }
                history[row[0], default: []].append((day, row[2]))
            }
        }
        var weeks: [Int64: [Int?]] = [:], reps: [Int64: [String]] = [:]
        for account in accounts {
            weeks[account.customerId] = Sparkline.weeks(history[account.customerId] ?? [], today: today,
                                                        todayScore: account.score).map(\.score)
            if !account.reps.isEmpty { reps[account.customerId] = account.reps }
        }
        let projects = try projectTemperatures(now: now, timeZone: timeZone).mapValues(\.score)
        return TemperatureOverview(weeks: weeks, reps: reps,
                                   watch: WatchList.items(accounts, settings: watch, now: now, timeZone: timeZone),
                                   projects: projects)
    }
}
