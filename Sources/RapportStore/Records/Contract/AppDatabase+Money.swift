import Foundation
import GRDB
import RapportModel

// MARK: - Milestones and money: the schedule, invoices, payments, retainage

extension AppDatabase {
    public func milestones(projectId: Int64, today: LocalDate) throws -> [MilestoneRow] {
        try read { db in
            _ = try Self.projectCode(db, projectId)
            return try Self.milestoneRows(db, projectId: projectId, today: today)
        }
    }

    static func milestoneRows(_ db: Database, projectId: Int64, today: LocalDate) throws -> [MilestoneRow] {
        let standings = try standings(db, projectIds: [projectId], today: today)[projectId] ?? []
        var payments: [Int64: [MilestonePayment]] = [:]
        for payment in try MilestonePayment.fetchAll(db, cached: """
            SELECT * FROM milestone_payment WHERE project_id = ? ORDER BY paid_on, id
            """, arguments: [projectId]) {
            payments[payment.milestoneId, default: []].append(payment)
        }
        let blockers = try blockerCount(db, projectId: projectId)
        return standings.map { s in
            MilestoneRow(standing: s, payments: payments[s.milestone.id!] ?? [],
                         blockers: s.milestone.awaitsAcceptance && !s.milestone.isInvoiced ? blockers : 0)
        }
    }

    /// Each project's milestones in schedule order (by due date, undated last) with their paid totals.
    static func standings(_ db: Database, projectIds: [Int64], today: LocalDate) throws -> [Int64: [MilestoneStanding]] {
        guard !projectIds.isEmpty else { return [:] }
        let list = Journal.jsonArray(projectIds)
        let paid = try paidCents(db, projectIds: projectIds)
        var result: [Int64: [MilestoneStanding]] = [:]
        for row in try Row.fetchAll(db, cached: """
            SELECT \(Milestone.milestoneColumns) FROM milestone m WHERE m.project_id IN (SELECT value FROM json_each(?))
            ORDER BY m.project_id, m.due_on IS NULL, m.due_on, m.id
            """, arguments: [list]) {
            let m = Milestone(milestoneRow: row)
            result[m.projectId, default: []].append(MilestoneStanding(milestone: m, paidCents: paid[m.id!] ?? 0, today: today))
        }
        return result
    }

    /// Paid totals by milestone id.
    static func paidCents(_ db: Database, projectIds: [Int64]) throws -> [Int64: Int64] {
        var paid: [Int64: Int64] = [:]
        for row in try Row.fetchAll(db, cached: """
            SELECT milestone_id, SUM(amount_cents) FROM milestone_payment
            WHERE project_id IN (SELECT value FROM json_each(?)) GROUP BY milestone_id
            """, arguments: [Journal.jsonArray(projectIds)]) {
            paid[row[0]] = row[1]
        }
        return paid
    }

    static func blockerCount(_ db: Database, projectId: Int64) throws -> Int {
        try Int.fetchOne(db, cached: """
            SELECT COUNT(*) FROM punch_item
            WHERE project_id = ? AND status IN (\(PunchSQL.openStatuses)) AND blocks_acceptance
            """, arguments: [projectId])!
    }

    // MARK: - Writes

    public func addMilestone(projectId: Int64, _ draft: MilestoneDraft, by who: String, at: Date) throws -> Saved<Milestone> {
        let draft = try draft.cleaned()
        return try milestoneWrite(projectId: projectId, by: who, at: at) { db, journal, code in
            var milestone = Milestone(projectId: projectId, name: draft.name, kind: draft.kind, amountCents: draft.amountCents,
                                      dueOn: draft.dueOn, requiresAcceptance: draft.requiresAcceptance)
            try milestone.insert(db)
            try journal.didInsert("milestone", id: milestone.id!)
            return (milestone, "add milestone \(milestone.name) (\(code))")
        }
    }

    /// Name, kind, amount, due date and whether it waits for acceptance; once invoiced only the
    /// name and due date may change (`MilestoneRules.checkEdit`).
    public func editMilestone(milestoneId: Int64, _ draft: MilestoneDraft, by who: String, at: Date) throws -> Saved<Milestone> {
        let draft = try draft.cleaned()
        return try milestoneWrite(milestoneId: milestoneId, by: who, at: at) { db, journal, old, code in
            var new = old
            new.name = draft.name
            new.kind = draft.kind
            new.amountCents = draft.amountCents
            new.dueOn = draft.dueOn
            new.requiresAcceptance = draft.requiresAcceptance
            if new.kind != .retainage { new.releasedOn = nil }
            try MilestoneRules.checkEdit(from: old, to: new)
            try journal.willUpdate("milestone", ids: [milestoneId])
            try new.update(db)
            return (new, "edit milestone \(new.name) (\(code))")
        }
    }

