import Foundation
import RapportModel

extension ViewID {
    public static let meeting = ViewID(rawValue: "meeting")
}

/// One meeting occurrence whole: when (in the user's zone and the meeting's own), where, for
/// which project and customer, whether sales may drop in, who is invited, this occurrence's
/// agenda and minutes, its action items, and those still open from earlier occurrences.
/// Action items are selectable: `p` makes the selected one a punch item of the project.
struct MeetingDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .meeting, title: "Meeting", commands: [
        .writeMinutes, .addActionItem, .punchActionItem, .actionItemDone, .dropInBrief, .scheduleNextMeeting, .cancelOccurrence,
        .editMeeting, .inviteAttendee, .removeAttendee, .joinMeeting,
    ] + MeetingDetailRoute.captureCommands)

    /// The occurrence as the agenda listed it; once the occurrence is changed (an override),
    /// the override's row, times and marks.
    var entry: AgendaEntry
    /// The meeting's record for this occurrence; nil until loaded (or where none are kept).
    var detail: MeetingDetail?
    var selected: Int?
    /// Showing the sales drop-in brief instead of the meeting.
    var brief: DropInBrief?
    /// Intel captured in this meeting (`MeetingIntelLines`); nil until loaded.
    var intel: [IntelRow]?

    var id: ViewID { .meeting }

    /// The selectable action items: this occurrence's, then the open ones from before.
    var items: [OpenActionItem] { (detail?.actionItems ?? []) + (detail?.openActionItems ?? []) }

    var selectedItem: OpenActionItem? { selected.flatMap { items.indices.contains($0) ? items[$0] : nil } }

    mutating func move(_ motion: ListMotion) {
        selected = motion.moved(selected, count: items.count) ?? selected
    }

    func reload(_ state: AppState) -> [Effect] {
        [.loadMeeting(meetingId: entry.meetingId, occurrence: entry.occurrence), .loadMeetingIntel(meetingId: entry.meetingId, today: state.today)]
    }

    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        areas.contains(.calendar) || areas.contains(where: { if case .punch = $0 { return true } else { return false } })
            ? reload(state) : intelReload(state, after: areas)
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        if let brief {
            let lines = DropInBriefView(brief: brief, zone: state.timeZone).lines()
            TextBox(title: "Drop-in brief" + RouteTitle.note(.dropInBrief, "back to the meeting", state) + RouteTitle.backNote(state),
                    lines: lines, width: 110).render(into: &canvas, area: area, theme: theme)
            return
        }
        let keys = RouteTitle.note(.writeMinutes, "minutes", state) + RouteTitle.note(.addActionItem, "action item", state)
            + RouteTitle.note(.punchActionItem, "to punch", state) + RouteTitle.note(.dropInBrief, "drop-in brief", state)
            + RouteTitle.note(.editMeeting, "edit", state)
            + RouteTitle.backNote(state)
        let lines = MeetingView(entry: entry, detail: detail, selected: selected, zone: state.timeZone).lines()
            + MeetingIntelLines(intel: intel).lines()
        let visible = max(1, area.height - 2)
        let at = lines.firstIndex { $0.highlighted } ?? 0
        TextBox(title: "Meeting" + keys, lines: lines, width: 110, top: at < visible - 2 ? 0 : at - visible / 2)
            .render(into: &canvas, area: area, theme: theme)
    }

    /// Opens the occurrence's view and loads its record.
    static func open(_ state: inout AppState, _ entry: AgendaEntry) -> [Effect] {
        Dispatcher.push(&state, MeetingDetailRoute(entry: entry))
        return [.loadMeeting(meetingId: entry.meetingId, occurrence: entry.occurrence),
                .loadMeetingIntel(meetingId: entry.meetingId, today: state.today)]
    }

    static func loaded(_ state: inout AppState, _ detail: MeetingDetail) {
        state.updateRoutes(MeetingDetailRoute.self) { route in
            let ofThisOccurrence = detail.meeting.seriesId == route.entry.seriesId && detail.occurrence == route.entry.occurrence
            guard route.entry.meetingId == detail.meeting.id || route.entry.seriesId == detail.meeting.id || ofThisOccurrence
            else { return }
            if ofThisOccurrence { route.entry.follow(detail.meeting) }
            route.detail = detail
            let count = route.items.count
            route.selected = count == 0 ? nil : min(route.selected ?? 0, count - 1)
        }
    }

    static func briefLoaded(_ state: inout AppState, _ brief: DropInBrief) {
        state.updateRoutes(MeetingDetailRoute.self) { route in
            if route.entry.meetingId == brief.meetingId || route.entry.seriesId == brief.meetingId { route.brief = brief }
        }
    }
}

/// The key notes detail views put in their titles, read from the live keymap.
enum RouteTitle {
    /// " · Esc back", or nothing when `back` has no key.
    static func backNote(_ state: AppState) -> String {
        note(.back, "back", state)
    }

    /// " · KEY text" for `command` as seen from the view on top; nothing when it has no key.
    static func note(_ command: Command, _ text: String, _ state: AppState) -> String {
        state.keymap.keys(for: command, in: state.viewScopes).first.map { " · \($0) \(text)" } ?? ""
    }
}

extension AgendaEntry {
    /// This occurrence as `override` now has it: its row, title, place, mark and (when timed) times.
    mutating func follow(_ override: Meeting) {
        meetingId = override.id ?? meetingId
        title = override.title
        location = override.location
        salesWelcome = override.salesWelcome
        if !override.allDay && !allDay {
            start = override.startsAt
            end = override.endsAt
        }
    }
}
