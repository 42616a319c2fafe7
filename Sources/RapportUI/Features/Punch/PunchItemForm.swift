import Foundation
import RapportModel

/// The `e` form: every field of one punch item, typed, on the record form. Status is not here:
/// it moves only along the workflow (`>` / `<`), so rejections are counted.
enum PunchItemForm {
    static let courts = ["us", "customer", "sub"]

    static func make(_ detail: PunchDetail) -> RecordForm {
        let item = detail.item
        let original = PunchDraft(title: item.title, detail: item.detail, location: detail.locationPath,
                                  category: item.category, priority: item.priority, status: item.status,
                                  assignee: item.assignee, dueOn: item.dueOn, blocksAcceptance: item.blocksAcceptance,
                                  ballInCourt: item.ballInCourt, source: item.source, number: item.number)
        let form = Form(title: "Edit \(detail.projectCode) #\(item.number)", fields: [
            .init(id: "title", label: "Title", text: item.title, required: true),
            .init(id: "location", label: "Location", text: detail.locationPath ?? "", placeholder: "HQ / Floor 3 / Board Room"),
            .init(id: "priority", label: "Priority", text: item.priority.label, kind: .choice(Priority.allCases.map(\.label))),
            .init(id: "category", label: "Category", text: item.category.rawValue,
                  kind: .choice(PunchCategory.allCases.map(\.rawValue))),
            .init(id: "assignee", label: "Assignee", text: item.assignee),
            .init(id: "due", label: "Due", text: item.dueOn?.iso ?? "", kind: .date),
            .init(id: "blocking", label: "Blocks acceptance", text: item.blocksAcceptance ? "yes" : "no", kind: .flag),
            .init(id: "court", label: "Ball in court", text: item.ballInCourt, kind: .choice(courts)),
            .init(id: "detail", label: "Detail", text: item.detail, kind: .text, placeholder: "Enter starts a new line"),
        ])
        return RecordForm(form: form, purpose: .editPunchItem(id: item.id ?? 0, original: original))
    }

    /// The draft the values give over `original`, checked by the model's rules (length limits,
    /// a title); a refusal names the field, whose id is the model's `PunchField` name.
    static func draft(from values: [String: FieldValue], original: PunchDraft) -> Result<PunchDraft, FieldRefusal> {
        var draft = original
        if case .text(let title)? = values["title"] { draft.title = title }
        if case .text(let location)? = values["location"] { draft.location = location.isEmpty ? nil : location }
        if case .choice(let label?)? = values["priority"], let priority = Priority.allCases.first(where: { $0.label == label }) {
            draft.priority = priority
        }
        if case .choice(let name?)? = values["category"], let category = PunchCategory(rawValue: name) { draft.category = category }
        if case .text(let assignee)? = values["assignee"] { draft.assignee = assignee }
        if case .date(let due)? = values["due"] { draft.dueOn = due }
        if case .flag(let blocking)? = values["blocking"] { draft.blocksAcceptance = blocking }
        if case .choice(let court)? = values["court"] { draft.ballInCourt = court ?? "us" }
        if case .text(let detail)? = values["detail"] { draft.detail = detail }
        do {
            return .success(try draft.cleaned())
        } catch {
            return .failure(FieldRefusal(field: error.field.rawValue, message: error.description))
        }
    }
}
