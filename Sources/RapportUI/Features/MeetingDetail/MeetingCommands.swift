import Foundation
import RapportModel

/// The meeting view's commands: minutes and action items of the occurrence, turning an action
/// item into a punch item, the drop-in brief, cancelling the occurrence.
extension Command {
    static let writeMinutes = Command("write-minutes", "Write this occurrence's agenda and minutes", group: .calendar,
                                      keys: [.char("w")], scope: .view(.meeting), aliases: ["minutes"]) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self), let detail = route.detail else { return MeetingEdits.notLoaded(&state) }
        state.modal = .form(MeetingForms.minutes(route.entry, detail))
        return []
    }
    static let addActionItem = Command("add-action-item", "Add an action item to this occurrence: what, who, by when",
                                       group: .calendar, keys: [.char("a")], scope: .view(.meeting)) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self), route.detail != nil else { return MeetingEdits.notLoaded(&state) }
        state.modal = .form(MeetingForms.actionItem(route.entry, owner: state.user, today: state.today))
        return []
    }
    static let punchActionItem = Command("punch-action-item", "Make the selected action item a punch item of the meeting's project",
                                         group: .calendar, keys: [.char("p")], scope: .view(.meeting)) { state, _ in
        guard let item = state.route(MeetingDetailRoute.self)?.selectedItem, let id = item.item.id else {
            return Dispatcher.refuse(&state, "Select an action item")
        }
        if let ref = item.punchRef { return Dispatcher.refuse(&state, "That action item is punch item \(ref) already") }
        return [.write(.record(.punchActionItem(id: id)), by: state.user)]
    }
    static let actionItemDone = Command("action-item-done", "Mark the selected action item done, or open again",
                                        group: .calendar, keys: [.char("x")], scope: .view(.meeting)) { state, _ in
        guard let item = state.route(MeetingDetailRoute.self)?.selectedItem, let id = item.item.id else {
            return Dispatcher.refuse(&state, "Select an action item")
        }
        return [.write(.record(.actionItemDone(id: id, done: !item.item.done)), by: state.user)]
    }
    static let dropInBrief = Command("drop-in-brief", "The sales drop-in brief: temperature, concerns, blockers, who will be there, last minutes",
                                     group: .calendar, keys: [.char("b")], scope: .view(.meeting), aliases: ["brief"]) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self) else { return [] }
        if route.brief != nil {
            state.updateRoutes(MeetingDetailRoute.self) { $0.brief = nil }
            return []
        }
        return [.loadDropInBrief(meetingId: route.entry.seriesId, occurrence: route.entry.occurrence, now: state.now,
                                 timeZone: state.timeZone)]
    }
    static let scheduleNextMeeting = Command("schedule-next-meeting", "Schedule the next meeting: a copy of this one (people, place, links) on a new date",
                                             group: .calendar, keys: [.char("N")], scope: .view(.meeting), aliases: ["next-meeting"]) { state, _ in
        guard let entry = state.route(MeetingDetailRoute.self)?.entry else { return [] }
        state.modal = .form(MeetingForms.next(entry, zone: state.timeZone))
        return []
    }
    static let cancelOccurrence = Command("cancel-occurrence", "Cancel this occurrence (the rest of the series stays; u undoes)",
                                          group: .calendar, keys: [.char("X")], scope: .view(.meeting)) { state, _ in
        guard let entry = state.route(MeetingDetailRoute.self)?.entry else { return [] }
        return [.write(.record(.cancelOccurrence(meetingId: entry.seriesId, occurrence: entry.occurrence)), by: state.user)]
    }
    static let editMeeting = Command("edit-meeting", "Edit the meeting: when, how long, zone, repeats, place; this occurrence, the following or the series",
                                     group: .calendar, keys: [.char("E")], scope: .view(.meeting)) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self), let detail = route.detail else { return MeetingEdits.notLoaded(&state) }
        return [.loadFormData(.meeting(.edit(route.entry, detail)))]
    }
    static let inviteAttendee = Command("invite-attendee", "Invite someone: a contact of the customer, or a name or e-mail, with role and response",
                                        group: .calendar, keys: [.char("A")], scope: .view(.meeting), aliases: ["invite"]) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self), let detail = route.detail else { return MeetingEdits.notLoaded(&state) }
        return [.loadFormData(.attendee(AttendeeFormTarget(entry: route.entry, detail: detail, removing: false),
                                        customerName: detail.customerName))]
    }
    static let joinMeeting = Command("join-meeting", "Drop in: put yourself (config user) on this occurrence, accepted; again takes you off",
                                     group: .calendar, keys: [.char("J")], scope: .view(.meeting), aliases: ["join", "drop-in"]) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self), let detail = route.detail else { return MeetingEdits.notLoaded(&state) }
        return [.write(.record(MeetingJoin.write(entry: route.entry, detail: detail, user: state.user)), by: state.user)]
    }
    static let removeAttendee = Command("remove-attendee", "Remove someone from the meeting's people", group: .calendar,
                                        keys: [.char("R")], scope: .view(.meeting)) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self), let detail = route.detail else { return MeetingEdits.notLoaded(&state) }
        guard !detail.attendees.isEmpty else { return Dispatcher.refuse(&state, "Nobody is invited") }
        state.modal = .form(AttendeeForm.make(AttendeeFormTarget(entry: route.entry, detail: detail, removing: true), FormData()))
        return []
    }
}

