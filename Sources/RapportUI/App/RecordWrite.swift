import Foundation
import RapportModel

/// The writes of the record forms and views (contract to cash): customers, contacts, projects,
/// milestones and money, locations and assumptions. Each is one transaction and one undo step.
public enum RecordWrite: Equatable, Sendable {
    case addCustomer(CustomerDraft)
    case editCustomer(id: Int64, CustomerDraft)
    case archiveCustomer(id: Int64, archived: Bool, on: LocalDate)
    case addContact(customerId: Int64, ContactDraft)
    case editContact(id: Int64, ContactDraft)
    case contactLeft(id: Int64, on: LocalDate, successorId: Int64?)
    case archiveContact(id: Int64, archived: Bool, on: LocalDate)
    case addProject(ProjectDraft)
    case editProject(id: Int64, ProjectDraft)
    case changeStage(projectId: Int64, to: ProjectStage, note: String)
    case addMilestone(projectId: Int64, MilestoneDraft)
    case editMilestone(id: Int64, MilestoneDraft)
    case deleteMilestone(id: Int64)
    case invoice(milestoneId: Int64, on: LocalDate, number: String, dueOn: LocalDate?)
    case payment(milestoneId: Int64, cents: Int64, on: LocalDate, note: String)
    case retainage(milestoneId: Int64, released: Bool, on: LocalDate)
    case addLocation(projectId: Int64, path: String)
    case renameLocation(id: Int64, path: String)
    case locationFact(locationId: Int64, key: String, value: String?, verified: Bool)
    case addAssumption(projectId: Int64, AssumptionDraft)
    case editAssumption(id: Int64, AssumptionDraft)
    case reviewAssumption(id: Int64, AssumptionReview, on: LocalDate)
    case meetingNote(meetingId: Int64, occurrence: Date, agenda: String, minutes: String, attended: [Int64])
    case addActionItem(meetingId: Int64, occurrence: Date, text: String, owner: String, dueOn: LocalDate?)
    case punchActionItem(id: Int64)
    case actionItemDone(id: Int64, done: Bool)
    case cancelOccurrence(meetingId: Int64, occurrence: Date)
    case scheduleNext(after: Int64, startsAt: Date)
    case capture(CaptureWrite)
    case addMeeting(MeetingDraft)
    /// The meeting form's change, or its people's: for the series, one occurrence, or it and the following.
    case changeMeeting(meetingId: Int64, scope: MeetingScope, MeetingDraft)
}

/// What to open once a new record is saved, so creating one leads to it.
public enum SavedFollowUp: Equatable, Sendable {
    case customer(id: Int64)
    case project(id: Int64)
    /// An opportunity just won: its project form opens, filled from it.
    case wonOpportunity(Opportunity)
}

