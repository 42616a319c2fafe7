import Foundation
import GRDB
import RapportModel

// MARK: - The assumptions register: review dates, reviews, and what an invalid one raises

extension AppDatabase {
    public func assumptions(projectId: Int64, today: LocalDate) throws -> [AssumptionRow] {
        try read { db in try Self.assumptionRows(db, projectId: projectId, today: today) }
    }

    /// Due first (oldest review day first), then open ones by review day (undated last), then
    /// confirmed and invalid ones, newest review first.
    static func assumptionRows(_ db: Database, projectId: Int64, today: LocalDate) throws -> [AssumptionRow] {
        let project = try project(db, projectId)
        let rows = try Assumption.fetchAll(db, sql: "SELECT * FROM assumption WHERE project_id = ? ORDER BY id",
                                           arguments: [projectId])
            .map { AssumptionRow(assumption: $0, projectCode: project.code, projectName: project.name, isDue: $0.isDue(on: today)) }
        let never = LocalDate(year: 9999, month: 12, day: 31)
        func rank(_ row: AssumptionRow) -> (Int, Int, Int64) {
            let a = row.assumption
            if a.status == .open { return (row.isDue ? 0 : 1, (a.reviewOn ?? never).dayNumber, a.id!) }
            return (2, -(a.reviewedOn?.dayNumber ?? 0), a.id!)
        }
        return rows.sorted { rank($0) < rank($1) }
    }

    public func assumptionsDue(today: LocalDate) throws -> [AssumptionRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, p.code AS project_code, p.name AS project_name
                FROM assumption a JOIN project p ON p.id = a.project_id
                WHERE a.status = 'open' AND a.review_on <= ?
                ORDER BY a.review_on, p.code, a.id
                """, arguments: [today.iso]).map { row in
                AssumptionRow(assumption: try Assumption(row: row), projectCode: row["project_code"],
                              projectName: row["project_name"], isDue: true)
            }
        }
    }

    // MARK: - Writes

    public func addAssumption(projectId: Int64, _ draft: AssumptionDraft, by who: String, at: Date) throws -> Saved<Assumption> {
        let draft = try draft.cleaned()
        return try assumptionWrite(projectId: projectId, by: who, at: at) { db, journal, code in
            var assumption = Assumption(projectId: projectId, text: draft.text, owner: draft.owner, reviewOn: draft.reviewOn)
            try assumption.insert(db)
            try journal.didInsert("assumption", id: assumption.id!)
            return (assumption, "add assumption to \(code)")
        }
    }

    /// The text, owner and review day; `status` (when given) sets it outright, e.g. back to open
    /// to review it again. The last review's record stays.
    public func editAssumption(assumptionId: Int64, _ draft: AssumptionDraft, status: Assumption.Status?, by who: String,
                               at: Date) throws -> Saved<Assumption> {
        let draft = try draft.cleaned()
        let projectId = try read { db in try Self.assumption(db, assumptionId).projectId }
        return try assumptionWrite(projectId: projectId, by: who, at: at) { db, journal, code in
            var assumption = try Self.assumption(db, assumptionId)
            try journal.willUpdate("assumption", ids: [assumptionId])
            assumption.text = draft.text
            assumption.owner = draft.owner
            assumption.reviewOn = draft.reviewOn
            if let status { assumption.status = status }
            try assumption.update(db)
            return (assumption, "edit assumption of \(code)")
        }
    }

    /// Applies the review (`AssumptionReview.applied`); an invalid assumption may raise a punch
    /// item ("Assumption invalid: TEXT", its detail what it changes) or a change note on the
    /// customer's history. All of it is one undo step.
    public func reviewAssumption(assumptionId: Int64, _ review: AssumptionReview, on day: LocalDate, by who: String,
                                 at: Date) throws -> Saved<ReviewedAssumption> {
        var also: Set<DataArea> = []
        var customerId: Int64 = 0
        let (reviewed, label) = try journaled(by: who, at: at) { db, journal in
            let old = try Self.assumption(db, assumptionId)
            let project = try Self.project(db, old.projectId)
            customerId = project.customerId
            var new = try review.applied(to: old, by: who, on: day)
            var result = ReviewedAssumption(assumption: new)
            let verb: String
            switch review {
            case .confirm: verb = "confirm"
            case .postpone(let until, _): verb = "postpone to \(until.iso)"
            case .invalidate(_, let raise):
                verb = "invalidate"
                switch raise {
                case .nothing: break
                case .punchItem(let blocks):
                    let draft = PunchDraft(title: String("Assumption invalid: \(old.text)".prefix(PunchLimits.title)),
                                           detail: new.note, blocksAcceptance: blocks, source: .walkthrough)
                    let item = try PunchWriter(db: db, journal: journal, who: who, at: at).insert(draft, into: project.id!)
                    new.punchItemId = item.id
                    result.punchItem = item
                    also.formUnion(DataArea.punchItems(of: project.id!))
                case .changeNote:
                    var note = Interaction(customerId: project.customerId, projectId: project.id, kind: .note, at: at,
                                           subject: "Change note (\(project.code)): \(old.text)", body: new.note)
                    try note.insert(db)
                    try journal.didInsert("interaction", id: note.id!)
                    new.changeNoteId = note.id
                    result.changeNoteId = note.id
                    also.insert(.customer(customerId: project.customerId))
                }
            }
            try journal.willUpdate("assumption", ids: [assumptionId])
            try new.update(db)
            result.assumption = new
            return (result, "\(verb) assumption of \(project.code)")
        }
        return Saved(reviewed, record: .assumption, customerId: customerId, projectId: reviewed.assumption.projectId,
                     label: label, also: also)
    }

    private func assumptionWrite(projectId: Int64, by who: String, at: Date,
                                 _ body: (Database, Journal, String) throws -> (Assumption, String)) throws -> Saved<Assumption> {
        var customerId: Int64 = 0
        let (assumption, label) = try journaled(by: who, at: at) { db, journal in
            let project = try Self.project(db, projectId)
            customerId = project.customerId
            return try body(db, journal, project.code)
        }
        return Saved(assumption, record: .assumption, customerId: customerId, projectId: projectId, label: label)
    }
}
