import Foundation
import RapportModel

/// The `e` dialog: every field of one punch item, checked before it is saved.
/// Status is not here: it moves only along the workflow (`>` / `<`), so rejections are counted.
public struct EditForm: Equatable, Sendable {
    public enum Outcome: Equatable {
        case editing
        case cancelled
        case saved(id: Int64, draft: PunchDraft)
    }

    public let itemId: Int64
    public var form: Form
    /// What the form does not show, kept as it was.
    let original: PunchDraft

    public init(detail: PunchDetail) {
        let item = detail.item
        itemId = item.id ?? 0
        original = PunchDraft(title: item.title, detail: item.detail, location: detail.locationPath,
                              category: item.category, priority: item.priority, status: item.status,
                              assignee: item.assignee, dueOn: item.dueOn, blocksAcceptance: item.blocksAcceptance,
                              ballInCourt: item.ballInCourt, source: item.source, number: item.number)
        form = Form(title: "Edit \(detail.projectCode) #\(item.number)", fields: [
            .init(id: "title", label: "Title", text: item.title),
            .init(id: "location", label: "Location", text: detail.locationPath ?? "", placeholder: "HQ / Floor 3 / Board Room"),
            .init(id: "priority", label: "Priority", text: item.priority.label, choices: Priority.allCases.map(\.label)),
            .init(id: "category", label: "Category", text: item.category.rawValue,
                  choices: PunchCategory.allCases.map(\.rawValue)),
            .init(id: "assignee", label: "Assignee", text: item.assignee),
            .init(id: "due", label: "Due", text: item.dueOn?.iso ?? "", placeholder: "fri, +3d, 2026-12-03, or empty"),
            .init(id: "blocking", label: "Blocks acceptance", text: item.blocksAcceptance ? "yes" : "no", choices: ["yes", "no"]),
            .init(id: "court", label: "Ball in court", text: item.ballInCourt, choices: ["us", "customer", "sub"]),
            .init(id: "detail", label: "Detail", text: item.detail),
        ])
    }

    public mutating func handle(_ key: Key, today: LocalDate) -> Outcome {
        switch form.handle(key) {
        case .cancel: return .cancelled
        case .submit: return validate(today: today)
        default: return .editing
        }
    }

    public mutating func paste(_ text: String) {
        _ = form.paste(text)
    }

    /// Checks every field; a bad one gets its message and the focus, and nothing is saved.
    mutating func validate(today: LocalDate) -> Outcome {
        form.clearErrors()
        var draft = original
        draft.title = form["title"].trimmingCharacters(in: .whitespaces)
        if draft.title.isEmpty { form.setError(field: "title", message: "a title is needed") }
        let location = form["location"].trimmingCharacters(in: .whitespaces)
        draft.location = location.isEmpty ? nil : location
        let priority = form["priority"].uppercased().replacingOccurrences(of: "P", with: "")
        if let n = Int(priority), let p = Priority(rawValue: n) { draft.priority = p } else {
            form.setError(field: "priority", message: "P1, P2 or P3")
        }
        if let category = PunchCategory(rawValue: form["category"].lowercased()) { draft.category = category } else {
            form.setError(field: "category", message: PunchCategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        draft.assignee = form["assignee"].trimmingCharacters(in: .whitespaces)
        let due = form["due"].trimmingCharacters(in: .whitespaces)
        if due.isEmpty || due.lowercased() == "none" {
            draft.dueOn = nil
        } else {
            do { draft.dueOn = try DateExpression.parse(due, today: today) } catch {
                form.setError(field: "due", message: "\(error)")
            }
        }
        switch form["blocking"].lowercased() {
        case "yes", "y", "true": draft.blocksAcceptance = true
        case "no", "n", "false", "": draft.blocksAcceptance = false
        default: form.setError(field: "blocking", message: "yes or no")
        }
        draft.ballInCourt = form["court"].trimmingCharacters(in: .whitespaces).isEmpty ? "us" : form["court"]
        draft.detail = form["detail"]
        if form.hasErrors {
            form.focusFirstError()
            return .editing
        }
        return .saved(id: itemId, draft: draft)
    }
}
