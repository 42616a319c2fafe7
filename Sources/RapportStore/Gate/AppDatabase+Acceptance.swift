import Foundation
import GRDB
import RapportModel

// MARK: - The acceptance gate: punch to cash

extension AppDatabase {
    /// The project with its milestones, what blocks each one and the money it holds back, and
    /// the assumptions still open.
    public func projectDetail(projectId: Int64) throws -> ProjectDetail {
        try read { db in
            guard let project = try Project.fetchOne(db, sql: "SELECT * FROM project WHERE id = ?", arguments: [projectId])
            else { throw AppError.missingProject(id: projectId) }
            let customer = try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = ?",
                                               arguments: [project.customerId]) ?? ""
            let blockers = try Self.blockers(db, projectId: projectId)
            let milestones = try Milestone.fetchAll(db, sql: """
                SELECT * FROM milestone WHERE project_id = ? ORDER BY due_on IS NULL, due_on, id
                """, arguments: [projectId]).map { milestone in
                let gated = milestone.requiresAcceptance && milestone.acceptedOn == nil && !blockers.isEmpty
                return MilestoneGate(milestone: milestone, blockers: gated ? blockers : [],
                                     heldBackCents: gated ? milestone.amountCents : 0)
            }
            let assumptions = try Assumption.fetchAll(db, sql: """
                SELECT * FROM assumption WHERE project_id = ? AND status = 'open' ORDER BY review_on IS NULL, review_on, id
                """, arguments: [projectId])
            return ProjectDetail(project: project, customerName: customer, milestones: milestones,
                                 openAssumptions: assumptions)
        }
    }

    /// Moves the project to `stage` under the stage rules (`changeStage`, without a note).
    @discardableResult
    public func setProjectStage(projectId: Int64, stage: ProjectStage, by who: String, at: Date) throws -> StageChange {
        try changeStage(projectId: projectId, to: stage, note: "", by: who, at: at)
    }

    /// Records that the customer accepted the milestone's scope, by whom and on which day; one
    /// undo step. Refused while items that block acceptance are open; recording it again
    /// replaces who and when.
    @discardableResult
    public func recordAcceptance(milestoneId: Int64, by who: String, on day: LocalDate, at: Date) throws -> AcceptanceRecord {
        try writing { db in
            guard let milestone = try Milestone.fetchOne(db, sql: "SELECT * FROM milestone WHERE id = ?",
                                                         arguments: [milestoneId])
            else { throw AppError.missingMilestone(id: milestoneId) }
            let code = try Self.projectCode(db, milestone.projectId)
            try Self.refuseWhileBlocked(db, projectId: milestone.projectId, code: code, cents: milestone.amountCents)
            let journal = try Journal.begin(db, who: who, at: at)
            try journal.willUpdate("milestone", ids: [milestoneId])
            try db.execute(sql: "UPDATE milestone SET accepted_on = ?, accepted_by = ? WHERE id = ?",
                           arguments: [day.iso, who, milestoneId])
            try journal.finish(label: "record acceptance of \(milestone.name) (\(code))")
            return AcceptanceRecord(milestoneId: milestoneId, milestoneName: milestone.name,
                                    projectId: milestone.projectId, projectCode: code, day: day, by: who)
        }
    }

    /// The id of the project with this code (exact, else the only one that differs in case).
    public func projectId(code: String) throws -> Int64 {
        try read { db in
            let ids = try Row.fetchAll(db, sql: "SELECT id, code FROM project WHERE code = ? COLLATE NOCASE",
                                       arguments: [code])
            if let exact = ids.first(where: { ($0["code"] as String) == code }) { return exact["id"] }
            guard ids.count == 1 else { throw AppError.unknownProject(code) }
            return ids[0]["id"]
        }
    }

    // MARK: - Blockers

    /// The project's open items that block acceptance, by number.
    static func blockers(_ db: Database, projectId: Int64) throws -> [PunchRow] {
        try Row.fetchAll(db, sql: """
            SELECT \(punchRowColumns)
            FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
            WHERE i.project_id = ? AND i.status IN (\(PunchSQL.openStatuses)) AND i.blocks_acceptance
            ORDER BY i.number
            """, arguments: [projectId]).map(punchRow)
    }

    static func refuseWhileBlocked(_ db: Database, projectId: Int64, code: String, cents: Int64) throws {
        let numbers = try Int.fetchAll(db, sql: """
            SELECT number FROM punch_item
            WHERE project_id = ? AND status IN (\(PunchSQL.openStatuses)) AND blocks_acceptance ORDER BY number
            """, arguments: [projectId])
        guard !numbers.isEmpty else { return }
        throw AppError.acceptanceBlocked(project: code, items: numbers.count, first: Array(numbers.prefix(5)), cents: cents)
    }
}
