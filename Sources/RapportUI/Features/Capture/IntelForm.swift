import RapportModel

/// Capture intel: its category, what was learned, who said it (and the meeting, when opened
/// from one), and when to look at it again.
enum IntelForm {
    static func make(customerId: Int64, projectId: Int64?, meetingId: Int64?, meetingTitle: String?, contactId: Int64? = nil,
                     _ data: CaptureFormData, today: LocalDate) -> RecordForm {
        let contact = contactId.flatMap { id in data.contacts.first { $0.id == id }?.name } ?? ""
        let source = meetingTitle.map { " · from \($0)" } ?? ""
        let project = projectId.flatMap { id in data.projects.first { $0.id == id }?.name } ?? ""
        let form = Form(title: "Capture intel · \(data.customerName)\(source)", fields: [
            .init(id: "category", label: "Category", text: Intel.Category.priority.rawValue,
                  kind: .choice(Intel.Category.offered.map(\.rawValue))),
            .init(id: "text", label: "What was learned", kind: .text, required: true,
                  placeholder: "e.g. new CFO wants every AV spend approved"),
            .init(id: "contact", label: "Source contact", text: contact, kind: .reference(data.contacts),
                  placeholder: data.contacts.isEmpty ? "nobody on file" : nil),
            .init(id: "project", label: "Project", text: project, kind: .reference(data.projects),
                  placeholder: "none, or a project code"),
            .init(id: "review", label: "Review by", text: today.adding(days: 30).iso, kind: .date,
                  placeholder: "when it may be out of date: +30d, 2027-03-01, or empty"),
        ])
        return RecordForm(form: form, purpose: .record(.capture(.intel(customerId: customerId, meetingId: meetingId))))
    }

    /// Mark intel reviewed: still true as of today, and (optionally) when to look again.
    static func review(_ row: IntelRow, today: LocalDate) -> RecordForm {
        let text = row.intel.text.count > 50 ? String(row.intel.text.prefix(49)) + "…" : row.intel.text
        let form = Form(title: "Reviewed: \(text)", fields: [
            .init(id: "again", label: "Look again on", text: today.adding(days: 90).iso, kind: .date,
                  placeholder: "+90d, 2027-06-01, or empty for never"),
        ])
        return RecordForm(form: form, purpose: .record(.capture(.reviewIntel(id: row.id))))
    }
}
