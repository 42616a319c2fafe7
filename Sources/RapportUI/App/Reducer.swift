import Foundation
import RapportModel

/// The one place state changes. Pure: no I/O, no clock, no terminal; work goes out as effects.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        state.overlay = nil
        return [.loadProjects(offset: 0, limit: state.visibleRows(.projects) * 3),
                .loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound),
                .loadTemperatures(now: state.now)]

    case .key(let key):
        return reduceKey(&state, key)

    case .paste:
        return []  // nothing takes text yet; a paste must never run as commands

    case .command(let command):
        state.message = nil
        return run(command, &state)

    case .resize(let size):
        state.size = size
        return scrollAll(&state)

    case let .projectsLoaded(total, offset, rows):
        state.projects.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(.projects))
        return followSelectedProject(&state)

    case let .punchLoaded(projectId, total, offset, rows):
        guard projectId == state.punchProjectId else { return [] }  // an answer for a project no longer shown
        state.punch.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(.punch))
        return []

    case .agendaLoaded(let entries):
        state.agenda.receive(total: entries.count, offset: 0, rows: entries, visibleRows: state.visibleRows(.calendar))
        return []

    case .temperaturesLoaded(let list):
        state.temperatures.receive(total: list.count, offset: 0, rows: list, visibleRows: state.visibleRows(.temperature))
        state.temperatureByCustomer = Dictionary(list.map { ($0.customerId, $0) }, uniquingKeysWith: { a, _ in a })
        return []

    case .databaseChanged(let now):
        state.now = now
        var effects: [Effect] = [
            .loadProjects(offset: state.projects.windowStart, limit: max(state.projects.rows.count, state.visibleRows(.projects) * 3)),
            .loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound),
            .loadTemperatures(now: now),
        ]
        if let id = state.punchProjectId {
            effects.append(.loadPunch(projectId: id, offset: state.punch.windowStart,
                                      limit: max(state.punch.rows.count, state.visibleRows(.punch) * 3)))
        }
        return effects

    case .failed(let text):
        state.message = .init(text: text, isError: true)
        return []
    }
}

private func reduceKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch state.overlay {
    case .help(let top):
        // In help, movement scrolls the table and any other key closes it.
        switch state.keymap.command(for: key) {
        case .moveDown: state.overlay = .help(top: top + 1)
        case .moveUp: state.overlay = .help(top: max(0, top - 1))
        case .pageDown: state.overlay = .help(top: top + 10)
        case .pageUp: state.overlay = .help(top: max(0, top - 10))
        default: state.overlay = nil
        }
        return []
    case .detail:
        state.overlay = nil
        return []
    case nil:
        guard let command = state.keymap.command(for: key) else {
            state.message = .init(text: "\(key) is not bound; ? lists the keys", isError: true)
            return []
        }
        return reduce(&state, .command(command))
    }
}

private func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    switch command {
    case .moveDown: return moveSelection(&state, .rows(1))
    case .moveUp: return moveSelection(&state, .rows(-1))
    case .pageDown: return moveSelection(&state, .pages(1))
    case .pageUp: return moveSelection(&state, .pages(-1))
    case .moveFirst: return moveSelection(&state, .first)
    case .moveLast: return moveSelection(&state, .last)
    case .nextPane: state.focus = state.focus.next
    case .previousPane: state.focus = state.focus.previous
    case .focusProjects: state.focus = .projects
    case .focusPunch: state.focus = .punch
    case .focusCalendar: state.focus = .calendar
    case .focusTemperature: state.focus = .temperature
    case .openDetail:
        switch state.focus {
        case .projects where state.selectedProject != nil: state.focus = .punch
        case .punch where state.punch.selectedRow != nil: state.overlay = .detail(.punch)
        case .calendar where state.agenda.selectedRow != nil: state.overlay = .detail(.calendar)
        case .temperature where state.temperatures.selectedRow != nil: state.overlay = .detail(.temperature)
        default: state.message = .init(text: "Nothing selected to open")
        }
    case .back:
        if state.overlay != nil { state.overlay = nil } else if state.focus == .punch { state.focus = .projects }
    case .help: state.overlay = state.overlay == nil ? .help(top: 0) : nil
    case .quit: state.shouldQuit = true
    }
    return []
}

/// Applies a movement to the focused list, then loads what became visible.
private func moveSelection(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
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
private func scrollAll(_ state: inout AppState) -> [Effect] {
    state.projects.scrollToSelection(visibleRows: state.visibleRows(.projects))
    state.punch.scrollToSelection(visibleRows: state.visibleRows(.punch))
    state.agenda.scrollToSelection(visibleRows: state.visibleRows(.calendar))
    state.temperatures.scrollToSelection(visibleRows: state.visibleRows(.temperature))
    return windowEffects(state)
}

/// Loads for the paged lists whose visible rows are not in memory.
private func windowEffects(_ state: AppState) -> [Effect] {
    var effects: [Effect] = []
    if state.projects.loaded, let w = state.projects.windowNeeded(visibleRows: state.visibleRows(.projects)) {
        effects.append(.loadProjects(offset: w.offset, limit: w.limit))
    }
    if let id = state.punchProjectId, state.punch.loaded,
       let w = state.punch.windowNeeded(visibleRows: state.visibleRows(.punch)) {
        effects.append(.loadPunch(projectId: id, offset: w.offset, limit: w.limit))
    }
    return effects
}

/// When the selected project changes, the punch pane starts over on the new one.
private func followSelectedProject(_ state: inout AppState) -> [Effect] {
    let id = state.selectedProject?.id
    guard id != state.punchProjectId else { return [] }
    state.punchProjectId = id
    state.punch.reset()
    guard let id else { return [] }
    return [.loadPunch(projectId: id, offset: 0, limit: state.visibleRows(.punch) * 3)]
}

