import Foundation
import RapportModel

/// Capture's writes (notes, intel, opportunities), one case of `RecordWrite` so the record
/// forms wait for them like any other record write.
public enum CaptureWrite: Equatable, Sendable {
    case logInteraction(InteractionDraft)
    case addIntel(IntelDraft, today: LocalDate)
    case reviewIntel(id: Int64, on: LocalDate, until: LocalDate?)
    case addOpportunity(OpportunityDraft)
    case editOpportunity(id: Int64, OpportunityDraft)
    case moveOpportunity(id: Int64, to: Opportunity.Stage)
}

/// Runs a capture write against the store and says what it did, in values.
enum CaptureWriter {
    static func perform(_ write: CaptureWrite, on records: any RecordSource, by who: String, at: Date) throws -> WriteOutcome {
        guard let source = records as? any CaptureSource else { throw RecordsUnavailable() }
        switch write {
        case .logInteraction(let draft):
            return outcome(try source.logInteraction(draft, by: who, at: at))
        case let .addIntel(draft, today):
            return outcome(try source.addIntel(draft, today: today, by: who, at: at))
        case let .reviewIntel(id, day, until):
            return outcome(try source.reviewIntel(intelId: id, on: day, until: until, by: who, at: at))
        case .addOpportunity(let draft):
            return outcome(try source.addOpportunity(draft, by: who, at: at))
        case let .editOpportunity(id, draft):
            return outcome(try source.editOpportunity(opportunityId: id, draft, by: who, at: at))
        case let .moveOpportunity(id, stage):
            let saved = try source.moveOpportunity(opportunityId: id, to: stage, by: who, at: at)
            // A sale won and not yet a project goes on to the project form ("Contract to cash").
            let won = stage == .won && saved.value.projectId == nil && !saved.changedNothing
            return outcome(saved, then: won ? .wonOpportunity(saved.value) : nil)
        }
    }

    private static func outcome<T>(_ saved: Saved<T>, then: SavedFollowUp? = nil) -> WriteOutcome {
        .saved(label: saved.label, touched: saved.touched, then: then)
    }
}
