import Foundation
import RapportModel

/// What a capture form is for (one case of `RecordPurpose`), and reading its values into the write.
public enum CapturePurpose: Equatable, Sendable {
    /// The project and contact are chosen in the form (prefilled from where it was opened).
    case note(customerId: Int64)
    case intel(customerId: Int64, meetingId: Int64?)
    case reviewIntel(id: Int64)
    case opportunity(customerId: Int64, id: Int64?)
    /// The project form of a won opportunity: saved, the project names the opportunity it came from.
    case wonProject(customerId: Int64, opportunityId: Int64)
}

enum CaptureForms {
    static func write(_ purpose: CapturePurpose, _ v: FormValues, _ state: AppState) -> Result<RecordWrite, FieldRefusal> {
        switch purpose {
        case .note(let customerId):
            let kind = v.choice("kind").flatMap(Interaction.Kind.init(rawValue:)) ?? .note
            let day = v.date("on") ?? state.today
            // Logged today it is now; on another day, midday of that day (the hour is not asked).
            let at = day == state.today ? state.now : day.startOfDay(in: state.timeZone).addingTimeInterval(12 * 3600)
            if day > state.today { return .failure(FieldRefusal(field: "on", message: "log what happened: today or before")) }
            let draft = InteractionDraft(kind: kind, customerId: customerId, projectId: v.reference("project"),
                                         contactId: v.reference("contact"),
                                         at: at, subject: v.text("subject"), text: v.text("text"))
            return checked { try draft.cleaned() }.map { .capture(.logInteraction($0)) }
        case let .intel(customerId, meetingId):
            let category = v.choice("category").flatMap(Intel.Category.init(rawValue:)) ?? .other
            let draft = IntelDraft(customerId: customerId, projectId: v.reference("project"), category: category, text: v.text("text"),
                                   meetingId: meetingId, contactId: v.reference("contact"), reviewOn: v.date("review"))
            return checked { try draft.cleaned(today: state.today) }.map { .capture(.addIntel($0, today: state.today)) }
        case .reviewIntel(let id):
            let until = v.date("again")
            if let until, until <= state.today {
                return .failure(FieldRefusal(field: "again", message: "a day after today, or empty"))
            }
            return .success(.capture(.reviewIntel(id: id, on: state.today, until: until)))
        case let .opportunity(customerId, id):
            let draft = OpportunityDraft(customerId: customerId, title: v.text("title"), source: v.text("source"),
                                         estimateCents: v.money("estimate") ?? 0,
                                         stage: v.choice("stage").flatMap(Opportunity.Stage.init(rawValue:)) ?? .idea,
                                         nextStep: v.text("next"), owner: v.text("owner"))
            return checked(else: "title") { try draft.cleaned() }.map { draft in
                .capture(id.map { .editOpportunity(id: $0, draft) } ?? .addOpportunity(draft))
            }
        case let .wonProject(customerId, opportunityId):
            return ProjectForm.write(v, customerId: customerId, id: nil).map { write in
                guard case .addProject(var draft) = write else { return write }
                draft.opportunityId = opportunityId
                return .addProject(draft)
            }
        }
    }

    /// The model's rules, with a refusal put on the field it names.
    private static func checked<T>(else fallback: String = "text", _ clean: () throws -> T) -> Result<T, FieldRefusal> {
        do { return .success(try clean()) } catch {
            if case let .invalidRecord(_, field, reason)? = error as? AppError {
                return .failure(FieldRefusal(field: field, message: reason))
            }
            return .failure(FieldRefusal(field: fallback, message: "\(error)"))
        }
    }
}
