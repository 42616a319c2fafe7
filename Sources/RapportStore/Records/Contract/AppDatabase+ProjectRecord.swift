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
            let milestones = try Self.milestoneRows(db, projectId: projectId, today: today)
            let blockers = try Self.blockerCount(db, projectId: projectId)
            return ProjectRecord(
                project: project, customerName: customer,
                money: ProjectMoney(contractCents: project.contractCents, standings: milestones.map(\.standing),
                                    blockers: blockers),
                milestones: milestones, history: try Self.stageHistory(db, projectId: projectId),
                locations: try Self.locationTree(db, projectId: projectId),
                assumptions: try Self.assumptionRows(db, projectId: projectId, today: today), blockers: blockers)
        }
    }
}
