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

    /// Each project's money and how many open items block its acceptance, and nothing else of
    /// the record (no history, site tree, assumptions or payments): what `rapport glance` shows
    /// of a customer's projects, in four statements whatever their number (a record a project
    /// prepared some six). Unknown ids are left out.
    public func projectsMoney(projectIds: [Int64], today: LocalDate) throws -> [Int64: (money: ProjectMoney, blockers: Int)] {
        guard !projectIds.isEmpty else { return [:] }
        return try read { db in
            let list = Journal.jsonArray(projectIds)
            let standings = try Self.standings(db, projectIds: projectIds, today: today)
            var blockers: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT project_id, COUNT(*) FROM punch_item
                WHERE project_id IN (SELECT value FROM json_each(?)) AND status IN (\(PunchSQL.openStatuses)) AND blocks_acceptance
                GROUP BY project_id
                """, arguments: [list]) {
                blockers[row[0]] = row[1]
            }
            var result: [Int64: (money: ProjectMoney, blockers: Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, contract_cents FROM project WHERE id IN (SELECT value FROM json_each(?))",
                                        arguments: [list]) {
                let id: Int64 = row[0], count = blockers[id] ?? 0
                result[id] = (ProjectMoney(contractCents: row[1], standings: standings[id] ?? [], blockers: count), count)
            }
            return result
        }
    }
}
