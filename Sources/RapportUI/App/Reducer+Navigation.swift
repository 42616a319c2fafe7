import Foundation
import RapportModel

extension Reducer {
    /// Applies a movement to the focused list, then loads what became visible.
    static func moveSelection(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        let rows = state.visibleRows(state.focus)
        switch state.focus {
        case .projects: state.projects.apply(motion, visibleRows: rows)
        case .punch: state.punch.apply(motion, visibleRows: rows)
        case .calendar: state.agenda.apply(motion, visibleRows: rows)
        case .temperature: state.temperatures.apply(motion, visibleRows: rows)
        }
        return windowEffects(state) + followSelectedProject(&state)
    }

    /// Keeps every list's selection visible after the layout changed.
    static func scrollAll(_ state: inout AppState) -> [Effect] {
        state.projects.scrollToSelection(visibleRows: state.visibleRows(.projects))
        state.punch.scrollToSelection(visibleRows: state.visibleRows(.punch))
        state.agenda.scrollToSelection(visibleRows: state.visibleRows(.calendar))
        state.temperatures.scrollToSelection(visibleRows: state.visibleRows(.temperature))
        return windowEffects(state)
    }

    /// Loads for the paged lists whose visible rows are not in memory.
    static func windowEffects(_ state: AppState) -> [Effect] {
        var effects: [Effect] = []
        if state.projects.loaded, let w = state.projects.windowNeeded(visibleRows: state.visibleRows(.projects)) {
            effects.append(.loadProjects(offset: w.offset, limit: w.limit))
        }
        if let query = state.punchQuery, state.punch.loaded,
           let w = state.punch.windowNeeded(visibleRows: state.visibleRows(.punch)) {
            effects.append(.loadPunch(query, today: state.today, offset: w.offset, limit: w.limit))
        }
        if state.agenda.loaded, let w = state.agenda.windowNeeded(visibleRows: state.visibleRows(.calendar)) {
            let window = state.agendaWindow
            effects.append(.loadAgenda(from: window.lowerBound, to: window.upperBound, offset: w.offset, limit: w.limit))
        }
        return effects
    }

    /// When the selected project changes, the punch pane starts over on the new one
    /// (the filter, sort and grouping stay: a PM walks many projects the same way).
    static func followSelectedProject(_ state: inout AppState) -> [Effect] {
        let id = state.selectedProject?.id
        guard id != state.punchProjectId else { return [] }
        state.punchProjectId = id
        state.punch.reset()
        state.marked = []
        return loadPunchFromTop(state)
    }

    /// The punch list from its first row, as after a new filter or sort.
    static func loadPunchFromTop(_ state: AppState) -> [Effect] {
        guard let query = state.punchQuery else { return [] }
        return [.loadPunch(query, today: state.today, offset: 0, limit: state.visibleRows(.punch) * 3)]
    }

    /// The visible windows again, with whatever the last write changed.
    static func reloadAfterWrite(_ state: AppState) -> [Effect] {
        var effects: [Effect] = [
            .loadProjects(offset: state.projects.windowStart,
                          limit: max(state.projects.rows.count, state.visibleRows(.projects) * 3)),
        ]
        if let query = state.punchQuery {
            effects.append(.loadPunch(query, today: state.today, offset: state.punch.windowStart,
                                      limit: max(state.punch.rows.count, state.visibleRows(.punch) * 3)))
        }
        if case .projectDetail(let detail, _) = state.overlay, let id = detail.project.id {
            effects.append(.loadProjectDetail(projectId: id))
        }
        return effects
    }

    /// Everything shown, after another process changed the file.
    static func reloadEverything(_ state: AppState) -> [Effect] {
        reloadAfterWrite(state) + [
            .loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound,
                        offset: state.agenda.windowStart, limit: max(state.agenda.rows.count, state.visibleRows(.calendar) * 3)),
            .loadTemperatures(now: state.now),
        ]
    }
}
