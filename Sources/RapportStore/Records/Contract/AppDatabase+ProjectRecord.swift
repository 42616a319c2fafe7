import Foundation
import GRDB
import RapportModel

// MARK: - The project view's data, read at once

extension AppDatabase {
    /// The project with its money, milestones, history, site tree and assumptions, from one read.
    public func projectRecord(projectId: Int64, today: LocalDate) throws -> ProjectRecord {
        try read { db in
            let project = try Self.project(db, projectId)
            let customer = try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = ?",
                                               arguments: [project.customerId]) ?? ""
            let (milestones, blockers) = try Self.moneyRows(db, project: project, today: today)
            return ProjectRecord(
                project: project, customerName: customer,
                money: Self.money(project, milestones, blockers: blockers),
                milestones: milestones, history: try Self.stageHistory(db, projectId: projectId),
                locations: try Self.locationTree(db, projectId: projectId),
                assumptions: try Self.assumptionRows(db, projectId: projectId, today: today), blockers: blockers)
        }
    }

    /// The project's money and how many open items block its acceptance, and nothing else of
    /// the record (no history, site tree or assumptions): what `rapport glance` shows of each.
    public func projectMoney(projectId: Int64, today: LocalDate) throws -> (money: ProjectMoney, blockers: Int) {
        try read { db in
            let project = try Self.project(db, projectId)
            let (milestones, blockers) = try Self.moneyRows(db, project: project, today: today)
            return (Self.money(project, milestones, blockers: blockers), blockers)
        }
    }

    private static func moneyRows(_ db: Database, project: Project, today: LocalDate) throws -> ([MilestoneRow], Int) {
        (try milestoneRows(db, projectId: project.id!, today: today), try blockerCount(db, projectId: project.id!))
    }

    private static func money(_ project: Project, _ milestones: [MilestoneRow], blockers: Int) -> ProjectMoney {
        ProjectMoney(contractCents: project.contractCents, standings: milestones.map(\.standing), blockers: blockers)
    }
}
