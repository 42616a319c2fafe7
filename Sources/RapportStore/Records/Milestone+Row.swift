import Foundation
import GRDB
import RapportModel

extension Milestone {
    /// The columns `init(milestoneRow:)` reads, in its order, from `milestone` aliased `m`.
    static let milestoneColumns = """
        m.id, m.project_id, m.name, m.kind, m.amount_cents, m.due_on, m.payment, m.requires_acceptance,
        m.accepted_on, m.accepted_by, m.invoiced_on, m.invoice_number, m.released_on
        """

    /// Reads a row that starts with `milestoneColumns`, by position: the Codable decoding took
    /// most of the customer view's time (snake-case names converted on every row).
    init(milestoneRow row: Row) {
        func day(_ i: Int) -> LocalDate? { (row[i] as String?).flatMap { LocalDate(iso: $0) } }
        self.init(id: row[0], projectId: row[1], name: row[2], kind: Kind(rawValue: row[3]) ?? .progress,
                  amountCents: row[4], dueOn: day(5), payment: Payment(rawValue: row[6]) ?? .notInvoiced,
                  requiresAcceptance: row[7], acceptedOn: day(8), acceptedBy: row[9], invoicedOn: day(10),
                  invoiceNumber: row[11], releasedOn: day(12))
    }
}

extension Assumption {
    /// The columns `init(assumptionRow:)` reads, in its order, from `assumption` aliased `a`.
    static let assumptionColumns = """
        a.id, a.project_id, a.text, a.owner, a.review_on, a.status, a.reviewed_on, a.reviewed_by, a.note,
        a.punch_item_id, a.change_note_id
        """

    /// Reads a row that starts with `assumptionColumns`, by position (as `Milestone(milestoneRow:)`).
    init(assumptionRow row: Row) {
        func day(_ i: Int) -> LocalDate? { (row[i] as String?).flatMap { LocalDate(iso: $0) } }
        self.init(id: row[0], projectId: row[1], text: row[2], owner: row[3], reviewOn: day(4),
                  status: Status(rawValue: row[5]) ?? .open, reviewedOn: day(6), reviewedBy: row[7], note: row[8],
                  punchItemId: row[9], changeNoteId: row[10])
    }
}

extension LocationFact {
    /// The columns `init(factRow:)` reads, in its order, from `location_fact` aliased `f`.
    static let factColumns = "f.id, f.location_id, f.key, f.value, f.verified"

    init(factRow row: Row) {
        self.init(id: row[0], locationId: row[1], key: row[2], value: row[3], verified: row[4])
    }
}
