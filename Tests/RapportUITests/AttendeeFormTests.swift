import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Inviting people to a meeting from the customer's contacts or by name and e-mail, removing
/// one.
@MainActor
struct AttendeeFormTests {
    let start = Date(timeIntervalSince1970: 1_795_770_000)
    var series: Meeting {
        Meeting(id: 7, projectId: 3, uid: "s@x", title: "Site coordination", startsAt: start, endsAt: start + 3600,
                tzid: "UTC", rrule: "FREQ=WEEKLY", salesWelcome: true)
    }
    var entry: AgendaEntry {
        AgendaEntry(meetingId: 7, title: "Site coordination", start: start, end: start + 3600, projectCode: "PRJ-3",
                    customerName: "Contoso", location: "", salesWelcome: true, seriesId: 7, occurrence: start)
    }
    var detail: MeetingDetail {
        MeetingDetail(meeting: series, attendees: [
            Attendee(id: 1, meetingId: 7, contactId: 11, name: "Kim Lee", email: "kim@contoso.edu"),
            Attendee(id: 2, meetingId: 7, name: "Ravi Patel", email: "ravi@ours.example", role: "optional", status: .accepted),
        ])
    }
    var contacts: FormData {
        FormData(contacts: [Contact(id: 11, customerId: 1, name: "Kim Lee", emails: "kim@contoso.edu", department: .av, role: .champion),
                            Contact(id: 12, customerId: 1, name: "Ana Ruiz", emails: "ana@contoso.edu, ana.r@contoso.edu", department: .executive, role: .signer)])
    }

    func values(_ form: RecordForm, _ changes: [String: FieldValue]) -> FormValues {
        var form = form.form
        guard var values = form.typedValues(today: LocalDate(year: 2026, month: 11, day: 27)) else {
            Issue.record("refused: \(form.fields.filter { $0.error != nil }.map { "\($0.id): \($0.error!)" })")
            return FormValues([:])
        }
        values.merge(changes) { $1 }
        return FormValues(values)
    }

    @Test func aContactIsInvitedWithRoleAndResponseAndTheOthersKept() throws {
        let form = AttendeeForm.make(AttendeeFormTarget(entry: entry, detail: detail, removing: false), contacts)
        guard case .record(.attendee(let target)) = form.purpose else { Issue.record("\(form.purpose)"); return }
        let write = try AttendeeForm.write(values(form, ["contact": .reference(1), "role": .choice("chair"),
                                                         "response": .choice("tentative")]), target).get()
        guard case let .changeMeeting(id, scope, draft) = write else { Issue.record("\(write)"); return }
        #expect(id == 7)
        #expect(scope == .series)
        #expect(draft.attendees?.map(\.invitee.name) == ["Kim Lee", "Ravi Patel", "Ana Ruiz"])
        #expect(draft.attendees?.last == AttendeeDraft(contactId: 12, invitee: Invitee(name: "Ana Ruiz", email: "ana@contoso.edu",
                                                                                      role: "chair", status: .tentative)))
        // The rest of the meeting is written back as it is.
        #expect(draft.startsAt == start && draft.rrule == "FREQ=WEEKLY")
    }

    @Test func someoneWhoIsNoContactByEmailAndTwiceIsRefused() throws {
        let form = AttendeeForm.make(AttendeeFormTarget(entry: entry, detail: detail, removing: false), contacts)
        guard case .record(.attendee(let target)) = form.purpose else { return }
        let write = try AttendeeForm.write(values(form, ["email": .text("lee@av.example")]), target).get()
        guard case let .changeMeeting(_, _, draft) = write else { return }
        #expect(draft.attendees?.last?.invitee == Invitee(name: "lee@av.example", email: "lee@av.example"))
        #expect(AttendeeForm.write(values(form, ["contact": .reference(0)]), target)
                == .failure(FieldRefusal(field: "contact", message: "Kim Lee is invited already")))
        #expect(AttendeeForm.write(values(form, [:]), target)
                == .failure(FieldRefusal(field: "contact", message: "choose a contact, or give a name or an e-mail")))
    }

    @Test func removingSomeoneLeavesTheOthers() throws {
        var form = AttendeeForm.make(AttendeeFormTarget(entry: entry, detail: detail, removing: true), FormData())
        guard case .record(.attendee(let target)) = form.purpose else { return }
        _ = form.form.paste("kim")  // a choice's unique start reads as it
        let write = try AttendeeForm.write(values(form, [:]), target).get()
        guard case let .changeMeeting(_, _, draft) = write else { return }
        #expect(draft.attendees?.map(\.invitee.name) == ["Ravi Patel"])
    }
}
