import Foundation
import RapportModel

/// Whose people the invite or remove form changes: the meeting row a meeting view shows (an
/// override's people are its own; a series' are every occurrence's).
public struct AttendeeFormTarget: Equatable, Sendable {
    public var entry: AgendaEntry
    public var detail: MeetingDetail
    public var removing: Bool
    /// The customer's contacts to pick from, filled when the form opens.
    public var contacts: [AttendeeDraft] = []

    public init(entry: AgendaEntry, detail: MeetingDetail, removing: Bool) {
        self.entry = entry
        self.detail = detail
        self.removing = removing
    }

    /// The people as they are, as drafts the store writes back.
    var people: [AttendeeDraft] {
        detail.attendees.map(AttendeeDraft.init)
    }

    /// How each person is named in the remove form: name, and e-mail when two share a name.
    var names: [String] {
        let plain = detail.attendees.map(\.name)
        return detail.attendees.map { a in
            plain.filter { $0 == a.name }.count > 1 && !a.email.isEmpty ? "\(a.name) <\(a.email)>" : a.name
        }
    }
}

/// The meeting view's people forms: invite a contact of the customer (or anyone by name or
/// e-mail) with a role and a response, or remove someone.
enum AttendeeForm {
    static let responses = Attendee.Status.allCases.map(\.rawValue)

    static func contacts(of customer: String?, from source: any RecordSource) throws -> [Contact] {
        guard let customer, let id = try? source.customerId(name: customer) else { return [] }
        return try source.customerDetail(customerId: id, today: LocalDate(Date(), in: .current)).contacts
            .map(\.contact).filter(\.isActive)
    }

    static func make(_ base: AttendeeFormTarget, _ data: FormData) -> RecordForm {
        var target = base
        let title = target.entry.title
        if target.removing {
            let form = Form(title: "Remove someone from \(title)", fields: [
                .init(id: "who", label: "Who", kind: .choice(target.names), required: true),
            ])
            return RecordForm(form: form, purpose: .record(.attendee(target)))
        }
        target.contacts = data.contacts.map { c in
            let email = c.emails.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? ""
            return AttendeeDraft(contactId: c.id, invitee: Invitee(name: c.name, email: email))
        }
        let refs = target.contacts.enumerated().map { RecordRef(id: Int64($0.offset), name: $0.element.invitee.name) }
        let form = Form(title: "Invite to \(title)", fields: [
            .init(id: "contact", label: "Contact", kind: .reference(refs),
                  placeholder: refs.isEmpty ? "no contacts of the customer; give a name or e-mail" : nil),
            .init(id: "name", label: "Or name", placeholder: "someone who is no contact"),
            .init(id: "email", label: "E-mail"),
            .init(id: "role", label: "Role", text: "required", kind: .choice(Attendee.roles), required: true),
            .init(id: "response", label: "Response", text: Attendee.Status.needsAction.rawValue, kind: .choice(responses),
                  required: true),
        ])
        return RecordForm(form: form, purpose: .record(.attendee(target)))
    }

    static func write(_ v: FormValues, _ target: AttendeeFormTarget) -> Result<RecordWrite, FieldRefusal> {
        var people = target.people
        if target.removing {
            guard let who = v.choice("who"), let i = target.names.firstIndex(of: who) else {
                return .failure(FieldRefusal(field: "who", message: "choose who to remove"))
            }
            people.remove(at: i)
        } else {
            let role = v.choice("role") ?? "required"
            let status = v.choice("response").flatMap(Attendee.Status.init(rawValue:)) ?? .needsAction
            var person: AttendeeDraft
            if let i = v.reference("contact").map(Int.init), target.contacts.indices.contains(i) {
                person = target.contacts[i]
                if !v.text("email").isEmpty { person.invitee.email = v.text("email") }
            } else {
                let name = v.text("name"), email = v.text("email")
                guard !name.isEmpty || email.contains("@") else {
                    return .failure(FieldRefusal(field: "contact", message: "choose a contact, or give a name or an e-mail"))
                }
                if !email.isEmpty, !email.contains("@") {
                    return .failure(FieldRefusal(field: "email", message: "an e-mail address has an @"))
                }
                person = AttendeeDraft(invitee: Invitee(name: name.isEmpty ? email : name, email: email))
            }
            person.invitee.role = role
            person.invitee.status = status
            let key = person.invitee.email.lowercased()
            if people.contains(where: { ($0.contactId != nil && $0.contactId == person.contactId)
                || (!key.isEmpty && $0.invitee.email.lowercased() == key) }) {
                return .failure(FieldRefusal(field: person.contactId == nil ? "email" : "contact",
                                             message: "\(person.invitee.name) is invited already"))
            }
            people.append(person)
        }
        let scope: MeetingScope = target.detail.meeting.isOverride ? .occurrence(target.entry.occurrence) : .series
        return .success(.changeMeeting(meetingId: target.detail.meeting.id!, scope: scope,
                                       MeetingDraft(target.detail.meeting, attendees: people)))
    }
}
