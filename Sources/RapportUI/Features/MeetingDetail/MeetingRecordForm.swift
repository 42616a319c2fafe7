import Foundation
import RapportModel

/// Which meeting the meeting form is for: a new one on a day, or the occurrence a meeting view shows.
public enum MeetingFormTarget: Equatable, Sendable {
    case new(day: LocalDate)
    /// `detail.meeting` is the occurrence's row (an override, or the series or one-off itself).
    case edit(AgendaEntry, MeetingDetail)

    /// The series the occurrence belongs to (or the one-off).
    var series: Meeting? {
        guard case let .edit(_, detail) = self else { return nil }
        return detail.series ?? detail.meeting
    }

    var recurs: Bool { series?.recurs ?? false }
}

/// The meeting record form: title, project or customer, start, length, zone, repeat rule, sales
/// welcome, place and agenda; editing one occurrence of a series first asks which occurrences
/// the change is for. Times are read in the form's own zone, the meeting's TZID.
enum MeetingRecordForm {
    static let scopes = ["this occurrence", "this and following", "whole series"]

    static func make(_ target: MeetingFormTarget, _ data: FormData, zone: TimeZone) -> RecordForm {
        let projects = data.projects.map { RecordRef(id: $0.id, name: "\($0.code) \($0.name)") }
        let customers = data.customers.map { RecordRef(id: $0.id, name: $0.name) }
        var fields: [Form.Field] = []
        let title: String
        switch target {
        case .new(let day):
            title = "New meeting"
            fields = common(title: "", project: "", customer: "", day: day, at: "10:00", length: "1h", tzid: zone.identifier,
                            rule: "none", sales: false, location: "", agenda: "", projects: projects, customers: customers)
        case let .edit(entry, detail):
            let m = detail.meeting, series = detail.series ?? m
            title = "Edit \(m.title)"
            if target.recurs {
                fields.append(.init(id: "scope", label: "Change", text: scopes[0], kind: .choice(scopes), required: true))
            }
            let own = m.allDay ? TimeZone(identifier: "UTC")! : TimeZone(identifier: m.tzid) ?? zone
            // An all-day entry starts at the user's midnight; its date is the one shown.
            let day = LocalDate(entry.start, in: m.allDay ? zone : own)
            let project = data.projects.first { $0.id == series.projectId }.map { "\($0.code) \($0.name)" } ?? ""
            let customer = data.customers.first { $0.id == series.customerId }?.name ?? ""
            fields += common(title: m.title, project: project, customer: customer, day: day,
                             at: m.allDay ? "all day" : TimeText.hourMinute(entry.start, own),
                             length: length(entry.end.timeIntervalSince(entry.start), allDay: m.allDay),
                             tzid: m.allDay ? zone.identifier : m.tzid, rule: series.rrule ?? "none", sales: m.salesWelcome,
                             location: m.location, agenda: m.agenda, projects: projects, customers: customers)
        }
        var edit = RecordForm(form: Form(title: title, fields: fields), purpose: .record(.meeting(target)))
        edit.annotate()
        return edit
    }

    private static func common(title: String, project: String, customer: String, day: LocalDate, at: String, length: String,
                               tzid: String, rule: String, sales: Bool, location: String, agenda: String,
                               projects: [RecordRef], customers: [RecordRef]) -> [Form.Field] {
        [
            .init(id: "title", label: "Title", text: title, required: true, placeholder: "Weekly site coordination"),
            .init(id: "project", label: "Project", text: project, kind: .reference(projects)),
            .init(id: "customer", label: "Customer", text: customer, kind: .reference(customers),
                  placeholder: "for a meeting of no project (Tab completes)"),
            .init(id: "on", label: "On", text: day.iso, kind: .date, required: true),
            timeField(id: "at", label: "At", text: at, placeholder: "HH:MM in the zone below, or all day"),
            timeField(id: "length", label: "Length or end", text: length, placeholder: "45m, 1h30m, 2d, or the end time 11:30"),
            .init(id: "zone", label: "Time zone", text: tzid, required: true, placeholder: "IANA (Europe/Berlin) or Windows name"),
            .init(id: "repeats", label: "Repeats", text: rule,
                  placeholder: "none, daily, weekdays, weekly, every 2 weeks, monthly, yearly, or FREQ=…"),
            .init(id: "sales", label: "Sales welcome", text: sales ? "yes" : "no", kind: .flag),
            .init(id: "location", label: "Where", text: location),
            .init(id: "agenda", label: "Agenda", text: agenda, kind: .text, placeholder: "Enter starts a new line"),
        ]
    }

