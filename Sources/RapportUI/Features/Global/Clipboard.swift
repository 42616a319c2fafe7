import Foundation
import RapportModel

/// What `y` and `Y` copy: a reference to what is selected (the marked punch items, else the
/// selected row, else the detail view on top), as plain text or as Markdown lines.
enum Clipboard {
    enum Form { case plain, markdown }

    /// The text and a short name of what it is, for the status line; nil when nothing is selected.
    static func text(_ state: AppState, _ form: Form) -> (text: String, what: String)? {
        if let route = state.topRoute?.view {
            if let view = route as? PunchDetailRoute {
                let item = view.detail.item
                return (punchLine(code: view.detail.projectCode, number: item.number, title: item.title,
                                  location: view.detail.locationPath ?? "", priority: item.priority, due: item.dueOn, form),
                        "\(view.detail.projectCode)#\(item.number)")
            }
            if let view = route as? ProjectDetailRoute {
                let p = view.detail.project
                return (form == .plain ? "\(p.code) \(p.name)" : "**\(p.code)** \(p.name) (\(p.stage.rawValue), \(view.detail.customerName))",
                        p.code)
            }
            if let view = route as? MeetingDetailRoute { return meeting(view.entry, state, form) }
        }
        switch state.focus {
        case .projects:
            guard let p = state.projects.list.selectedRow else { return nil }
            return (form == .plain ? "\(p.code) \(p.name)" : "**\(p.code)** \(p.name) (\(p.stage.rawValue), \(p.customerName))", p.code)
        case .punch:
            guard let code = state.projects.list.rows.first(where: { $0.id == state.punch.projectId })?.code else { return nil }
            let ids = state.punch.targets
            let rows = state.punch.list.rows.filter { ids.contains($0.id) }
            guard !rows.isEmpty else { return nil }
            let lines = rows.map { punchLine(code: code, number: $0.number, title: $0.title, location: $0.locationPath,
                                             priority: $0.priority, due: $0.dueOn, form) }
            return (lines.joined(separator: "\n"), rows.count == 1 ? "\(code)#\(rows[0].number)" : "\(rows.count) items")
        case .calendar:
            return state.calendar.list.selectedRow.map { meeting($0, state, form) }
        case .temperature:
            guard let c = state.temperature.list.selectedRow else { return nil }
            let t = c.temperature
            return (form == .plain ? c.name : "**\(c.name)** — \(t.score) \(t.band.rawValue)", c.name)
        default:
            return nil
        }
    }

    private static func punchLine(code: String, number: Int, title: String, location: String, priority: Priority,
                                  due: LocalDate?, _ form: Form) -> String {
        guard form == .markdown else { return "\(code)#\(number) \(title)" }
        let facts = [location.isEmpty ? nil : location, "P\(priority.rawValue)", due.map { "due \($0.iso)" }].compactMap { $0 }
        return "- [ ] **\(code)#\(number)** \(title) — " + facts.joined(separator: ", ")
    }

    private static func meeting(_ entry: AgendaEntry, _ state: AppState, _ form: Form) -> (text: String, what: String) {
        let when = TimeText.full(entry.start, state.timeZone)
        let who = entry.projectCode ?? entry.customerName
        let text = form == .plain ? "\(when) \(entry.title)" + (who.map { " (\($0))" } ?? "")
            : "- **\(when)** \(entry.title)" + (who.map { " · \($0)" } ?? "")
        return (text, "the meeting")
    }

    static func copy(_ state: inout AppState, _ form: Form) -> [Effect] {
        guard state.clipboardEnabled else {
            return Dispatcher.refuse(&state, "Copying is off (clipboard = false in the config)")
        }
        guard let (text, what) = text(state, form) else { return Dispatcher.refuse(&state, "Nothing selected to copy") }
        return [.copy(text, what: what)]
    }
}

extension Command {
    static let copyReference = Command("copy-reference", "Copy the selected item's reference and title (OSC 52, works over SSH)",
                                       group: .general, keys: [.char("y")], aliases: ["yank"]) { state, _ in
        Clipboard.copy(&state, .plain)
    }
    static let copyMarkdown = Command("copy-markdown", "Copy the selection as Markdown lines (a checklist for punch items)",
                                      group: .general, keys: [.char("Y")]) { state, _ in
        Clipboard.copy(&state, .markdown)
    }
}
