import Foundation
import GRDB
import RapportModel

// MARK: - Projects from the sale: codes, fields, and the payment schedule

extension AppDatabase {
    public func suggestedProjectCode(customerId: Int64) throws -> String {
        try read { db in try Self.suggestedCode(db, customerName: try Self.customer(db, customerId).name) }
    }

    static func suggestedCode(_ db: Database, customerName: String) throws -> String {
        let prefix = ProjectCode.prefix(customerName)
        let taken = try String.fetchAll(db, sql: "SELECT code FROM project WHERE code LIKE ? ESCAPE '\\'",
                                        arguments: [prefix.replacingOccurrences(of: "_", with: "\\_") + "-%"])
        return ProjectCode.suggest(customerName: customerName, existing: taken)
    }

    /// The projects list page (as `projects(offset:limit:)`) with each project's assumptions due.
    public func projects(offset: Int, limit: Int, today: LocalDate) throws -> [ProjectRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.code, p.name, p.customer_id, c.name AS customer_name, p.stage,
                       IFNULL((SELECT open FROM project_punch_count WHERE project_id = p.id), 0) AS open_punch,
                       (SELECT COUNT(*) FROM assumption a
                        WHERE a.project_id = p.id AND a.status = 'open' AND a.review_on <= ?) AS due,
                       \(Self.storedScoreSQL) AS stored_score
                FROM project p JOIN customer c ON c.id = p.customer_id
                WHERE p.id IN (SELECT id FROM project ORDER BY code LIMIT ? OFFSET ?)
                ORDER BY p.code
                """, arguments: [today.iso, limit, offset]).map { row in
                ProjectRow(id: row[0], code: row[1], name: row[2], customerId: row[3], customerName: row[4],
                           stage: ProjectStage(rawValue: row[5]) ?? .sold, openPunch: row[6], assumptionsDue: row[7],
                           storedScore: row[8])
            }
        }
    }

    /// A new project at `sold` with its schedule's milestones and a first history entry; one
    /// undo step. An empty code takes the suggested one; a won opportunity records the project.
    public func addProject(_ draft: ProjectDraft, by who: String, at: Date) throws -> Saved<NewProject> {
        let draft = try draft.cleaned()
        let (created, label) = try journaled(by: who, at: at) { db, journal in
            let customer = try Self.customer(db, draft.customerId)
            if customer.archivedOn != nil {
                throw AppError.customerRefused(name: customer.name, reason: "is archived; restore it to add a project")
            }
            let code = draft.code.isEmpty ? try Self.suggestedCode(db, customerName: customer.name) : draft.code
            try Self.refuseTakenCode(db, code, except: nil)
            var project = Project(customerId: customer.id!, code: code, name: draft.name, stage: .sold,
                                  contractCents: draft.contractCents, signedOn: draft.signedOn, targetOn: draft.targetOn,
                                  pm: draft.pm, salesRep: draft.salesRep, concerns: draft.concerns, scope: draft.scope)
            try project.insert(db)
            try journal.didInsert("project", id: project.id!)
            var milestones: [Milestone] = []
            for line in draft.schedule?.lines ?? [] {
                var milestone = Milestone(projectId: project.id!, name: line.name.trimmingCharacters(in: .whitespacesAndNewlines), kind: line.kind,
                                          amountCents: line.amountCents, dueOn: line.dueOn,
                                          requiresAcceptance: line.requiresAcceptance)
                try milestone.insert(db)
                try journal.didInsert("milestone", id: milestone.id!)
                milestones.append(milestone)
            }
            if let opportunityId = draft.opportunityId {
                try Self.linkOpportunity(db, journal, id: opportunityId, customerId: customer.id!, projectId: project.id!)
            }
            var event = StageEvent(projectId: project.id!, at: at, who: who, fromStage: nil, toStage: .sold, note: "created")
            try event.insert(db)
            return (NewProject(project: project, milestones: milestones), "add project \(code)")
        }
        return Saved(created, record: .project, customerId: created.project.customerId, projectId: created.project.id,
                     label: label, also: [.customers])
    }

    /// The project's fields; its stage and milestones change through their own writes. A
    /// changed contract value may leave the schedule off: the project's money says by how much.
    public func editProject(projectId: Int64, _ draft: ProjectDraft, by who: String, at: Date) throws -> Saved<Project> {
        var draft = draft
        draft.schedule = nil
        let cleaned = try draft.cleaned()
        var formerCustomer: Int64 = 0
        let (project, label) = try journaled(by: who, at: at) { db, journal in
            var project = try Self.project(db, projectId)
            formerCustomer = project.customerId
            _ = try Self.customer(db, cleaned.customerId)
            let code = cleaned.code.isEmpty ? project.code : cleaned.code
            try Self.refuseTakenCode(db, code, except: projectId)
            try journal.willUpdate("project", ids: [projectId])
            project.customerId = cleaned.customerId
            project.code = code
            project.name = cleaned.name
            project.contractCents = cleaned.contractCents
            project.signedOn = cleaned.signedOn
            project.targetOn = cleaned.targetOn
            project.pm = cleaned.pm
            project.salesRep = cleaned.salesRep
            project.concerns = cleaned.concerns
            project.scope = cleaned.scope
            try project.update(db)
            return (project, "edit project \(code)")
        }
        // A project moved to another customer leaves the former one's view stale too.
        let moved: Set<DataArea> = formerCustomer == project.customerId ? [] : [.customer(customerId: formerCustomer), .customers]
        return Saved(project, record: .project, customerId: project.customerId, projectId: projectId, label: label, also: moved)
    }

    private static func refuseTakenCode(_ db: Database, _ code: String, except id: Int64?) throws {
        if try Int64.fetchOne(db, sql: "SELECT id FROM project WHERE code = ? COLLATE NOCASE AND id IS NOT ?",
                              arguments: [code, id]) != nil {
            throw AppError.duplicateProjectCode(code: code)
        }
    }

    /// Records on a won opportunity of the customer which project it became.
    private static func linkOpportunity(_ db: Database, _ journal: Journal, id: Int64, customerId: Int64,
                                        projectId: Int64) throws {
        guard let opportunity = try Opportunity.fetchOne(db, sql: "SELECT * FROM opportunity WHERE id = ?", arguments: [id])
        else { throw AppError.opportunityRefused(id: id, reason: "there is no such opportunity") }
        if opportunity.customerId != customerId {
            throw AppError.opportunityRefused(id: id, reason: "it is another customer's")
        }
        if opportunity.stage != .won {
            throw AppError.opportunityRefused(id: id, reason: "it is at \(opportunity.stage.rawValue), not won")
        }
        if let other = opportunity.projectId {
            throw AppError.opportunityRefused(id: id, reason: "it became project \(try projectCode(db, other)) already")
        }
        try journal.willUpdate("opportunity", ids: [id])
        try db.execute(sql: "UPDATE opportunity SET project_id = ? WHERE id = ?", arguments: [projectId, id])
    }
}
