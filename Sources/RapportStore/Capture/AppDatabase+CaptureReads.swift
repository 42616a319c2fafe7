import Foundation
import GRDB
import RapportModel

// MARK: - Capture's reads: notes, intel and opportunities as the views and the CLI list them

extension AppDatabase: CaptureSource {
    public func customerCapture(customerId: Int64, today: LocalDate, limit: Int) throws -> CustomerCapture {
        try read { db in
            _ = try Self.customer(db, customerId)
            return CustomerCapture(customerId: customerId,
                                   interactions: try Self.interactionRows(db, customerId: customerId, projectId: nil, limit: limit),
                                   intel: try Self.intelRows(db, customerId: customerId, dueOnly: false, today: today),
                                   opportunities: try Self.opportunityRows(db, customerId: customerId, openOnly: false))
        }
    }

    public func interactions(customerId: Int64?, projectId: Int64?, limit: Int) throws -> [InteractionRow] {
        try read { db in try Self.interactionRows(db, customerId: customerId, projectId: projectId, limit: limit) }
    }

    public func intel(customerId: Int64?, dueOnly: Bool, today: LocalDate) throws -> [IntelRow] {
        try read { db in try Self.intelRows(db, customerId: customerId, dueOnly: dueOnly, today: today) }
    }

    public func intel(meetingId: Int64, today: LocalDate) throws -> [IntelRow] {
        try read { db in try Self.intelRows(db, customerId: nil, dueOnly: false, today: today, meetingId: meetingId) }
    }

    public func opportunities(customerId: Int64?, openOnly: Bool) throws -> [OpportunityRow] {
        try read { db in try Self.opportunityRows(db, customerId: customerId, openOnly: openOnly) }
    }

    static let loggedKindsSQL = InteractionDraft.loggedKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The logged notes and calls, newest first, of a customer (`?1`) and/or a project (`?2`), at
    /// most `?3`. Only the conditions given are written: `?1 IS NULL OR customer_id = ?1` would
    /// keep SQLite off the (customer_id, at) index and read every interaction, sorted.
    static func interactionRowsSQL(customer: Bool, project: Bool) -> String {
        let conditions = ["i.kind IN (\(loggedKindsSQL))"] + (customer ? ["i.customer_id = ?1"] : [])
            + (project ? ["i.project_id = ?2"] : [])
        return """
            SELECT i.*, p.code AS project_code, c.name AS contact_name FROM interaction i
            LEFT JOIN project p ON p.id = i.project_id LEFT JOIN contact c ON c.id = i.contact_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY i.at DESC, i.id DESC LIMIT ?3
            """
    }

    static func interactionRows(_ db: Database, customerId: Int64?, projectId: Int64?, limit: Int) throws -> [InteractionRow] {
        if let customerId { _ = try customer(db, customerId) }
        if let projectId { _ = try project(db, projectId) }
        return try Row.fetchAll(db, cached: interactionRowsSQL(customer: customerId != nil, project: projectId != nil),
                                arguments: [customerId, projectId, limit]).map { row in
            InteractionRow(interaction: try Interaction(row: row), projectCode: row["project_code"], contactName: row["contact_name"])
        }
    }

    /// Due first (oldest review-by day first), then the rest newest first.
    static func intelRows(_ db: Database, customerId: Int64?, dueOnly: Bool, today: LocalDate,
                          meetingId: Int64? = nil) throws -> [IntelRow] {
        if let customerId { _ = try customer(db, customerId) }
        // Only the conditions given are written, so a meeting's intel comes from its index, not a scan of all.
        let rows = try Row.fetchAll(db, cached: """
            SELECT n.*, cu.name AS customer_name, m.title AS meeting_title, c.name AS contact_name FROM intel n
            JOIN customer cu ON cu.id = n.customer_id
            LEFT JOIN meeting m ON m.id = n.meeting_id LEFT JOIN contact c ON c.id = n.contact_id
            WHERE \(customerId == nil ? "?1 IS NULL" : "n.customer_id = ?1") AND \(meetingId == nil ? "?4 IS NULL" : "n.meeting_id = ?4")
              AND (NOT ?2 OR (n.review_on <= ?3 AND (n.reviewed_on IS NULL OR n.reviewed_on < n.review_on)))
            ORDER BY n.at DESC, n.id DESC
            """, arguments: [customerId, dueOnly, today.iso, meetingId]).map { row in
            let intel = try Intel(row: row)
            return IntelRow(intel: intel, customerName: row["customer_name"], meetingTitle: row["meeting_title"],
                            contactName: row["contact_name"], isDue: intel.isDueForReview(on: today))
        }
        let due = rows.filter(\.isDue).sorted { ($0.intel.reviewOn!, $0.id) < ($1.intel.reviewOn!, $1.id) }
        return due + rows.filter { !$0.isDue }
    }

    /// Open ones first, furthest along first (then the larger estimate), then won, then lost.
    static func opportunityRows(_ db: Database, customerId: Int64?, openOnly: Bool) throws -> [OpportunityRow] {
        if let customerId { _ = try customer(db, customerId) }
        let rows = try Row.fetchAll(db, cached: """
            SELECT o.*, cu.name AS customer_name, p.code AS project_code FROM opportunity o
            JOIN customer cu ON cu.id = o.customer_id LEFT JOIN project p ON p.id = o.project_id
            WHERE \(customerId == nil ? "?1 IS NULL" : "o.customer_id = ?1") AND (NOT ?2 OR o.stage NOT IN ('won', 'lost'))
            """, arguments: [customerId, openOnly]).map { row in
            OpportunityRow(opportunity: try Opportunity(row: row), customerName: row["customer_name"], projectCode: row["project_code"])
        }
        let order = Opportunity.Stage.allCases
        func rank(_ row: OpportunityRow) -> (Int, Int, Int64, String, Int64) {
            let o = row.opportunity
            let stage = order.firstIndex(of: o.stage) ?? 0
            return (o.stage.isOpen ? 0 : stage, -stage, -o.estimateCents, row.customerName, row.id)
        }
        return rows.sorted { rank($0) < rank($1) }
    }

    static func intel(_ db: Database, _ id: Int64) throws -> Intel {
        guard let intel = try Intel.fetchOne(db, cached: "SELECT * FROM intel WHERE id = ?", arguments: [id]) else {
            throw AppError.invalidRecord(record: "intel", field: "id", reason: "there is no intel #\(id)")
        }
        return intel
    }

    static func opportunity(_ db: Database, _ id: Int64) throws -> Opportunity {
        guard let o = try Opportunity.fetchOne(db, cached: "SELECT * FROM opportunity WHERE id = ?", arguments: [id]) else {
            throw AppError.opportunityRefused(id: id, reason: "there is no such opportunity")
        }
        return o
    }
}
