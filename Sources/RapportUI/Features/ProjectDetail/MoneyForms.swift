import RapportModel

/// The forms of a project's money: a milestone of the payment schedule, its invoice, and a
/// payment against it (partial payments add up).
enum MoneyForms {
    static func milestone(projectId: Int64, _ m: Milestone? = nil, remainingCents: Int64) -> RecordForm {
        let form = Form(title: m.map { "Edit milestone \($0.name)" } ?? "New milestone", fields: [
            .init(id: "name", label: "Name", text: m?.name ?? "", required: true, placeholder: "Progress 2"),
            .init(id: "kind", label: "Kind", text: (m?.kind ?? .progress).rawValue,
                  kind: .choice(Milestone.Kind.allCases.map(\.rawValue))),
            .init(id: "amount", label: "Amount", text: Money.text(cents: m?.amountCents ?? max(0, remainingCents)),
                  kind: .money, required: true),
            .init(id: "due", label: "Due", text: m?.dueOn?.iso ?? "", kind: .date),
            .init(id: "acceptance", label: "Waits for acceptance", text: (m?.requiresAcceptance ?? false) ? "yes" : "no",
                  kind: .flag),
        ])
        return RecordForm(form: form, purpose: .record(.milestone(projectId: projectId, id: m?.id)))
    }

    static func milestoneDraft(_ v: FormValues) -> MilestoneDraft {
        MilestoneDraft(name: v.text("name"), kind: v.choice("kind").flatMap(Milestone.Kind.init(rawValue:)) ?? .progress,
                       amountCents: v.money("amount") ?? 0, dueOn: v.date("due"), requiresAcceptance: v.flag("acceptance"))
    }

    static func invoice(_ m: Milestone, today: LocalDate) -> RecordForm {
        let form = Form(title: "Invoice \(m.name) · \(Money.text(cents: m.amountCents))", fields: [
            .init(id: "number", label: "Invoice number", required: true, placeholder: "INV-1042"),
            .init(id: "invoiced", label: "Invoiced on", text: today.iso, kind: .date, required: true),
            .init(id: "due", label: "Payment due", text: today.adding(days: 30).iso, kind: .date),
        ])
        return RecordForm(form: form, purpose: .record(.invoice(milestoneId: m.id ?? 0)))
    }

    static func payment(_ row: MilestoneRow, today: LocalDate) -> RecordForm {
        let owed = row.standing.outstandingCents
        let form = Form(title: "Payment for \(row.milestone.name) · \(Money.text(cents: owed)) outstanding", fields: [
            .init(id: "amount", label: "Amount paid", text: Money.text(cents: owed), kind: .money, required: true),
            .init(id: "paid", label: "Paid on", text: today.iso, kind: .date, required: true),
            .init(id: "note", label: "Note", placeholder: "check 5512, wire …"),
        ])
        return RecordForm(form: form, purpose: .record(.payment(milestoneId: row.id)))
    }
}

/// The forms of the assumptions register: an assumption, and its review.
enum AssumptionForms {
    static func assumption(projectId: Int64, _ a: Assumption? = nil, today: LocalDate, owner: String) -> RecordForm {
        let form = Form(title: a == nil ? "New assumption" : "Edit assumption", fields: [
            .init(id: "text", label: "Assumption", text: a?.text ?? "", kind: .text, required: true,
                  placeholder: "Ceiling grid can carry the projector mount"),
            .init(id: "owner", label: "Owner", text: a?.owner ?? owner, required: true),
            .init(id: "review", label: "Review on", text: (a?.reviewOn ?? today.adding(days: 14)).iso, kind: .date),
        ])
        return RecordForm(form: form, purpose: .record(.assumption(projectId: projectId, id: a?.id)))
    }

    static let outcomes = ["confirmed", "invalid", "later"]
    static let raises = ["nothing", "punch item", "blocking punch item", "change note"]

    static func review(_ a: Assumption, today: LocalDate) -> RecordForm {
        let form = Form(title: "Review: \(a.text)", fields: [
            .init(id: "outcome", label: "Still accurate?", text: "confirmed", kind: .choice(outcomes), required: true),
            .init(id: "note", label: "What it changes", kind: .text,
                  placeholder: "needed when invalid: scope, schedule, cost …"),
            .init(id: "raise", label: "Raise", text: "nothing", kind: .choice(raises)),
            .init(id: "until", label: "Review again on", text: today.adding(days: 14).iso, kind: .date),
        ])
        return RecordForm(form: form, purpose: .record(.review(assumptionId: a.id ?? 0)))
    }

    static func review(_ v: FormValues, id: Int64, today: LocalDate) -> Result<RecordWrite, FieldRefusal> {
        let note = v.text("note")
        switch v.choice("outcome") ?? "confirmed" {
        case "invalid":
            guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return .failure(FieldRefusal(field: "note", message: "say what it changes (scope, schedule, cost …)"))
            }
            let raise: AssumptionRaise
            switch v.choice("raise") ?? "nothing" {
            case "punch item": raise = .punchItem(blocksAcceptance: false)
            case "blocking punch item": raise = .punchItem(blocksAcceptance: true)
            case "change note": raise = .changeNote
            default: raise = .nothing
            }
            return .success(.reviewAssumption(id: id, .invalidate(changes: note, raise: raise), on: today))
        case "later":
            guard let until = v.date("until") else {
                return .failure(FieldRefusal(field: "until", message: "when to look at it again"))
            }
            return .success(.reviewAssumption(id: id, .postpone(until: until, note: note), on: today))
        default:
            return .success(.reviewAssumption(id: id, .confirm(note: note), on: today))
        }
    }
}

/// The forms of the site tree: a location by its path, and a fact about it.
enum SiteForms {
    static func location(projectId: Int64, _ node: LocationNode? = nil, under parent: String? = nil) -> RecordForm {
        let start = node?.path ?? parent.map { $0 + " / " } ?? ""
        let form = Form(title: node == nil ? "New location" : "Rename \(node!.path)", fields: [
            .init(id: "path", label: "Path", text: start, required: true, placeholder: "HQ / Building A / Floor 3 / Room 301"),
        ])
        return RecordForm(form: form, purpose: .record(.location(projectId: projectId, id: node?.id)))
    }

    static func fact(locationId: Int64, path: String) -> RecordForm {
        let form = Form(title: "Fact about \(path)", fields: [
            .init(id: "key", label: "Fact", required: true, placeholder: "wall type, mount height, VLAN, power …"),
            .init(id: "value", label: "Value", placeholder: "empty removes the fact"),
            .init(id: "verified", label: "Verified on site", text: "no", kind: .flag),
        ])
        return RecordForm(form: form, purpose: .record(.locationFact(locationId: locationId)))
    }
}
