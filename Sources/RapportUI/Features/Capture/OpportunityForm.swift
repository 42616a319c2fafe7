import RapportModel

/// A new opportunity, or one edited: what, where it came from, what it may be worth, its
/// stage, the next step and who owns it.
enum OpportunityForm {
    static func make(customerId: Int64, _ row: OpportunityRow?, _ data: CaptureFormData, owner: String) -> RecordForm {
        let o = row?.opportunity
        let form = Form(title: o.map { "Edit opportunity \($0.title)" } ?? "New opportunity · \(data.customerName)", fields: [
            .init(id: "title", label: "Title", text: o?.title ?? "", required: true, placeholder: "Second lecture hall"),
            .init(id: "source", label: "Source", text: o?.source ?? "", placeholder: "site walk, referral, RFP, meeting …"),
            .init(id: "estimate", label: "Estimated value", text: o.map { Money.text(cents: $0.estimateCents) } ?? "",
                  kind: .money),
            .init(id: "stage", label: "Stage", text: (o?.stage ?? .idea).rawValue,
                  kind: .choice(Opportunity.Stage.allCases.map(\.rawValue))),
            .init(id: "next", label: "Next step", text: o?.nextStep ?? "", placeholder: "send the proposal by Friday"),
            .init(id: "owner", label: "Owner", text: o?.owner ?? owner, required: true),
        ])
        return RecordForm(form: form, purpose: .record(.capture(.opportunity(customerId: customerId, id: o?.id))))
    }

    /// The project form filled from a won opportunity: its title, estimate and owner; the
    /// source and next step go to the scope from sales.
    static func wonProject(_ o: Opportunity, _ data: FormData, today: LocalDate) -> RecordForm {
        var edit = ProjectForm.make(new: o.customerId, data, today: today)
        edit.form.title = "Won: \(o.title) · new project" + (data.capture.map { " for \($0.customerName)" } ?? "")
        edit.form.setText(field: "name", o.title)
        edit.form.setText(field: "contract", Money.text(cents: o.estimateCents))
        edit.form.setText(field: "signed", today.iso)
        edit.form.setText(field: "sales", o.owner)
        let scope = ["From opportunity #\(o.id ?? 0)" + (o.source.isEmpty ? "" : " (\(o.source))"), o.nextStep]
        edit.form.setText(field: "scope", scope.filter { !$0.isEmpty }.joined(separator: "\n"))
        return RecordForm(form: edit.form, purpose: .record(.capture(.wonProject(customerId: o.customerId, opportunityId: o.id ?? 0))))
    }
}
