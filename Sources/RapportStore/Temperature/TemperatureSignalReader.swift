import Foundation
import GRDB
import RapportModel

/// Gathers every customer's temperature signals at `now` and, when asked, 14 days before.
///
/// Each signal is one grouped read over all customers that fills both instants at once, and
/// instants come back as Julian days computed by SQLite rather than as text parsed row by row.
/// The past uses today's punch statuses and milestones with the earlier date, as the
/// store has no history of them: only a stored snapshot knows better.
struct TemperatureSignalReader {
    let db: Database
    let now: Date
    let timeZone: TimeZone
    let withPast: Bool
    /// Signals per project instead of per customer: its own mail, calls and notes, items and
    /// milestones; the people (coverage) are its customer's. Keys are then project ids.
    var byProject = false

    static let trendDays = 14.0
    static let toneHorizonDays = 90.0
    /// Kinds whose sentiment is the customer's tone, and kinds that are a two-way contact.
    static let toneKinds = "('email-in', 'call', 'meeting', 'site-visit', 'note')"
    static let contactKinds = "('email-in', 'call', 'meeting', 'site-visit')"
    /// Our mail sent this long before an instant counts for responsiveness: its answer as a
    /// reply (the baseline is the median of these), or the wait so far while unanswered.
    static let replyHorizonDays = 180.0
    /// Our mail unanswered longer than this is taken as needing no answer ("Thanks, see you
    /// Tuesday"), so one old mail does not keep a customer cold for ever.
    static let awaitingHorizonDays = 30.0

    struct Result {
        var current: [Int64: TemperatureSignals] = [:]
        var past: [Int64: TemperatureSignals] = [:]
    }

    var before: Date { now - Self.trendDays * 86_400 }

    /// The interaction column signals are grouped by, and the condition that it is set.
    private var key: String { byProject ? "project_id" : "customer_id" }
    private var keyPresent: String { byProject ? " AND project_id IS NOT NULL" : "" }

    func read() throws -> Result {
        var result = Result()
        try readTone(into: &result)
        try readRecency(into: &result)
        try readReplies(into: &result)
        let blocked = try readPunch(into: &result)
        try readMoney(into: &result, blockedProjects: blocked)
        try readPeople(into: &result)
        try readEscalations(into: &result)
        return result
    }

    /// Sets a field on the signals of `id` at one instant (`past` false: now).
    private func update(_ result: inout Result, _ id: Int64, past: Bool, _ change: (inout TemperatureSignals) -> Void) {
        if past {
            change(&result.past[id, default: .init()])
        } else {
            change(&result.current[id, default: .init()])
        }
    }

    private var instants: [(past: Bool, at: Date)] { withPast ? [(false, now), (true, before)] : [(false, now)] }

    // MARK: - Signals