    /// Whether the *At* field says the meeting is held on dates: `all day` (or `all-day`, `allday`).
    static func isAllDay(_ at: String) -> Bool {
        ["all day", "all-day", "allday"].contains(at.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A required one-line field typed anew, as a date is: a time or a length.
    static func timeField(id: String, label: String, text: String, placeholder: String?) -> Form.Field {
        var field = Form.Field(id: id, label: label, text: text, required: true, placeholder: placeholder)
        field.typedAnew = true
        return field
    }

    /// `1h`, `45m`, `1h30m`, `2d`: how a length is shown in the form.
    static func length(_ seconds: TimeInterval, allDay: Bool) -> String {
        let minutes = Int((seconds / 60).rounded())
        if allDay || (minutes > 0 && minutes % 1440 == 0 && minutes >= 1440) { return "\(max(1, minutes / 1440))d" }
        let h = minutes / 60, m = minutes % 60
        return h == 0 ? "\(m)m" : m == 0 ? "\(h)h" : "\(h)h\(m)m"
    }

    /// After an edit is saved: the meeting's view named the occurrence as it was (its time, its
    /// series before a split), so it closes onto the calendar, which shows it as it is now.
    static func written(_ purpose: RecordForm.Purpose, _ state: inout AppState) {
        guard case .record(.meeting(.edit)) = purpose, state.topRoute?.id == .meeting else { return }
        _ = Dispatcher.popRoute(&state)
    }

    // MARK: - Reading the form

    static func write(_ v: FormValues, _ target: MeetingFormTarget, _ state: AppState) -> Result<RecordWrite, FieldRefusal> {
        let tzid = v.text("zone")
        guard let zone = TimeZoneName.zone(for: tzid) else {
            return .failure(FieldRefusal(field: "zone", message: "'\(tzid)' is no time zone: write e.g. Europe/Berlin"))
        }
        let rule: String?
        switch RuleShorthand.rrule(from: v.text("repeats")) {
        case .failure(let refusal): return .failure(FieldRefusal(field: "repeats", message: refusal.message))
        case .success(let read): rule = read
        }
        guard let day = v.date("on") else { return .failure(FieldRefusal(field: "on", message: "say on which day")) }
        let at = v.text("at").lowercased()
        let allDay = isAllDay(at)
        let utc = TimeZone(identifier: "UTC")!
        guard let start = allDay ? day.startOfDay(in: utc) : MeetingForms.instant(at, on: day, in: zone) else {
            return .failure(FieldRefusal(field: "at", message: "a time as HH:MM (e.g. 09:30), or all day"))
        }
        guard let end = end(v.text("length"), after: start, allDay: allDay, zone: allDay ? utc : zone) else {
            return .failure(FieldRefusal(field: "length", message: "a length (45m, 1h30m, 2d) or an end time after the start (11:30)"))
        }
        var draft: MeetingDraft
        let meetingId: Int64?, scope: MeetingScope
        switch target {
        case .new:
            draft = MeetingDraft(title: "", startsAt: start, endsAt: end, tzid: zone.identifier, organizer: state.user)
            meetingId = nil
            scope = .series
        case let .edit(entry, detail):
            let series = detail.series ?? detail.meeting
            switch target.recurs ? v.choice("scope") : scopes[2] {
            case scopes[0]: scope = .occurrence(entry.occurrence)
            case scopes[1]: scope = .following(entry.occurrence)
            default: scope = .series
            }
            meetingId = entry.meetingId
            if case .occurrence = scope {
                draft = MeetingDraft(detail.meeting)
            } else {
                draft = MeetingDraft(series)
            }
            draft.startsAt = start
            if case .series = scope, target.recurs {
                // The whole series moves as this occurrence was moved, from its first start.
                draft.startsAt = series.startsAt + start.timeIntervalSince(entry.allDay ? LocalDate(entry.start, in: state.timeZone)
                    .startOfDay(in: utc) : entry.start)
            }
            draft.endsAt = draft.startsAt + end.timeIntervalSince(start)
            draft.tzid = zone.identifier
        }
        draft.title = v.text("title")
        draft.allDay = allDay
        draft.rrule = rule
        draft.salesWelcome = v.flag("sales")
        draft.location = v.text("location")
        draft.agenda = v.text("agenda")
        draft.projectId = v.reference("project")
        draft.customerId = draft.projectId == nil ? v.reference("customer") : nil
        if let meetingId { return .success(.changeMeeting(meetingId: meetingId, scope: scope, draft)) }
        return .success(.addMeeting(draft))
    }

    /// The end a length (`45m`, `1h30m`, `90`, `2d`) or an end time (`11:30`, the next day when
    /// not after the start) gives; nil when it does not read or ends before the start.
    static func end(_ text: String, after start: Date, allDay: Bool, zone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.contains(":") {
            guard !allDay else { return nil }
            let day = LocalDate(start, in: zone)
            guard let end = MeetingForms.instant(t, on: day, in: zone) else { return nil }
            return end > start ? end : MeetingForms.instant(t, on: day.adding(days: 1), in: zone)
        }
        var seconds = 0, number = "", any = false
        for c in t where c != " " {
            if c.isNumber { number.append(c); continue }
            guard let n = Int(number), let unit = ["d": 86_400, "h": 3600, "m": 60][String(c)] else { return nil }
            seconds += n * unit
            number = ""
            any = true
        }
        if let n = Int(number) { seconds += n * (any ? 60 : (allDay ? 86_400 : 60)) } else if !number.isEmpty || !any { return nil }
        guard seconds > 0 else { return nil }
        if allDay { return start + TimeInterval(max(1, seconds / 86_400) * 86_400) }
        return start + TimeInterval(seconds)
    }
}
