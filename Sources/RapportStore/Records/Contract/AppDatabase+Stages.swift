import Foundation
import GRDB
import RapportModel

// MARK: - Stages: forward and back, with the gates and the history

extension AppDatabase {
    /// Moves the project to `stage` with `StageRules`: acceptance and later refused while items
    /// block acceptance, closing refused while a milestone is unpaid, moving back from acceptance
    /// reopens the milestones' acceptance where nothing was invoiced. One undo step
    /// (`move CODE to STAGE`); the move goes into the project's history with `note`.
    public func changeStage(projectId: Int64, to stage: ProjectStage, note: String, by who: String,
                            at: Date) throws -> StageChange {
        try writing { db in
            let project = try Self.project(db, projectId)
            let code = project.code
            let current = project.stage
            guard current != stage else { return StageChange(projectId: projectId, projectCode: code, from: current, to: stage) }
            let milestones = try Milestone.fetchAll(db, sql: "SELECT * FROM milestone WHERE project_id = ? ORDER BY id",
                                                    arguments: [projectId])
            if StageRules.isPastGate(stage) {
                let held = milestones.filter(\.awaitsAcceptance).reduce(Int64(0)) { $0 + $1.amountCents }
                try Self.refuseWhileBlocked(db, projectId: projectId, code: code, cents: held)
            }
            try StageRules.checkClosing(to: stage, code: code, milestones: milestones,
                                        paidCents: try Self.paidCents(db, projectIds: [projectId]))
            let journal = try Journal.begin(db, who: who, at: at)
            let reopened = StageRules.reopened(from: current, to: stage, milestones: milestones)
            try journal.willUpdate("milestone", ids: reopened.compactMap(\.id))
            for m in reopened {
                try db.execute(sql: "UPDATE milestone SET accepted_on = ?, accepted_by = ?, released_on = ? WHERE id = ?",
                               arguments: [m.acceptedOn?.iso, m.acceptedBy, m.releasedOn?.iso, m.id])
            }
            try journal.willUpdate("project", ids: [projectId])
            try db.execute(sql: "UPDATE project SET stage = ? WHERE id = ?", arguments: [stage.rawValue, projectId])
            var reason = note.trimmingCharacters(in: .whitespacesAndNewlines)
            if !reopened.isEmpty {
                reason += (reason.isEmpty ? "" : "; ") + "reopened " + reopened.map(\.name).joined(separator: ", ")
            }
            var event = StageEvent(projectId: projectId, at: at, who: who, fromStage: current, toStage: stage, note: reason)
            try event.insert(db)
            try journal.finish(label: "move \(code) to \(stage.rawValue)")
            return StageChange(projectId: projectId, projectCode: code, from: current, to: stage,
                               reopened: reopened.map(\.name))
        }
    }

    /// The project's stage moves, newest first (undo and redo of a move are entries too).
    public func stageHistory(projectId: Int64) throws -> [StageEvent] {
        try read { db in try Self.stageHistory(db, projectId: projectId) }
    }

    static func stageHistory(_ db: Database, projectId: Int64) throws -> [StageEvent] {
        try StageEvent.fetchAll(db, sql: "SELECT * FROM project_stage_event WHERE project_id = ? ORDER BY id DESC",
                                arguments: [projectId])
    }

    /// Writes history entries for the stage moves an undo or redo made (`note`: `undo: LABEL`).
    static func recordReplayedStages(_ db: Database, before: [Int64: String], who: String, at: Date, note: String) throws {
        for (projectId, old) in before {
            guard let new = try String.fetchOne(db, sql: "SELECT stage FROM project WHERE id = ?", arguments: [projectId]),
                  new != old, let to = ProjectStage(rawValue: new) else { continue }
            var event = StageEvent(projectId: projectId, at: at, who: who, fromStage: ProjectStage(rawValue: old), toStage: to,
                                   note: note)
            try event.insert(db)
        }
    }
}
