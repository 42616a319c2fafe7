import Foundation
import RapportModel

/// What a record form is for: which record, new (`id` nil) or existing. Each view's folder
/// builds its forms and reads their values into a `RecordWrite`.
public enum RecordPurpose: Equatable, Sendable {
    case customer(id: Int64?)
    case contact(customerId: Int64, id: Int64?)
    case contactLeft(id: Int64)
    /// A project; a new one of `customerId`, or of the customer chosen in the form when nil.
    case project(customerId: Int64?, id: Int64?)
    case milestone(projectId: Int64, id: Int64?)
    case invoice(milestoneId: Int64)
    case payment(milestoneId: Int64)
    case location(projectId: Int64, id: Int64?)
    case locationFact(locationId: Int64)
    case assumption(projectId: Int64, id: Int64?)
    case review(assumptionId: Int64)
    case meetingNote(meetingId: Int64, occurrence: Date, attended: [Int64])
    case actionItem(meetingId: Int64, occurrence: Date)
    case nextMeeting(meetingId: Int64)
    /// A note, intel, an opportunity, or a won one's project (`CapturePurpose`).
    case capture(CapturePurpose)
    case meeting(MeetingFormTarget)
    case attendee(AttendeeFormTarget)
}

/// What a form needs loaded before it opens.
public enum FormRequest: Equatable, Sendable {
    /// The new-project form: the customers to choose from, and the code suggested for `customerId`.
    case newProject(customerId: Int64?)
    /// A capture form: the customer's people to pick from (and for a won sale, the project's pickers).
    case capture(CaptureFormRequest)
    /// The meeting form: the projects and customers to choose from.
    case meeting(MeetingFormTarget)
    /// The invite form: the contacts of the meeting's customer (`customerName`).
    case attendee(AttendeeFormTarget, customerName: String?)
}

/// The loaded data of a `FormRequest`.
public struct FormData: Equatable, Sendable {
    public var customers: [CustomerRow] = []
    public var suggestedCode: String?
    public var capture: CaptureFormData?
    public var projects: [ProjectRow] = []
    public var contacts: [Contact] = []

    static func load(_ request: FormRequest, from source: any RecordSource) throws -> FormData {
        switch request {
        case .newProject(let customerId):
            return FormData(customers: try source.customers(includeArchived: false),
                            suggestedCode: try customerId.map { try source.suggestedProjectCode(customerId: $0) })
        case .capture(let request):
            return try CaptureFormData.load(request, from: source)
        case .meeting:
            return FormData(customers: try source.customers(includeArchived: false),
                            projects: try source.projects(offset: 0, limit: 100_000, today: LocalDate(Date(), in: .current)))
        case let .attendee(_, customer):
            return FormData(contacts: try AttendeeForm.contacts(of: customer, from: source))
        }
    }
}

