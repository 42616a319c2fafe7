import Foundation
import GRDB
import RapportModel

extension AppDatabase {
    /// Every customer's temperature now and 14 days ago, coldest first.
    ///
    /// Each signal is one grouped query over all customers, so the cost does not grow with
    /// one query per customer.
    public func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature] {
        let scorer = TemperatureScorer()
        let before = now - 14 * 86_400
        let (names, current, past) = try read { db in
            let names = try Row.fetchAll(db, sql: "SELECT id, name FROM customer").map {
                (id: $0["id"] as Int64, name: $0["name"] as String)
            }
            return (names, try signals(db, at: now, timeZone: timeZone), try signals(db, at: before, timeZone: timeZone))
        }
        return names.map { customer in
            let temperature = scorer.score(current[customer.id] ?? TemperatureSignals())
            let earlier = scorer.score(past[customer.id] ?? TemperatureSignals())
            return CustomerTemperature(customerId: customer.id, name: customer.name, temperature: temperature,
                                       trend: Trend(now: temperature.score, before: earlier.score))
        }.sorted { ($0.temperature.score, $0.name) < ($1.temperature.score, $1.name) }
    }

    /// Signals for every customer as they stood at `now`.
    private func signals(_ db: Database, at now: Date, timeZone: TimeZone) throws -> [Int64: TemperatureSignals] {
        var result: [Int64: TemperatureSignals] = [:]
        let today = LocalDate(now, in: timeZone)
        let horizon = now - 90 * 86_400

        let tone = try Row.fetchCursor(db, sql: """
            SELECT customer_id, sentiment, at FROM interaction
            WHERE at > ? AND at <= ? AND sentiment IS NOT NULL AND kind IN ('email-in', 'call', 'meeting', 'site-visit', 'note')
            """, arguments: [horizon, now])
        while let row = try tone.next() {
            let at: Date = row["at"]
            result[row["customer_id"], default: .init()].tone.append(
                .init(sentiment: row["sentiment"], ageDays: now.timeIntervalSince(at) / 86_400))
        }

        let contact = try Row.fetchCursor(db, sql: """
            SELECT customer_id, MAX(at) AS last FROM interaction
            WHERE at <= ? AND kind IN ('email-in', 'call', 'meeting', 'site-visit')
            GROUP BY customer_id
            """, arguments: [now])
        while let row = try contact.next() {
            let last: Date = row["last"]
            result[row["customer_id"], default: .init()].daysSinceContact = now.timeIntervalSince(last) / 86_400
        }

        let punch = try Row.fetchCursor(db, sql: """
            SELECT p.customer_id, i.priority, COUNT(*) AS n,
                   SUM(CASE WHEN i.due_on < ?1 THEN MIN(30, julianday(?1) - julianday(i.due_on)) ELSE 0 END) AS overdue,
                   SUM(i.rejections >= 2) AS disputed
            FROM punch_item i JOIN project p ON p.id = i.project_id
            WHERE i.status IN \(Self.openStatusesSQL)
            GROUP BY p.customer_id, i.priority
            """, arguments: [today.iso])
        while let row = try punch.next() {
            let priority: Int = row["priority"]
            let id: Int64 = row["customer_id"]
            result[id, default: .init()].openByPriority[priority - 1] = row["n"]
            result[id]!.overdueDays += Int(row["overdue"] as Double? ?? 0)
            result[id]!.disputedItems += row["disputed"] as Int
        }

        let money = try Row.fetchCursor(db, sql: """
            SELECT p.customer_id, COUNT(*) AS due,
                   SUM(m.payment = 'overdue') AS overdue,
                   SUM(m.requires_acceptance AND m.accepted_on IS NULL AND EXISTS (
                       SELECT 1 FROM punch_item i WHERE i.project_id = m.project_id
                       AND i.blocks_acceptance AND i.status IN \(Self.openStatusesSQL))) AS blocked
            FROM milestone m JOIN project p ON p.id = m.project_id
            WHERE m.due_on <= ?
            GROUP BY p.customer_id
            """, arguments: [today.iso])
        while let row = try money.next() {
            let id: Int64 = row["customer_id"]
            result[id, default: .init()].milestonesDue = row["due"]
            result[id]!.milestonesOverdue = row["overdue"]
            result[id]!.milestonesBlocked = row["blocked"]
        }

        let people = try Row.fetchCursor(db, sql: """
            SELECT customer_id,
                   SUM(left_on IS NULL OR left_on > ?1) AS active,
                   SUM(role = 'champion' AND (left_on IS NULL OR left_on > ?1)) AS champions,
                   SUM(role = 'champion' AND left_on <= ?1) AS gone
            FROM contact GROUP BY customer_id
            """, arguments: [today.iso])
        while let row = try people.next() {
            let id: Int64 = row["customer_id"]
            result[id, default: .init()].activeContacts = row["active"]
            result[id]!.hasActiveChampion = (row["champions"] as Int) > 0
            result[id]!.championLeft = (row["gone"] as Int) > 0
        }

        let escalations = try Row.fetchCursor(db, sql: """
            SELECT customer_id, MIN(at) AS oldest FROM interaction
            WHERE kind = 'email-in' AND urgency >= 0.7 AND at <= ?1 AND (answered_at IS NULL OR answered_at > ?1)
            GROUP BY customer_id
            """, arguments: [now])
        while let row = try escalations.next() {
            let oldest: Date = row["oldest"]
            result[row["customer_id"], default: .init()].unansweredEscalationDays = now.timeIntervalSince(oldest) / 86_400
        }
        return result
    }
}
