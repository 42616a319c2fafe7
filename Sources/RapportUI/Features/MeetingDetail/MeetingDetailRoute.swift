import Foundation
import RapportModel

extension ViewID {
    public static let meeting = ViewID(rawValue: "meeting")
}

/// One meeting occurrence whole: when, where, for which project and customer, and whether
/// sales may drop in.
struct MeetingDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .meeting, title: "Meeting", commands: [])

    let entry: AgendaEntry
    var top = 0

    var id: ViewID { .meeting }

    func lines(_ state: AppState) -> [String] {
        let zone = state.timeZone
        return [
            "Title     \(entry.title)",
            "When      \(TimeText.full(entry.start, zone))–\(TimeText.hourMinute(entry.end, zone))",
            "Project   \(entry.projectCode ?? "–")",
            "Customer  \(entry.customerName ?? "–")",
            "Where     \(entry.location.isEmpty ? "–" : entry.location)",
            "Sales     \(entry.salesWelcome ? "welcome to drop in" : "team only")",
        ]
    }

    mutating func move(_ motion: ListMotion) { top = TextBox.scroll(top, motion) }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        TextBox(title: "Meeting" + RouteTitle.backNote(state), lines: lines(state).map { TextBox.Line($0) }, width: 90,
                top: top).render(into: &canvas, area: area, theme: theme)
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
