import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The meeting form read into the writes the CLI's `meeting set` makes: one occurrence, this and
/// following, the whole series moved as the occurrence was; rules as words or RRULEs.
@MainActor
struct MeetingRecordFormTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// A weekly Tuesday 10:00 Berlin series from 3 November 2026 (09:00 UTC in winter).
    var series: Meeting {
        Meeting(id: 7, projectId: 3, uid: "s@x", title: "Site coordination", startsAt: utc("2026-11-03T09:00:00Z"),
                endsAt: utc("2026-11-03T10:00:00Z"), tzid: "Europe/Berlin", rrule: "FREQ=WEEKLY;BYDAY=TU", location: "Hall A",
                salesWelcome: true)
    }
    var occurrence: Date { utc("2026-11-24T09:00:00Z") }
    var entry: AgendaEntry {
        AgendaEntry(meetingId: 7, title: "Site coordination", start: occurrence, end: occurrence + 3600, projectCode: "PRJ-3",
                    customerName: nil, location: "Hall A", salesWelcome: true, seriesId: 7, occurrence: occurrence)
    }
    var target: MeetingFormTarget { .edit(entry, MeetingDetail(meeting: series, attendees: [])) }
    var data: FormData {
        FormData(projects: [ProjectRow(id: 3, code: "PRJ-3", name: "Hall refit", customerId: 1, customerName: "Contoso",
                                       stage: .install, openPunch: 0, assumptionsDue: 0)])
    }
    var state: AppState { AppState(size: Size(columns: 120, rows: 40), now: utc("2026-11-20T09:00:00Z"), timeZone: .gmt) }

    /// The form's values as opened, with `changes` typed over them.
    func values(_ form: RecordForm, _ changes: [String: FieldValue] = [:]) -> FormValues {
        var form = form.form
        guard var values = form.typedValues(today: state.today) else {
            Issue.record("refused: \(form.fields.filter { $0.error != nil }.map { "\($0.id): \($0.error!)" })")
            return FormValues([:])
        }
        values.merge(changes) { $1 }
        return FormValues(values)
    }

    @Test func aRecurringMeetingAsksWhichOccurrencesAndOpensOnThisOne() {
        let form = MeetingRecordForm.make(target, data, zone: .gmt)
        #expect(form.form.fields.map(\.id) == ["scope", "title", "project", "customer", "on", "at", "length", "zone", "repeats",
                                               "sales", "location", "agenda"])
        // The occurrence in its own zone: 10:00 in Berlin, an hour long, the series' rule.
        #expect(form.form.values["at"] == "10:00")
        #expect(form.form.values["length"] == "1h")
        #expect(form.form.values["scope"] == "this occurrence")
        #expect(form.form.values["project"] == "PRJ-3 Hall refit")
    }

    @Test func movingThisOccurrenceWritesAnOverrideOfIt() throws {
        let form = MeetingRecordForm.make(target, data, zone: .gmt)
        let write = try MeetingRecordForm.write(values(form, ["at": .text("11:30")]), target, state).get()
        guard case let .changeMeeting(id, scope, draft) = write else { Issue.record("\(write)"); return }
        #expect(id == 7)
        #expect(scope == .occurrence(occurrence))
        #expect(draft.startsAt == utc("2026-11-24T10:30:00Z"))
        #expect(draft.endsAt == utc("2026-11-24T11:30:00Z"))
        #expect(draft.projectId == 3)
    }

    @Test func theWholeSeriesMovesAsTheOccurrenceWasMoved() throws {
        let form = MeetingRecordForm.make(target, data, zone: .gmt)
        let write = try MeetingRecordForm.write(values(form, ["at": .text("11:30"), "scope": .choice("whole series"),
                                                              "length": .text("12:00")]), target, state).get()
        guard case let .changeMeeting(_, scope, draft) = write else { Issue.record("\(write)"); return }
        #expect(scope == .series)
        // From the series' first start, 3 November, an hour and a half later; ends at 12:00.
        #expect(draft.startsAt == utc("2026-11-03T10:30:00Z"))
        #expect(draft.endsAt == utc("2026-11-03T11:00:00Z"))
        #expect(draft.rrule == "FREQ=WEEKLY;BYDAY=TU")
    }

    @Test func thisAndFollowingSplitsAtTheOccurrence() throws {
        let form = MeetingRecordForm.make(target, data, zone: .gmt)
        let write = try MeetingRecordForm.write(values(form, ["scope": .choice("this and following"),
                                                              "repeats": .text("every 2 weeks")]), target, state).get()
        guard case let .changeMeeting(_, scope, draft) = write else { Issue.record("\(write)"); return }
        #expect(scope == .following(occurrence))
        #expect(draft.rrule == "FREQ=WEEKLY;INTERVAL=2")
        #expect(draft.startsAt == occurrence)
    }

    @Test(arguments: [
        ("repeats", "FREQ=WEEKLY;BYDAY=XX", "malformed recurrence rule part 'BYDAY=XX'"),
        ("repeats", "sometimes", "write none, daily, weekdays, weekly, every 2 weeks, monthly, yearly, or an RRULE (FREQ=WEEKLY;BYDAY=TU)"),
        ("zone", "Mars/Olympus", "'Mars/Olympus' is no time zone: write e.g. Europe/Berlin"),
        ("at", "25:00", "a time as HH:MM (e.g. 09:30), or all day"),
        ("length", "0m", "a length (45m, 1h30m, 2d) or an end time after the start (11:30)"),
    ])
    func aFieldThatDoesNotReadIsRefusedOnIt(field: String, typed: String, message: String) {
        let form = MeetingRecordForm.make(target, data, zone: .gmt)
        let result = MeetingRecordForm.write(values(form, [field: .text(typed)]), target, state)
        #expect(result == .failure(FieldRefusal(field: field, message: message)))
    }

    @Test func aNewMeetingIsOnTheCursorsDayInTheUsersZone() throws {
        var form = MeetingRecordForm.make(.new(day: LocalDate(year: 2026, month: 12, day: 1)), data, zone: berlin)
        #expect(form.form.fields.first?.id == "title")
        _ = form.form.paste("Kick-off")  // the title has the focus
        let write = try MeetingRecordForm.write(values(form, ["length": .text("1h30m"),
                                                              "repeats": .text("weekdays")]), .new(day: LocalDate(year: 2026, month: 12, day: 1)), state).get()
        guard case let .addMeeting(draft) = write else { Issue.record("\(write)"); return }
        #expect(draft.title == "Kick-off")
        #expect(draft.tzid == "Europe/Berlin")
        #expect(draft.startsAt == utc("2026-12-01T09:00:00Z"))
        #expect(draft.endsAt == utc("2026-12-01T10:30:00Z"))
        #expect(draft.rrule == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
    }

    @Test(arguments: [("45m", 2_700.0), ("1h30m", 5_400.0), ("90", 5_400.0), ("2h", 7_200.0), ("11:15", 4_500.0), ("09:30", 84_600.0)])
    func lengthsAndEndTimes(typed: String, seconds: TimeInterval) {
        let start = utc("2026-12-01T10:00:00Z")
        #expect(MeetingRecordForm.end(typed, after: start, allDay: false, zone: .gmt) == start + seconds)
    }

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aSavedEditClosesTheMeetingsViewOntoTheCalendar() {
        var state = self.state
        state.focus = .calendar
        _ = MeetingDetailRoute.open(&state, entry)
        var form = MeetingRecordForm.make(target, data, zone: .gmt)
        form.pending = true
        state.modal = .form(form)
        _ = reduce(&state, .written(.saved(label: "change occurrence of Site coordination", touched: [.calendar], then: nil)))
        #expect(state.modal == nil)
        #expect(state.routes.isEmpty)
        #expect(state.message?.text.hasPrefix("Saved: change occurrence") == true)
    }
}

/// A meeting's time and length are typed anew, as a date is: the first key replaces the given
/// value (a new user typing 14:00 over 10:00 got "10:0014:00").
struct MeetingTimeFieldTests {
    @Test(arguments: ["at", "length"])
    func theGivenValueIsTypedOver(field: String) {
        var form = Form(title: "Meeting", fields: [
            .init(id: "title", label: "Title", text: "Site coordination"),
            MeetingRecordForm.timeField(id: "at", label: "At", text: "10:00", placeholder: nil),
            MeetingRecordForm.timeField(id: "length", label: "Length or end", text: "1h", placeholder: nil),
        ])
        while form.fields[form.focus].id != field { _ = form.handle(.tab) }
        for c in "2h" { _ = form.handle(.char(c)) }
        #expect(form[field] == "2h")
        // Once typing has begun, keys add to what is typed; a line field still appends.
        _ = form.handle(.char("3"))
        #expect(form[field] == "2h3")
        form.focus(field: "title")
        _ = form.handle(.char("!"))
        #expect(form["title"] == "Site coordination!")
    }
}