/// Reads a record form's values into its write, or says which field is wrong.
enum RecordForms {
    static func write(_ purpose: RecordPurpose, _ values: [String: FieldValue], _ state: AppState)
        -> Result<RecordWrite, FieldRefusal> {
        let v = FormValues(values)
        switch purpose {
        case .customer(let id):
            let draft = CustomerForm.draft(v)
            return .success(id.map { .editCustomer(id: $0, draft) } ?? .addCustomer(draft))
        case let .contact(customerId, id):
            let draft = ContactForm.draft(v)
            return .success(id.map { .editContact(id: $0, draft) } ?? .addContact(customerId: customerId, draft))
        case .contactLeft(let id):
            return .success(.contactLeft(id: id, on: v.date("left") ?? state.today, successorId: v.reference("successor")))
        case let .project(customerId, id):
            return ProjectForm.write(v, customerId: customerId, id: id)
        case let .milestone(projectId, id):
            let draft = MoneyForms.milestoneDraft(v)
            return .success(id.map { .editMilestone(id: $0, draft) } ?? .addMilestone(projectId: projectId, draft))
        case .invoice(let id):
            return .success(.invoice(milestoneId: id, on: v.date("invoiced") ?? state.today, number: v.text("number"),
                                     dueOn: v.date("due")))
        case .payment(let id):
            guard let cents = v.money("amount"), cents > 0 else {
                return .failure(FieldRefusal(field: "amount", message: "say how much was paid"))
            }
            return .success(.payment(milestoneId: id, cents: cents, on: v.date("paid") ?? state.today, note: v.text("note")))
        case let .location(projectId, id):
            let path = v.text("path")
            return .success(id.map { .renameLocation(id: $0, path: path) } ?? .addLocation(projectId: projectId, path: path))
        case .locationFact(let id):
            let value = v.text("value")
            return .success(.locationFact(locationId: id, key: v.text("key"), value: value.isEmpty ? nil : value,
                                          verified: v.flag("verified")))
        case let .assumption(projectId, id):
            let draft = AssumptionDraft(text: v.text("text"), owner: v.text("owner"), reviewOn: v.date("review"))
            return .success(id.map { .editAssumption(id: $0, draft) } ?? .addAssumption(projectId: projectId, draft))
        case .review(let id):
            return AssumptionForms.review(v, id: id, today: state.today)
        case let .meetingNote(id, occurrence, attended):
            return .success(.meetingNote(meetingId: id, occurrence: occurrence, agenda: v.text("agenda"), minutes: v.text("minutes"),
                                         attended: attended))
        case .nextMeeting(let id):
            guard let day = v.date("on"), let start = MeetingForms.instant(v.text("at"), on: day, in: state.timeZone) else {
                return .failure(FieldRefusal(field: "at", message: "a time as HH:MM, e.g. 09:30"))
            }
            return .success(.scheduleNext(after: id, startsAt: start))
        case let .actionItem(id, occurrence):
            return .success(.addActionItem(meetingId: id, occurrence: occurrence, text: v.text("text"), owner: v.text("owner"),
                                           dueOn: v.date("due")))
        case .capture(let purpose):
            return CaptureForms.write(purpose, v, state)
        case .meeting(let target):
            return MeetingRecordForm.write(v, target, state)
        case .attendee(let target):
            return AttendeeForm.write(v, target)
        }
    }

    /// After a write: a record form waiting for it closes (a refusal keeps it open, on its field).
    static func written(_ state: inout AppState) {
        guard case .form(let edit) = state.modal, edit.pending else { return }
        state.modal = nil
        MeetingRecordForm.written(edit.purpose, &state)
    }

    /// Puts a refused write's message on the waiting form: under `field` when it has one, else
    /// at its top; true when a form took it.
    static func refused(_ state: inout AppState, _ message: String, field: String?) -> Bool {
        guard case .form(var edit) = state.modal, edit.pending else { return false }
        edit.pending = false
        if let field, edit.form.has(field: field) {
            edit.form.setError(field: field, message: message)
            edit.form.focus(field: field)
        } else {
            edit.refusal = message
        }
        state.modal = .form(edit)
        return true
    }
}

/// Typed form values by field id, with the empty value for a field a form does not have.
struct FormValues {
    let values: [String: FieldValue]
    init(_ values: [String: FieldValue]) { self.values = values }

    func text(_ id: String) -> String {
        if case .text(let t)? = values[id] { return t }
        return ""
    }
    func date(_ id: String) -> LocalDate? {
        if case .date(let d)? = values[id] { return d }
        return nil
    }
    func choice(_ id: String) -> String? {
        if case .choice(let c)? = values[id] { return c }
        return nil
    }
    func number(_ id: String) -> Int? {
        if case .number(let n)? = values[id] { return n }
        return nil
    }
    func money(_ id: String) -> Int64? {
        if case .money(let m)? = values[id] { return m }
        return nil
    }
    func flag(_ id: String) -> Bool {
        if case .flag(let f)? = values[id] { return f }
        return false
    }
    func reference(_ id: String) -> Int64? {
        if case .reference(let r)? = values[id] { return r }
        return nil
    }
}