    /// Deletes a milestone not yet invoiced (`MilestoneRules.checkDelete`); returns it as it was.
    public func deleteMilestone(milestoneId: Int64, by who: String, at: Date) throws -> Saved<Milestone> {
        try milestoneWrite(milestoneId: milestoneId, by: who, at: at) { db, journal, old, code in
            try MilestoneRules.checkDelete(old)
            try journal.willUpdate("milestone", ids: [milestoneId])
            try db.execute(sql: "DELETE FROM milestone WHERE id = ?", arguments: [milestoneId])
            return (old, "delete milestone \(old.name) (\(code))")
        }
    }

    /// Marks the milestone invoiced on `day` with the invoice's number; `dueOn` (when given) is
    /// the invoice's due date, which makes it overdue once passed.
    public func invoiceMilestone(milestoneId: Int64, on day: LocalDate, number: String, dueOn: LocalDate?, by who: String,
                                 at: Date) throws -> Saved<Milestone> {
        try milestoneWrite(milestoneId: milestoneId, by: who, at: at) { db, journal, old, code in
            try MilestoneRules.checkInvoice(old)
            var new = old
            new.invoicedOn = day
            new.invoiceNumber = number.trimmingCharacters(in: .whitespacesAndNewlines)
            new.payment = .invoiced
            if let dueOn { new.dueOn = dueOn }
            try journal.willUpdate("milestone", ids: [milestoneId])
            try new.update(db)
            return (new, "invoice \(new.name)\(new.invoiceNumber.isEmpty ? "" : " as \(new.invoiceNumber)") (\(code))")
        }
    }

    /// Records money received; payments add up, and the one that completes the amount marks the
    /// milestone paid. More than what is still owed is refused (`MilestoneRules.checkPayment`).
    public func recordPayment(milestoneId: Int64, amountCents: Int64, on day: LocalDate, note: String, by who: String,
                              at: Date) throws -> Saved<RecordedPayment> {
        let (result, label, customerId) = try writingMilestone(milestoneId: milestoneId, by: who, at: at) { db, journal, old, code in
            let paid = try Self.paidCents(db, projectIds: [old.projectId])[milestoneId] ?? 0
            try MilestoneRules.checkPayment(old, paidCents: paid, amountCents: amountCents)
            var payment = MilestonePayment(milestoneId: milestoneId, projectId: old.projectId, paidOn: day,
                                           amountCents: amountCents, recordedBy: who,
                                           note: note.trimmingCharacters(in: .whitespacesAndNewlines))
            try payment.insert(db)
            try journal.didInsert("milestone_payment", id: payment.id!)
            var new = old
            if paid + amountCents >= old.amountCents {
                new.payment = .paid
                try journal.willUpdate("milestone", ids: [milestoneId])
                try new.update(db)
            }
            let standing = MilestoneStanding(milestone: new, paidCents: paid + amountCents, today: day)
            return (RecordedPayment(payment: payment, standing: standing),
                    "record payment of \(Money.text(cents: amountCents)) on \(old.name) (\(code))")
        }
        return Saved(result, record: .milestonePayment, customerId: customerId, projectId: result.payment.projectId,
                     label: label)
    }

    /// Releases held retainage for invoicing on `day` (`released`), or holds it again.
    public func setRetainageReleased(milestoneId: Int64, released: Bool, on day: LocalDate, by who: String,
                                     at: Date) throws -> Saved<Milestone> {
        try milestoneWrite(milestoneId: milestoneId, by: who, at: at) { db, journal, old, code in
            if released { try MilestoneRules.checkRelease(old) } else { try MilestoneRules.checkHold(old) }
            var new = old
            new.releasedOn = released ? day : nil
            try journal.willUpdate("milestone", ids: [milestoneId])
            try new.update(db)
            return (new, "\(released ? "release" : "hold") retainage \(old.name) (\(code))")
        }
    }

    // MARK: - Plumbing

    private func milestoneWrite(projectId: Int64, by who: String, at: Date,
                                _ body: (Database, Journal, String) throws -> (Milestone, String)) throws -> Saved<Milestone> {
        var customerId: Int64 = 0
        let (milestone, label) = try journaled(by: who, at: at) { db, journal in
            let project = try Self.project(db, projectId)
            customerId = project.customerId
            return try body(db, journal, project.code)
        }
        return Saved(milestone, record: .milestone, customerId: customerId, projectId: projectId, label: label)
    }

    private func milestoneWrite(milestoneId: Int64, by who: String, at: Date,
                                _ body: (Database, Journal, Milestone, String) throws -> (Milestone, String)) throws -> Saved<Milestone> {
        let (milestone, label, customerId) = try writingMilestone(milestoneId: milestoneId, by: who, at: at, body)
        return Saved(milestone, record: .milestone, customerId: customerId, projectId: milestone.projectId, label: label)
    }

    private func writingMilestone<T>(milestoneId: Int64, by who: String, at: Date,
                                     _ body: (Database, Journal, Milestone, String) throws -> (T, String)) throws -> (T, String, Int64) {
        var customerId: Int64 = 0
        let (value, label) = try journaled(by: who, at: at) { db, journal in
            let milestone = try Self.milestone(db, milestoneId)
            let project = try Self.project(db, milestone.projectId)
            customerId = project.customerId
            return try body(db, journal, milestone, project.code)
        }
        return (value, label, customerId)
    }
}
