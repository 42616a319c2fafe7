import Foundation
import GRDB
import RapportModel

extension AppDatabase: TemperatureDetailSource {
    /// The records behind one customer's temperature at `now` (see `CustomerEvidence`).
    ///
    /// Each part is one indexed read of that customer's rows: the recent inbound messages on
    /// (customer_id, at), its projects' open blocking items, its sales-welcome occurrences.
    public func customerEvidence(customerId: Int64, now: Date, timeZone: TimeZone) throws -> CustomerEvidence {
        let meetings = try customerMeetings(customerId: customerId, from: now,
                                            to: now + Double(CustomerEvidence.meetingDays) * 86_400, timeZone: timeZone,
                                            salesWelcomeOnly: true, limit: CustomerEvidence.meetingCount)
        return try read { db in
            var evidence = CustomerEvidence(customerId: customerId)
            evidence.meetings = meetings
            let horizon = now - TemperatureSignalReader.toneHorizonDays * 86_400
            let messages = try Row.fetchAll(db, cached: """
                SELECT at, subject, body, kind FROM interaction
                WHERE customer_id = ? AND at > ? AND at <= ? AND sentiment IS NOT NULL AND kind IN \(TemperatureSignalReader.toneKinds)
                ORDER BY at DESC
                """, arguments: [customerId, horizon, now]).map {
                ToneEvidence.Message(at: $0[0], subject: $0[1], body: $0[2],
                                     kind: Interaction.Kind(rawValue: $0[3]) ?? .note)
            }
            evidence.tone = ToneEvidence.strongest(messages, now: now, halfLife: temperatureSettings.toneHalfLife,
                                                   count: CustomerEvidence.toneCount)
            evidence.waiting = try waitingThreads(db, customerId: customerId, now: now)
            evidence.intel = try Intel.fetchAll(db, cached: "SELECT * FROM intel WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                                                arguments: [customerId, CustomerEvidence.intelCount])
            (evidence.blockers, evidence.blockerTotal) = try blockers(db, customerId: customerId)
            return evidence
        }
    }

    /// Their mail we have not answered, oldest first, then ours they have not answered, both
    /// from the last 30 days (their urgent mail from the last 180), as the watch list reads
    /// them: older mail was answered another way or needed none. At most `waitingCount`.
    private func waitingThreads(_ db: Database, customerId: Int64, now: Date) throws -> [CustomerEvidence.WaitingThread] {
        let awaiting = now - TemperatureSignalReader.awaitingHorizonDays * 86_400
        let urgent = now - TemperatureSignalReader.replyHorizonDays * 86_400
        return try Row.fetchAll(db, cached: """
            SELECT at, subject, kind = 'email-in', urgency >= 0.7 FROM interaction
            WHERE customer_id = ?1 AND at <= ?2 AND answered_at IS NULL AND kind IN ('email-in', 'email-out')
              AND (at > ?3 OR (kind = 'email-in' AND urgency >= 0.7 AND at > ?5))
            ORDER BY kind = 'email-out', at LIMIT ?4
            """, arguments: [customerId, now, awaiting, CustomerEvidence.waitingCount, urgent]).map {
            CustomerEvidence.WaitingThread(subject: $0[1], at: $0[0], theyWait: $0[2], urgent: $0[3])
        }
    }

    /// The open items that block acceptance on the customer's projects not closed: the first
    /// by priority and due date, and how many.
    private func blockers(_ db: Database, customerId: Int64) throws -> ([CustomerEvidence.Blocker], Int) {
        let condition = """
            p.customer_id = ? AND p.stage != 'closed' AND i.blocks_acceptance AND i.status IN \(Self.openStatusesSQL)
            """
        let total = try Int.fetchOne(db, cached: """
            SELECT COUNT(*) FROM punch_item i JOIN project p ON p.id = i.project_id WHERE \(condition)
            """, arguments: [customerId]) ?? 0
        let rows = try Row.fetchAll(db, cached: """
            SELECT p.code, i.number, i.title, i.priority, i.due_on FROM punch_item i JOIN project p ON p.id = i.project_id
            WHERE \(condition) ORDER BY i.priority, i.due_on IS NULL, i.due_on, p.code, i.number LIMIT ?
            """, arguments: [customerId, CustomerEvidence.blockerCount])
        return (rows.map {
            CustomerEvidence.Blocker(projectCode: $0[0], number: $0[1], title: $0[2], priority: $0[3],
                                     dueOn: ($0[4] as String?).flatMap(LocalDate.init(iso:)))
        }, total)
    }
}