    /// Each message's sentiment and age, for both instants in one pass over the recent rows.
    ///
    /// The rows come from a partial index on (at, customer_id, sentiment, kind) of the rows
    /// with a sentiment: one range, no table row read. Samples gather in arrays by a slot per
    /// customer, one hash lookup a row, and go into the signals once per customer.
    private func readTone(into result: inout Result) throws {
        let earliest = (withPast ? before : now) - Self.toneHorizonDays * 86_400
        let nowSeconds = now.timeIntervalSince1970, beforeSeconds = before.timeIntervalSince1970
        let horizon = Self.toneHorizonDays * 86_400
        var slots: [Int64: Int] = [:]
        var ids: [Int64] = []
        var current: [[TemperatureSignals.ToneSample]] = [], past: [[TemperatureSignals.ToneSample]] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(key), sentiment, julianday(at) FROM interaction
            WHERE at > ? AND at <= ? AND sentiment IS NOT NULL AND kind IN \(Self.toneKinds)\(keyPresent)
            """, arguments: [earliest, now])
        while let row = try rows.next() {
            let id: Int64 = row[0], sentiment: Double = row[1]
            let at = StoredInstant.seconds(julianDay: row[2])
            let slot: Int
            if let known = slots[id] {
                slot = known
            } else {
                slot = ids.count
                slots[id] = slot
                ids.append(id)
                current.append([])
                past.append([])
            }
            if at > nowSeconds - horizon {
                current[slot].append(.init(sentiment: sentiment, ageDays: (nowSeconds - at) / 86_400))
            }
            if withPast, at <= beforeSeconds, at > beforeSeconds - horizon {
                past[slot].append(.init(sentiment: sentiment, ageDays: (beforeSeconds - at) / 86_400))
            }
        }
        for (slot, id) in ids.enumerated() {
            if !current[slot].isEmpty { result.current[id, default: .init()].tone = current[slot] }
            if !past[slot].isEmpty { result.past[id, default: .init()].tone = past[slot] }
        }
    }

    /// Our recent mail to each customer: sent at `?1` … `?2` (the earliest instant's horizon
    /// to now), with when the customer answered. The partial index on `email-out` rows holds
    /// every column read, in `at` order: one range, no table row.
    static let repliesSQL = """
        SELECT customer_id, julianday(at), julianday(answered_at) FROM interaction
        WHERE kind = 'email-out' AND at > ?1 AND at <= ?2
        """

    /// Each customer's replies to our mail and our mail still waiting, at both instants, in one
    /// pass: at an instant a mail answered by then is a reply (its latency, and the age of the
    /// answer), one sent by then and not yet answered is waiting (its age so far).
    private func readReplies(into result: inout Result) throws {
        let earliest = (withPast ? before : now) - Self.replyHorizonDays * 86_400
        let horizon = Self.replyHorizonDays * 86_400, awaiting = Self.awaitingHorizonDays * 86_400
        var slots: [Int64: Int] = [:]
        var ids: [Int64] = []
        var replies: [[[TemperatureSignals.ReplySample]]] = [], waiting: [[[Double]]] = []
        let instantSeconds = instants.map { $0.at.timeIntervalSince1970 }
        let sql = byProject ? Self.repliesSQL.replacingOccurrences(of: "SELECT customer_id", with: "SELECT project_id")
            + keyPresent : Self.repliesSQL
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [earliest, now])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let sent = StoredInstant.seconds(julianDay: row[1])
            let answered = (row[2] as Double?).map(StoredInstant.seconds(julianDay:))
            let slot: Int
            if let known = slots[id] {
                slot = known
            } else {
                slot = ids.count
                slots[id] = slot
                ids.append(id)
                replies.append(Array(repeating: [], count: instantSeconds.count))
                waiting.append(Array(repeating: [], count: instantSeconds.count))
            }
            for (index, at) in instantSeconds.enumerated() where sent <= at && sent > at - horizon {
                if let answered, answered <= at {
                    replies[slot][index].append(.init(latencyHours: max(0, answered - sent) / 3_600,
                                                      ageDays: (at - answered) / 86_400))
                } else if sent > at - awaiting {
                    waiting[slot][index].append((at - sent) / 3_600)
                }
            }
        }
        for (slot, id) in ids.enumerated() {
            for (index, instant) in instants.enumerated()
            where !replies[slot][index].isEmpty || !waiting[slot][index].isEmpty {
                update(&result, id, past: instant.past) {
                    $0.replies = replies[slot][index]
                    $0.awaitingReplyHours = waiting[slot][index]
                }
            }
        }
    }

    /// The last two-way contact of each customer: a short walk back on (customer_id, at) each.
    private func readRecency(into result: inout Result) throws {
        func last(_ parameter: String) -> String {
            """
            (SELECT julianday(at) FROM interaction
             WHERE \(key) = c.id AND at <= \(parameter) AND kind IN \(Self.contactKinds)
             ORDER BY at DESC LIMIT 1)
            """
        }
        let rows = try Row.fetchCursor(db, sql: "SELECT id, \(last("?1")), \(withPast ? last("?2") : "NULL") FROM \(byProject ? "project" : "customer") c",
                                       arguments: withPast ? [now, before] : [now])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            for (index, instant) in instants.enumerated() {
                guard let day = row[1 + index] as Double? else { continue }
                let days = instant.at.timeIntervalSince1970 - StoredInstant.seconds(julianDay: day)
                update(&result, id, past: instant.past) { $0.daysSinceContact = days / 86_400 }
            }
        }
    }

    /// Open items by priority, days overdue (each capped at 30) and disputed items.
    ///
    /// Grouped by project in the order of the partial index on open items, which holds every
    /// column read here: no table row is read and nothing is sorted. Each item's overdue days
    /// are whole (two dates), so summing per project then per customer changes nothing.
    /// Returns the projects with an open item that blocks acceptance, for the money signal.
    private func readPunch(into result: inout Result) throws -> [Int64] {
        let today = LocalDate(now, in: timeZone).iso, then = LocalDate(before, in: timeZone).iso
        func overdue(_ parameter: String) -> String {
            "SUM(CASE WHEN due_on < \(parameter) THEN MIN(30, julianday(\(parameter)) - julianday(due_on)) ELSE 0 END)"
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(byProject ? "g.project_id" : "p.customer_id"), g.priority, g.n, g.disputed, g.late_now, g.late_then, g.project_id, g.blocking
            FROM (SELECT project_id, priority, COUNT(*) AS n, SUM(rejections >= 2 OR status = 'disputed') AS disputed,
                         \(overdue("?1")) AS late_now, \(overdue("?2")) AS late_then,
                         MAX(blocks_acceptance) AS blocking
                  FROM punch_item WHERE status IN \(AppDatabase.openStatusesSQL)
                  GROUP BY project_id, priority) g
            JOIN project p ON p.id = g.project_id
            """, arguments: [today, then])
        var blocked: [Int64] = []
        while let row = try rows.next() {
            let id: Int64 = row[0], priority: Int = row[1], count: Int = row[2], disputed: Int = row[3]
            for (index, instant) in instants.enumerated() {
                let days = Int(row[4 + index] as Double? ?? 0)
                update(&result, id, past: instant.past) {
                    $0.openByPriority[priority - 1] += count
                    $0.overdueDays += days
                    $0.disputedItems += disputed
                }
            }
            if row[7] as Bool? == true, blocked.last != row[6] { blocked.append(row[6]) }
        }
        return blocked
    }

    /// Milestones due by each date: how many, how many overdue, how many blocked by open items.
    ///
    /// Overdue is read from the dates, never from the stored `overdue` status (which says only
    /// when someone last marked it): invoiced by the date, due before it, and not paid in full
    /// by it (payments by their day; one marked paid without payment rows is paid). So a score
    /// does not depend on when it was computed, and the past instant sees the money as it stood.
    /// The projects with an open blocking item come from the punch read (as a JSON list), so
    /// the open items are not walked a second time.
    private func readMoney(into result: inout Result, blockedProjects: [Int64]) throws {
        let today = LocalDate(now, in: timeZone).iso, then = LocalDate(before, in: timeZone).iso
        let blocked = "[" + blockedProjects.map(String.init).joined(separator: ",") + "]"
        func overdue(_ day: String, paid: String) -> String {
            """
            (m.due_on < \(day)
             AND ((m.invoiced_on IS NOT NULL AND m.invoiced_on <= \(day)) OR (m.invoiced_on IS NULL AND m.payment != 'not-invoiced'))
             AND NOT (CASE WHEN pay.n IS NULL THEN m.payment = 'paid' ELSE \(paid) >= m.amount_cents END))
            """
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT customer_id,
                   COUNT(*), SUM(overdue_now), SUM(blocked),
                   SUM(due_on <= ?2), SUM(due_on <= ?2 AND overdue_then), SUM(due_on <= ?2 AND blocked)
            FROM (SELECT \(byProject ? "m.project_id AS customer_id" : "p.customer_id"), m.due_on,
                         \(overdue("?1", paid: "pay.paid_now")) AS overdue_now,
                         \(overdue("?2", paid: "pay.paid_then")) AS overdue_then,
                         m.requires_acceptance AND m.accepted_on IS NULL
                             AND m.project_id IN (SELECT value FROM json_each(?3)) AS blocked
                  FROM milestone m JOIN project p ON p.id = m.project_id
                  LEFT JOIN (SELECT milestone_id, COUNT(*) AS n,
                                    TOTAL(CASE WHEN paid_on <= ?1 THEN amount_cents END) AS paid_now,
                                    TOTAL(CASE WHEN paid_on <= ?2 THEN amount_cents END) AS paid_then
                             FROM milestone_payment GROUP BY milestone_id) pay ON pay.milestone_id = m.id
                  WHERE m.due_on <= ?1)
            GROUP BY customer_id
            """, arguments: [today, then, blocked])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            for (index, instant) in instants.enumerated() {
                let due: Int = row[1 + 3 * index], overdue: Int = row[2 + 3 * index], blocked: Int = row[3 + 3 * index]
                // As a grouped read per date would: no row for a customer with nothing due yet.
                if instant.past && due == 0 { continue }
                update(&result, id, past: instant.past) {
                    $0.milestonesDue = due
                    $0.milestonesOverdue = overdue
                    $0.milestonesBlocked = blocked
                }
            }
        }
    }

    /// Active contacts, and whether a champion is still there or left, on each date.
    private func readPeople(into result: inout Result) throws {
        let today = LocalDate(now, in: timeZone).iso, then = LocalDate(before, in: timeZone).iso
        // TOTAL, not SUM: `left_on <= ?` is NULL for those still there, and SUM of only NULLs is
        // NULL (a customer whose one contact is its champion), TOTAL is 0.
        func counts(_ parameter: String) -> String {
            """
            CAST(TOTAL(left_on IS NULL OR left_on > \(parameter)) AS INTEGER),
            CAST(TOTAL(role = 'champion' AND (left_on IS NULL OR left_on > \(parameter))) AS INTEGER),
            CAST(TOTAL(role = 'champion' AND left_on <= \(parameter)) AS INTEGER)
            """
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(byProject ? "p.id" : "customer_id"), \(counts("?1")), \(counts("?2"))
            FROM contact\(byProject ? " JOIN project p ON p.customer_id = contact.customer_id GROUP BY p.id" : " GROUP BY customer_id")
            """, arguments: [today, then])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            for (index, instant) in instants.enumerated() {
                let active: Int = row[1 + 3 * index], champions: Int = row[2 + 3 * index], gone: Int = row[3 + 3 * index]
                update(&result, id, past: instant.past) {
                    $0.activeContacts = active
                    $0.hasActiveChampion = champions > 0
                    $0.championLeft = gone > 0
                }
            }
        }
    }

    /// Each customer's oldest urgent inbound message unanswered at `?1` (now) and at `?2` (the
    /// trend's past instant), as julian days.
    static let escalationsSQL: String = {
        func oldest(_ parameter: String) -> String {
            "MIN(CASE WHEN at <= \(parameter) AND (answered_at IS NULL OR answered_at > \(parameter)) THEN julianday(at) END)"
        }
        return """
            SELECT customer_id, \(oldest("?1")), \(oldest("?2")) FROM interaction
            WHERE kind = 'email-in' AND urgency >= 0.7 AND at <= ?1
            GROUP BY customer_id
            """
    }()

    /// The oldest urgent inbound message still unanswered at each instant (a partial index
    /// holds the urgent ones).
    private func readEscalations(into result: inout Result) throws {
        let sql = byProject ? Self.escalationsSQL.replacingOccurrences(of: "SELECT customer_id", with: "SELECT project_id")
            .replacingOccurrences(of: "GROUP BY customer_id", with: "AND project_id IS NOT NULL GROUP BY project_id")
            : Self.escalationsSQL
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [now, before])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            for (index, instant) in instants.enumerated() {
                guard let day = row[1 + index] as Double? else { continue }
                let days = (instant.at.timeIntervalSince1970 - StoredInstant.seconds(julianDay: day)) / 86_400
                update(&result, id, past: instant.past) { $0.unansweredEscalationDays = days }
            }
        }
    }
}