enum MeetingEdits {
    static func notLoaded(_ state: inout AppState) -> [Effect] {
        Dispatcher.refuse(&state, "The meeting's record is not loaded")
    }
}

/// The meeting view's forms: an occurrence's agenda and minutes, and an action item.
enum MeetingForms {
    static func minutes(_ entry: AgendaEntry, _ detail: MeetingDetail) -> RecordForm {
        let form = Form(title: "Minutes · \(entry.title)", fields: [
            .init(id: "agenda", label: "Agenda", text: detail.note?.agenda ?? "", kind: .text),
            .init(id: "minutes", label: "Minutes", text: detail.note?.minutes ?? "", kind: .text,
                  placeholder: "what was said and decided; Enter starts a new line"),
        ])
        return RecordForm(form: form, purpose: .record(.meetingNote(meetingId: entry.seriesId, occurrence: entry.occurrence,
                                                                     attended: detail.note?.attended ?? [])))
    }

    static func next(_ entry: AgendaEntry, zone: TimeZone) -> RecordForm {
        let day = LocalDate(entry.start, in: zone).adding(days: 7)
        let form = Form(title: "Next meeting after \(entry.title)", fields: [
            .init(id: "on", label: "On", text: day.iso, kind: .date, required: true),
            MeetingRecordForm.timeField(id: "at", label: "At", text: TimeText.hourMinute(entry.start, zone), placeholder: "HH:MM, your time"),
        ])
        return RecordForm(form: form, purpose: .record(.nextMeeting(meetingId: entry.meetingId)))
    }

    /// `09:30` on `day` in `zone`, or nil when the time does not read.
    static func instant(_ time: String, on day: LocalDate, in zone: TimeZone) -> Date? {
        let parts = time.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: h, minute: m))
    }

    static func actionItem(_ entry: AgendaEntry, owner: String, today: LocalDate) -> RecordForm {
        let form = Form(title: "Action item · \(entry.title)", fields: [
            .init(id: "text", label: "What", required: true, placeholder: "send the rack elevation to IT"),
            .init(id: "owner", label: "Who", text: owner),
            .init(id: "due", label: "By", text: today.adding(days: 7).iso, kind: .date),
        ])
        return RecordForm(form: form, purpose: .record(.actionItem(meetingId: entry.seriesId, occurrence: entry.occurrence)))
    }
}
