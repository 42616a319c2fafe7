import RapportModel

/// The customer form: name, e-mail domains (mail is matched to the customer by them), regions
/// and trajectory.
enum CustomerForm {
    static func make(_ customer: Customer? = nil) -> RecordForm {
        let form = Form(title: customer.map { "Edit customer \($0.name)" } ?? "New customer", fields: [
            .init(id: "name", label: "Name", text: customer?.name ?? "", required: true, placeholder: "Contoso University"),
            .init(id: "domains", label: "E-mail domains", text: customer?.domains ?? "", placeholder: "contoso.edu, contoso.com"),
            .init(id: "regions", label: "Regions", text: customer?.regions ?? "", placeholder: "Northeast, Midwest"),
            .init(id: "trajectory", label: "Trajectory", text: (customer?.trajectory ?? .stable).rawValue,
                  kind: .choice(Customer.Trajectory.allCases.map(\.rawValue))),
        ])
        return RecordForm(form: form, purpose: .record(.customer(id: customer?.id)))
    }

    static func draft(_ v: FormValues) -> CustomerDraft {
        CustomerDraft(name: v.text("name"), domains: v.text("domains"), regions: v.text("regions"),
                      trajectory: v.choice("trajectory").flatMap(Customer.Trajectory.init(rawValue:)) ?? .stable)
    }
}

/// The contact form: who they are, their department, their role on the account and influence.
enum ContactForm {
    static func make(customerId: Int64, customerName: String, _ contact: Contact? = nil) -> RecordForm {
        let form = Form(title: contact.map { "Edit contact \($0.name)" } ?? "New contact at \(customerName)", fields: [
            .init(id: "name", label: "Name", text: contact?.name ?? "", required: true),
            .init(id: "title", label: "Title", text: contact?.title ?? "", placeholder: "Director of IT"),
            .init(id: "emails", label: "E-mails", text: contact?.emails ?? "", placeholder: "dana@contoso.edu"),
            .init(id: "phone", label: "Phone", text: contact?.phone ?? ""),
            .init(id: "department", label: "Department", text: (contact?.department ?? .endUser).rawValue,
                  kind: .choice(Contact.Department.allCases.map(\.rawValue))),
            .init(id: "role", label: "Role on the account", text: (contact?.role ?? .user).rawValue,
                  kind: .choice(Contact.Role.allCases.map(\.rawValue))),
            .init(id: "influence", label: "Influence", text: "\(contact?.influence ?? 3)", kind: .number(1...5)),
        ])
        return RecordForm(form: form, purpose: .record(.contact(customerId: customerId, id: contact?.id)))
    }

    static func draft(_ v: FormValues) -> ContactDraft {
        ContactDraft(name: v.text("name"), emails: v.text("emails"), phone: v.text("phone"), title: v.text("title"),
                     department: v.choice("department").flatMap(Contact.Department.init(rawValue:)) ?? .endUser,
                     role: v.choice("role").flatMap(Contact.Role.init(rawValue:)) ?? .user,
                     influence: v.number("influence") ?? 3)
    }
}

/// "Left the company": when, and who took over from the people still there. The contact is
/// kept, with who succeeded them.
enum ContactLeftForm {
    static func make(_ contact: Contact, among contacts: [ContactRow], today: LocalDate) -> RecordForm {
        let others = contacts.map(\.contact).filter { $0.id != contact.id && $0.isActive }
            .compactMap { c in c.id.map { RecordRef(id: $0, name: c.name) } }
        let form = Form(title: "\(contact.name) left", fields: [
            .init(id: "left", label: "Left on", text: today.iso, kind: .date, required: true),
            .init(id: "successor", label: "Successor", kind: .reference(others),
                  placeholder: others.isEmpty ? "nobody yet (add the new contact first)" : nil),
        ])
        return RecordForm(form: form, purpose: .record(.contactLeft(id: contact.id ?? 0)))
    }
}
