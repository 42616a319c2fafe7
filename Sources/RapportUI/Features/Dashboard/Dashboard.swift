import RapportModel

/// One pane of the dashboard: the four views the dashboard composes, each in its own folder.
protocol DashboardPane {
    static var id: ViewID { get }
    /// "Projects", as the pane's border and help name it.
    static var title: String { get }
    /// The global command that focuses this pane (`1` … `4`).
    static var focusCommand: Command { get }
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme)
    /// Moves the pane's selection and loads what became visible.
    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect]
    /// `Enter` on the pane's selected row.
    static func open(_ state: inout AppState) -> [Effect]
    /// Keeps the selection visible after a resize, loading what that needs.
    static func scroll(_ state: inout AppState) -> [Effect]
}

extension DashboardPane {
    /// The pane as a value the dashboard can keep in a list.
    static var entry: PaneEntry {
        PaneEntry(id: id, title: title, focusCommand: focusCommand,
                  render: { state, canvas, area, theme in render(state, into: &canvas, area: area, theme: theme) },
                  move: { move(&$0, $1) }, open: { open(&$0) }, scroll: { scroll(&$0) })
    }
}

/// A dashboard pane's entry points, as the dashboard calls them.
struct PaneEntry: Sendable {
    let id: ViewID
    let title: String
    let focusCommand: Command
    let render: @Sendable (AppState, inout Canvas, Rect, Theme) -> Void
    let move: @Sendable (inout AppState, ListMotion) -> [Effect]
    let open: @Sendable (inout AppState) -> [Effect]
    let scroll: @Sendable (inout AppState) -> [Effect]
}

/// The dashboard: four panes (projects and punch list on the left, calendar and temperature on
/// the right) and the focus that moves between them.
enum Dashboard {
    /// The panes in focus order.
    static let panes: [PaneEntry] = [ProjectsFeature.entry, PunchFeature.entry, CalendarFeature.entry,
                                     TemperatureFeature.entry]

    static let registration = ViewRegistration(id: nil, title: "Panes", commands: [.nextPane, .previousPane] +
        panes.map(\.focusCommand) + [.zoomPane])

    static func pane(_ id: ViewID) -> PaneEntry? { panes.first { $0.id == id } }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        pane(state.focus)?.move(&state, motion) ?? []
    }

    static func open(_ state: inout AppState) -> [Effect] {
        pane(state.focus)?.open(&state) ?? []
    }

    static func focus(_ state: inout AppState, _ id: ViewID) -> [Effect] {
        state.routes = []
        state.focus = id
        // A zoomed screen follows the focus, as tmux's zoomed pane does.
        guard state.zoomed != nil, state.zoomed != id else { return [] }
        state.zoomed = id
        return scrollAll(&state)
    }

    static func cycleFocus(_ state: inout AppState, by step: Int) -> [Effect] {
        let ids = panes.map(\.id)
        let i = ids.firstIndex(of: state.focus) ?? 0
        return focus(&state, ids[(i + step + ids.count) % ids.count])
    }

    /// Keeps every pane's selection visible after the layout changed.
    static func scrollAll(_ state: inout AppState) -> [Effect] {
        panes.flatMap { $0.scroll(&state) }
    }

    static func render(_ state: AppState, into canvas: inout Canvas, theme: Theme) {
        for pane in panes where state.zoomed == nil || state.zoomed == pane.id {
            pane.render(state, &canvas, state.layout.frame(pane.id), theme)
        }
    }
}

extension Command {
    static let nextPane = Command("next-pane", "Focus the next pane", group: .panes, keys: [.tab], hint: "pane",
                                  hintOrder: 2) { state, _ in
        Dashboard.cycleFocus(&state, by: 1)
    }
    static let zoomPane = Command("zoom-pane", "Give the focused pane the whole screen, or give the others back",
                                  group: .panes, keys: [.char("+")], aliases: ["zoom"]) { state, _ in
        state.zoomed = state.zoomed == nil ? state.focus : nil
        return Dashboard.scrollAll(&state)
    }
    static let previousPane = Command("previous-pane", "Focus the previous pane", group: .panes, keys: [.backTab]) { state, _ in
        Dashboard.cycleFocus(&state, by: -1)
    }
}

/// The "12 of 40" note in a pane's bottom border.
enum PaneNote {
    static func position<Row>(_ list: ListState<Row>) -> String {
        guard list.loaded else { return "loading" }
        guard let selected = list.selected else { return "none" }
        return "\(selected + 1) of \(list.counting ? "≥ " : "")\(list.total)"
    }
}
