import Foundation
import RapportModel

/// The punch pane: the selected project's items, triaged with the keys of `PunchCommands`.
enum PunchFeature: DashboardPane {
    static let id = ViewID.punch
    static let title = "Punch list"
    static let focusCommand = Command.focusPunch
    static let registration = ViewRegistration(id: id, title: title, commands: [
        .addItem, .editItem, .toggleMark, .advanceStatus, .stepBackStatus, .cyclePriority, .setDue, .assign,
        .setLocation, .voidItem, .disputeItem, .filter, .sort, .group, .export,
    ])

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        PunchPane(state: state).render(into: &canvas, area: area, theme: theme)
    }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        state.punch.list.apply(motion, visibleRows: state.visibleRows(id))
        return window(state)
    }

    /// An item opens its detail, with history and the milestones it holds up.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let row = state.punch.list.selectedRow else { return Dispatcher.refuse(&state, "No punch item selected") }
        return [.loadPunchDetail(id: row.id, forEdit: false)]
    }

    static func scroll(_ state: inout AppState) -> [Effect] {
        state.punch.list.scrollToSelection(visibleRows: state.visibleRows(id))
        return window(state)
    }

    static func window(_ state: AppState) -> [Effect] {
        guard let query = state.punch.query, state.punch.list.loaded,
              let w = state.punch.list.windowNeeded(visibleRows: state.visibleRows(id)) else { return [] }
        return [.loadPunch(query, today: state.today, offset: w.offset, limit: w.limit)]
    }

    /// A page arrived. Without its count (it would read every item), the page shows at once,
    /// "≥ N" until the count comes from the background; a window of a list already counted
    /// keeps its count.
    static func loaded(_ state: inout AppState, _ query: PunchQuery, total: Int?, unfilteredTotal: Int, offset: Int,
                       rows: [PunchRow], groups: [PunchGroupCount]) -> [Effect] {
        guard query == state.punch.query else { return [] }  // an answer for a view no longer shown
        let visible = state.visibleRows(id)
        state.punch.settings.unfilteredTotal = unfilteredTotal
        if let total {
            state.punch.list.receive(total: total, offset: offset, rows: rows, visibleRows: visible)
            state.punch.settings.groups = groups
            return []
        }
        let list = state.punch.list
        if list.loaded, !list.counting {
            state.punch.list.receive(total: list.total, offset: offset, rows: rows, visibleRows: visible)
            return []
        }
        state.punch.list.receiveUncounted(offset: offset, rows: rows, visibleRows: visible)
        return list.counting ? [] : [.countPunch(query, today: state.today)]
    }

    /// The count behind a page shown first; a late one, for a filter since changed, is dropped.
    static func counted(_ state: inout AppState, _ query: PunchQuery, total: Int, groups: [PunchGroupCount]) {
        guard query == state.punch.query, state.punch.list.loaded else { return }
        state.punch.list.counted(total, visibleRows: state.visibleRows(id))
        state.punch.settings.groups = groups
    }

    /// When the selected project changes, the punch pane starts over on the new one
    /// (the filter, sort and grouping stay: a PM walks many projects the same way).
    static func followSelectedProject(_ state: inout AppState) -> [Effect] {
        let projectId = state.selectedProject?.id
        guard projectId != state.punch.projectId else { return [] }
        state.punch.projectId = projectId
        state.punch.list.reset()
        state.punch.marked = []
        return loadFromTop(state)
    }

    /// The punch list from its first row, as after a new filter or sort.
    static func loadFromTop(_ state: AppState) -> [Effect] {
        guard let query = state.punch.query else { return [] }
        return [.loadPunch(query, today: state.today, offset: 0, limit: state.visibleRows(id) * 3)]
    }

    /// The list from the top, after its filter, sort or grouping changed.
    static func restart(_ state: inout AppState) -> [Effect] {
        state.punch.list.reset()
        return loadFromTop(state)
    }

    /// The visible window again, with whatever the last write changed.
    /// A filtered list is counted again too (off the main thread: its page need not wait).
    static func reload(_ state: AppState) -> [Effect] {
        guard let query = state.punch.query else { return [] }
        return [.loadPunch(query, today: state.today, offset: state.punch.list.windowStart,
                           limit: max(state.punch.list.rows.count, state.visibleRows(id) * 3))]
            + (query.filter.isEmpty || !state.punch.list.loaded ? [] : [.countPunch(query, today: state.today)])
    }

    /// Esc on the dashboard: clear marks, then the filter, then leave the punch pane.
    static func back(_ state: inout AppState) -> [Effect] {
        if !state.punch.marked.isEmpty {
            state.message = .init(text: "Cleared \(state.punch.marked.count) marks")
            state.punch.marked = []
        } else if !state.punch.settings.filter.isEmpty || !state.punch.settings.filterText.isEmpty {
            return applyFilter(&state, text: "")
        } else if state.focus == .punch {
            state.focus = .projects
        }
        return []
    }

    /// Applies filter text if it parses; otherwise keeps the last good filter and says why.
    /// A new filter clears the marks, so a bulk change never reaches items the user cannot see.
    static func applyFilter(_ state: inout AppState, text: String) -> [Effect] {
        state.punch.settings.filterText = text
        do {
            let filter = try PunchFilter(parsing: text)
            state.punch.settings.filterError = nil
            guard filter != state.punch.settings.filter else { return [] }
            state.punch.settings.filter = filter
            if !state.punch.marked.isEmpty {
                state.message = .init(text: "Cleared \(state.punch.marked.count) marks: the filter changed")
                state.punch.marked = []
            }
            return restart(&state)
        } catch {
            state.punch.settings.filterError = "\(error)"
            return []
        }
    }
}
