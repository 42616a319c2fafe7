import Foundation
import RapportModel

/// The one place state changes. Pure: no I/O, no clock, no terminal; work goes out as effects.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        state.overlay = nil
        return [.loadProjects(offset: 0, limit: state.visibleRows(.projects) * 3),
                .loadAgenda(from: state.agendaWindow.lowerBound, to: state.agendaWindow.upperBound, offset: 0,
                            limit: state.visibleRows(.calendar) * 3),
                .loadTemperatures(now: state.now)]

    case .key(let key):
        return Reducer.key(&state, key)

    case .paste(let text):
        return Reducer.paste(&state, text)

    case .command(let command):
        state.message = nil
        return Reducer.run(command, argument: nil, &state)

    case .commandLine(let line):
        return Reducer.commandLine(&state, line)

    case .resize(let size):
        state.size = size
        return Reducer.scrollAll(&state)

    case let .projectsLoaded(total, offset, rows):
        state.projects.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(.projects))
        return Reducer.followSelectedProject(&state)

    case let .punchLoaded(query, total, unfilteredTotal, offset, rows, groups):
        guard query == state.punchQuery else { return [] }  // an answer for a view no longer shown
        state.punch.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(.punch))
        state.punchView.unfilteredTotal = unfilteredTotal
        state.punchView.groups = groups
        return []

    case let .agendaLoaded(total, offset, rows):
        state.agenda.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(.calendar))
        return []

    case .temperaturesLoaded(let list):
        state.temperatures.receive(total: list.count, offset: 0, rows: list, visibleRows: state.visibleRows(.temperature))
        state.temperatureByCustomer = Dictionary(list.map { ($0.customerId, $0) }, uniquingKeysWith: { a, _ in a })
        return []

    case let .punchDetailLoaded(detail, forEdit):
        if forEdit {
            state.mode = .form(EditForm(detail: detail))
        } else {
            state.overlay = .punchDetail(detail, top: 0)
        }
        return []

    case .projectDetailLoaded(let detail):
        if case .projectDetail(_, let selected) = state.overlay {
            state.overlay = .projectDetail(detail, selected: min(selected, max(0, detail.milestones.count - 1)))
        } else {
            state.overlay = .projectDetail(detail, selected: 0)
        }
        return []

    case .written(let message):
        state.message = .init(text: message)
        return Reducer.reloadAfterWrite(state)

    case .exported(let path):
        state.message = .init(text: "Exported to \(path)")
        return []

    case .databaseChanged(let now):
        state.now = now
        return Reducer.reloadEverything(state)

    case .tick(let now):
        let dayBefore = state.today
        state.now = now
        // Overdue marks, the agenda window and temperatures all hang on today.
        return state.today == dayBefore ? [] : Reducer.reloadEverything(state)

    case .failed(let text):
        state.message = .init(text: text, isError: true)
        return []
    }
}

/// The reducer's parts, one file per concern.
enum Reducer {
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch state.mode {
        case .normal: break
        case .filter, .command, .prompt, .form: return input(&state, key)
        }
        switch state.overlay {
        case .help(let top):
            // In help, movement scrolls the table and any other key closes it.
            switch state.keymap.command(for: key) {
            case .moveDown: state.overlay = .help(top: top + 1)
            case .moveUp: state.overlay = .help(top: max(0, top - 1))
            case .pageDown: state.overlay = .help(top: top + 10)
            case .pageUp: state.overlay = .help(top: max(0, top - 10))
            case .moveFirst: state.overlay = .help(top: 0)
            case .moveLast: state.overlay = .help(top: HelpOverlay.lines(keymap: state.keymap).count)  // drawn clamped
            default: state.overlay = nil
            }
            return []
        case .punchDetail(let detail, let top):
            switch state.keymap.command(for: key) {
            case .moveDown: state.overlay = .punchDetail(detail, top: top + 1)
            case .moveUp: state.overlay = .punchDetail(detail, top: max(0, top - 1))
            default: state.overlay = nil
            }
            return []
        case .projectDetail(let detail, let selected):
            return projectDetailKey(&state, key, detail: detail, selected: selected)
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

    static func paste(_ state: inout AppState, _ text: String) -> [Effect] {
        switch state.mode {
        case .normal:
            return []  // a paste must never run as commands
        case .filter, .command, .prompt, .form:
            return pasteIntoInput(&state, text)
        }
    }

    static func run(_ command: Command, argument: String?, _ state: inout AppState) -> [Effect] {
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
        case .openDetail: return openDetail(&state)
        case .back: return back(&state)
        case .help: state.overlay = state.overlay == nil ? .help(top: 0) : nil
        case .quit: state.shouldQuit = true
        case .commandLine: state.mode = .command(CommandLineState())
        case .addItem, .editItem, .toggleMark, .advanceStatus, .stepBackStatus, .cyclePriority, .setDue, .assign,
             .setLocation, .voidItem, .undo, .redo:
            return triage(command, argument: argument, &state)
        case .filter, .sort, .group, .export:
            return listView(command, argument: argument, &state)
        case .projectDetail, .recordAcceptance, .setStage:
            return project(command, argument: argument, &state)
        }
        return []
    }

    static func openDetail(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .projects where state.selectedProject != nil: state.focus = .punch
        case .punch where state.punch.selectedRow != nil: return [.loadPunchDetail(id: state.punch.selectedRow!.id, forEdit: false)]
        case .calendar where state.agenda.selectedRow != nil: state.overlay = .detail(.calendar)
        case .temperature where state.temperatures.selectedRow != nil: state.overlay = .detail(.temperature)
        default: state.message = .init(text: "Nothing selected to open")
        }
        return []
    }

    /// Esc peels one layer: overlay, then marks, then the filter, then the punch pane's focus.
    static func back(_ state: inout AppState) -> [Effect] {
        if state.overlay != nil {
            state.overlay = nil
        } else if !state.marked.isEmpty {
            state.message = .init(text: "Cleared \(state.marked.count) marks")
            state.marked = []
        } else if !state.punchView.filter.isEmpty || !state.punchView.filterText.isEmpty {
            return applyFilter(&state, text: "")
        } else if state.focus == .punch {
            state.focus = .projects
        }
        return []
    }
}