/// Runs a record write against the store and says what it did, in values.
enum RecordWriter {
    static func perform(_ write: RecordWrite, on source: any RecordSource, calendar: (any CalendarSource)?, by who: String,
                        at: Date) throws -> WriteOutcome {
        func meetings() throws -> any CalendarSource {
            guard let calendar else { throw RecordsUnavailable() }
            return calendar
        }
        switch write {
        case let .meetingNote(id, occurrence, agenda, minutes, attended):
            _ = try meetings().saveMeetingNote(meetingId: id, occurrence: occurrence, agenda: agenda, minutes: minutes,
                                               attended: attended, by: who, at: at)
            return .saved(label: "minutes of the meeting", touched: [.calendar], then: nil)
        case let .addActionItem(id, occurrence, text, owner, due):
            let item = try meetings().addActionItem(meetingId: id, occurrence: occurrence, text: text, owner: owner, dueOn: due,
                                                    by: who, at: at)
            return .saved(label: "add action item \(item.text)", touched: [.calendar], then: nil)
        case .punchActionItem(let id):
            let item = try meetings().punchActionItem(id: id, by: who, at: at)
            return .saved(label: "action item made punch item #\(item.number) \(item.title)",
                          touched: item.touched.union([.calendar]), then: nil)
        case let .actionItemDone(id, done):
            let item = try meetings().setActionItemDone(id: id, done: done, by: who, at: at)
            return .saved(label: "action item \(item.text) \(done ? "done" : "open again")", touched: [.calendar], then: nil)
        case let .scheduleNext(id, start):
            let change = try meetings().scheduleNextMeeting(after: id, startsAt: start, by: who, at: at)
            return .saved(label: change.label, touched: change.touched, then: nil)
        case .addMeeting(let draft):
            let change = try meetings().addMeeting(draft, by: who, at: at)
            return .saved(label: change.label, touched: change.touched, then: nil)
        case let .changeMeeting(id, scope, draft):
            let change = try meetings().changeMeeting(meetingId: id, scope: scope, draft: draft, by: who, at: at)
            return .saved(label: change.label, touched: change.touched, then: nil)
        case let .cancelOccurrence(id, occurrence):
            let change = try meetings().cancelOccurrence(meetingId: id, occurrence: occurrence, by: who, at: at)
            return .saved(label: change.label, touched: change.touched, then: nil)
        case .addCustomer(let draft):
            let saved = try source.addCustomer(draft, by: who, at: at)
            return outcome(saved, then: saved.value.id.map { .customer(id: $0) })
        case let .editCustomer(id, draft):
            return outcome(try source.editCustomer(customerId: id, draft, by: who, at: at))
        case let .archiveCustomer(id, archived, day):
            return outcome(try source.archiveCustomer(customerId: id, archived: archived, on: day, by: who, at: at))
        case let .addContact(customerId, draft):
            return outcome(try source.addContact(customerId: customerId, draft, by: who, at: at))
        case let .editContact(id, draft):
            return outcome(try source.editContact(contactId: id, draft, by: who, at: at))
        case let .archiveContact(id, archived, day):
            return outcome(try source.archiveContact(contactId: id, archived: archived, on: day, by: who, at: at))
        case let .contactLeft(id, day, successor):
            return outcome(try source.markContactLeft(contactId: id, on: day, successorId: successor, by: who, at: at))
        case .addProject(let draft):
            let saved = try source.addProject(draft, by: who, at: at)
            return outcome(saved, then: saved.projectId.map { .project(id: $0) })
        case let .editProject(id, draft):
            return outcome(try source.editProject(projectId: id, draft, by: who, at: at))
        case let .changeStage(projectId, stage, note):
            return .stageSet(try source.changeStage(projectId: projectId, to: stage, note: note, by: who, at: at))
        case let .addMilestone(projectId, draft):
            return outcome(try source.addMilestone(projectId: projectId, draft, by: who, at: at))
        case let .editMilestone(id, draft):
            return outcome(try source.editMilestone(milestoneId: id, draft, by: who, at: at))
        case .deleteMilestone(let id):
            return outcome(try source.deleteMilestone(milestoneId: id, by: who, at: at))
        case let .invoice(id, day, number, due):
            return outcome(try source.invoiceMilestone(milestoneId: id, on: day, number: number, dueOn: due, by: who, at: at))
        case let .payment(id, cents, day, note):
            return outcome(try source.recordPayment(milestoneId: id, amountCents: cents, on: day, note: note, by: who, at: at))
        case let .retainage(id, released, day):
            return outcome(try source.setRetainageReleased(milestoneId: id, released: released, on: day, by: who, at: at))
        case let .addLocation(projectId, path):
            return outcome(try source.addLocation(projectId: projectId, path: path, by: who, at: at))
        case let .renameLocation(id, path):
            return outcome(try source.renameLocation(locationId: id, to: path, by: who, at: at))
        case let .locationFact(id, key, value, verified):
            return outcome(try source.setLocationFact(locationId: id, key: key, value: value, verified: verified, by: who, at: at))
        case let .addAssumption(projectId, draft):
            return outcome(try source.addAssumption(projectId: projectId, draft, by: who, at: at))
        case let .editAssumption(id, draft):
            return outcome(try source.editAssumption(assumptionId: id, draft, status: nil, by: who, at: at))
        case let .reviewAssumption(id, review, day):
            return outcome(try source.reviewAssumption(assumptionId: id, review, on: day, by: who, at: at))
        case .capture(let write):
            return try CaptureWriter.perform(write, on: source, by: who, at: at)
        }
    }

    private static func outcome<T>(_ saved: Saved<T>, then: SavedFollowUp? = nil) -> WriteOutcome {
        .saved(label: saved.label, touched: saved.touched, then: then)
    }
}
