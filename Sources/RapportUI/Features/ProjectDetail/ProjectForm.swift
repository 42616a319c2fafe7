import RapportModel

/// The project form, as the sale hands it over: customer, code, name, contract value, dates,
/// PM and sales rep, what management cares about, the scope summary and, for a new project,
/// the payment schedule laid from a template.
enum ProjectForm {
    static func make(new customerId: Int64?, _ data: FormData, today: LocalDate) -> RecordForm {
        let customers = data.customers.map { RecordRef(id: $0.id, name: $0.name) }
        var fields: [Form.Field] = []
        if customerId == nil {
            fields.append(.init(id: "customer", label: "Customer", kind: .reference(customers), required: true))
        }
        fields += common(nil, code: data.suggestedCode ?? "")
        fields.append(.init(id: "schedule", label: "Payment schedule", text: "50/40/10",
                            placeholder: "50/40/10, 30/40/20/10 (… / retainage), or none to lay it by hand"))
        let customer = customerId.flatMap { id in data.customers.first { $0.id == id }?.name }
        let form = Form(title: "New project" + (customer.map { " for \($0)" } ?? ""), fields: fields)
        return RecordForm(form: form, purpose: .record(.project(customerId: customerId, id: nil)))
    }

    static func make(edit record: ProjectRecord) -> RecordForm {
        let p = record.project
        let form = Form(title: "Edit \(p.code) \(p.name)", fields: common(p, code: p.code))
        return RecordForm(form: form, purpose: .record(.project(customerId: p.customerId, id: p.id)))
    }

    private static func common(_ p: Project?, code: String) -> [Form.Field] {
        [
            .init(id: "code", label: "Code", text: code, placeholder: "empty takes the suggested one"),
            .init(id: "name", label: "Name", text: p?.name ?? "", required: true, placeholder: "Lecture hall AV refresh"),
            .init(id: "contract", label: "Contract value", text: p.map { Money.text(cents: $0.contractCents) } ?? "",
                  kind: .money, required: true),
            .init(id: "signed", label: "Signed on", text: p?.signedOn?.iso ?? "", kind: .date),
            .init(id: "target", label: "Target date", text: p?.targetOn?.iso ?? "", kind: .date),
            .init(id: "pm", label: "Project manager", text: p?.pm ?? ""),
            .init(id: "sales", label: "Sales rep", text: p?.salesRep ?? ""),
            .init(id: "concerns", label: "Management cares about", text: p?.concerns ?? "",
                  placeholder: ProjectDraft.commonConcerns.prefix(4).joined(separator: ", ")),
            .init(id: "scope", label: "Scope from sales", text: p?.scope ?? "", kind: .text,
                  placeholder: "what was sold; Enter starts a new line"),
        ]
    }

    static func write(_ v: FormValues, customerId: Int64?, id: Int64?) -> Result<RecordWrite, FieldRefusal> {
        guard let customer = customerId ?? v.reference("customer") else {
            return .failure(FieldRefusal(field: "customer", message: "choose the customer"))
        }
        let contract = v.money("contract") ?? 0
        var draft = ProjectDraft(customerId: customer, code: v.text("code"), name: v.text("name"), contractCents: contract,
                                 signedOn: v.date("signed"), targetOn: v.date("target"), pm: v.text("pm"),
                                 salesRep: v.text("sales"), concerns: v.text("concerns"), scope: v.text("scope"))
        if let id { return .success(.editProject(id: id, draft)) }
        let schedule = v.text("schedule")
        if !schedule.isEmpty, schedule.lowercased() != "none" {
            do {
                let template = try PaymentTemplate(parsing: schedule)
                draft.schedule = PaymentSchedule.laid(template, contractCents: contract, signedOn: draft.signedOn,
                                                      targetOn: draft.targetOn)
            } catch {
                return .failure(FieldRefusal(field: "schedule", message: "\(error)"))
            }
        }
        return .success(.addProject(draft))
    }
}
