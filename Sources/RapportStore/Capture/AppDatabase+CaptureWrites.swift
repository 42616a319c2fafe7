import Foundation
import GRDB
import RapportModel

// MARK: - Capture's writes: each one transaction and one undo step

extension AppDatabase {
    public func logInteraction(_ draft: InteractionDraft, by who: String, at: Date) throws -> Saved<Interaction> {
        let draft = try draft.cleaned()
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            let customer = try Self.customer(db, draft.customerId)
            try Self.checkOwners(db, customerId: draft.customerId, projectId: draft.projectId, contactId: draft.contactId,
                                 record: "note")
            var note = Interaction(customerId: draft.customerId, projectId: draft.projectId, contactId: draft.contactId,
                                   kind: draft.kind, at: draft.at, subject: draft.subject, body: draft.text,
                                   sentiment: draft.sentiment.score)
            try note.insert(db)
            try journal.didInsert("interaction", id: note.id!)
            return (note, "log \(draft.kind.rawValue) with \(customer.name)")
        }
        return Saved(saved, record: .interaction, customerId: saved.customerId, projectId: saved.projectId, label: label)
    }

    public func addIntel(_ draft: IntelDraft, today: LocalDate, by who: String, at: Date) throws -> Saved<Intel> {
        let draft = try draft.cleaned(today: today)
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            let customer = try Self.customer(db, draft.customerId)
            try Self.checkOwners(db, customerId: draft.customerId, projectId: draft.projectId, contactId: draft.contactId,
                                 record: "intel")
            if let meetingId = draft.meetingId {
                let owner = try Row.fetchOne(db, sql: """
                    SELECT m.customer_id, p.customer_id FROM meeting m LEFT JOIN project p ON p.id = m.project_id WHERE m.id = ?
                    """, arguments: [meetingId])
                guard let owner else { throw AppError.missingMeeting(id: meetingId) }
                let customers = [owner[0] as Int64?, owner[1] as Int64?].compactMap { $0 }
                if !customers.isEmpty, !customers.contains(draft.customerId) {
                    throw AppError.invalidRecord(record: "intel", field: "meeting", reason: "that meeting is another customer's")
                }
            }
            var intel = Intel(customerId: draft.customerId, projectId: draft.projectId, contactId: draft.contactId,
                              category: draft.category, text: draft.text, capturedBy: who, at: at, reviewOn: draft.reviewOn,
                              meetingId: draft.meetingId)
            try intel.insert(db)
            try journal.didInsert("intel", id: intel.id!)
            return (intel, "capture \(draft.category.rawValue) intel on \(customer.name)")
        }
        return Saved(saved, record: .intel, customerId: saved.customerId, label: label)
    }

    public func reviewIntel(intelId: Int64, on day: LocalDate, until: LocalDate?, by who: String, at: Date) throws -> Saved<Intel> {
        if let until, until <= day {
            throw AppError.invalidRecord(record: "intel", field: "review", reason: "look at it again after \(day.iso), not \(until.iso)")
        }
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            var intel = try Self.intel(db, intelId)
            try journal.willUpdate("intel", ids: [intelId])
            intel.reviewedOn = day
            if let until { intel.reviewOn = until }
            try intel.update(db)
            return (intel, "review intel #\(intelId)" + (until.map { ", again \($0.iso)" } ?? ""))
        }
        return Saved(saved, record: .intel, customerId: saved.customerId, label: label)
    }

    public func addOpportunity(_ draft: OpportunityDraft, by who: String, at: Date) throws -> Saved<Opportunity> {
        let draft = try draft.cleaned()
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            _ = try Self.customer(db, draft.customerId)
            var o = Opportunity(customerId: draft.customerId, source: draft.source, title: draft.title,
                                estimateCents: draft.estimateCents, stage: draft.stage, nextStep: draft.nextStep, owner: draft.owner)
            try o.insert(db)
            try journal.didInsert("opportunity", id: o.id!)
            return (o, "add opportunity \(draft.title)")
        }
        return Saved(saved, record: .opportunity, customerId: saved.customerId, label: label)
    }

    public func editOpportunity(opportunityId: Int64, _ draft: OpportunityDraft, by who: String,
                                at: Date) throws -> Saved<Opportunity> {
        let draft = try draft.cleaned()
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            var o = try Self.opportunity(db, opportunityId)
            _ = try Self.customer(db, draft.customerId)
            try Self.refuseUnwinning(o, to: draft.stage)
            try journal.willUpdate("opportunity", ids: [opportunityId])
            o.customerId = draft.customerId
            o.title = draft.title
            o.source = draft.source
            o.estimateCents = draft.estimateCents
            o.stage = draft.stage
            o.nextStep = draft.nextStep
            o.owner = draft.owner
            try o.update(db)
            return (o, "edit opportunity \(o.title)")
        }
        return Saved(saved, record: .opportunity, customerId: saved.customerId, label: label)
    }

    public func moveOpportunity(opportunityId: Int64, to stage: Opportunity.Stage, by who: String,
                                at: Date) throws -> Saved<Opportunity> {
        let (saved, label) = try journaled(by: who, at: at) { db, journal in
            var o = try Self.opportunity(db, opportunityId)
            try Self.refuseUnwinning(o, to: stage)
            let from = o.stage
            try journal.willUpdate("opportunity", ids: [opportunityId])
            o.stage = stage
            try o.update(db)
            return (o, "move opportunity \(o.title): \(from.rawValue) → \(stage.rawValue)")
        }
        return Saved(saved, record: .opportunity, customerId: saved.customerId, label: label)
    }

    /// A won opportunity that became a project keeps its stage: the project is the sale now.
    private static func refuseUnwinning(_ o: Opportunity, to stage: Opportunity.Stage) throws {
        if o.projectId != nil, stage != .won {
            throw AppError.invalidRecord(record: "opportunity", field: "stage",
                                         reason: "it became a project already and stays won")
        }
    }

    /// The project and contact a record points at must be the customer's own.
    private static func checkOwners(_ db: Database, customerId: Int64, projectId: Int64?, contactId: Int64?,
                                    record: String) throws {
        if let projectId, try project(db, projectId).customerId != customerId {
            throw AppError.invalidRecord(record: record, field: "project", reason: "that project is another customer's")
        }
        if let contactId, try contact(db, contactId).customerId != customerId {
            throw AppError.invalidRecord(record: record, field: "contact", reason: "that contact works for another customer")
        }
    }
}
