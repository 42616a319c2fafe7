import Foundation
import RapportModel

/// Filter, sort, group and export of the punch list.
enum PunchListView {
    static func filter(_ state: inout AppState, argument: String?) -> [Effect] {
        if let argument { return PunchFeature.applyFilter(&state, text: argument) }
        state.routes = []
        state.focus = .punch
        let text = state.punch.settings.filterText
        state.modal = .filter(LineEditor(text), original: text)
        return []
    }

    static func sort(_ state: inout AppState, argument: String?) -> [Effect] {
        if let argument {
            guard let sort = Command.sort.argument?.resolve(argument, as: PunchSort.self) else {
                return Dispatcher.refuse(&state, "unknown sort '\(argument)': use \(Command.sort.argument?.placeholder ?? "")")
            }
            state.punch.settings.sort = sort
        } else {
            state.punch.settings.sort = next(after: state.punch.settings.sort)
        }
        state.message = .init(text: "Sorted by \(state.punch.settings.sort.rawValue)")
        return PunchFeature.restart(&state)
    }

    static func group(_ state: inout AppState, argument: String?) -> [Effect] {
        if let argument {
            guard let grouping = Command.group.argument?.resolve(argument, as: PunchGrouping.self) else {
                return Dispatcher.refuse(&state, "unknown grouping '\(argument)': use \(Command.group.argument?.placeholder ?? "")")
            }
            state.punch.settings.grouping = grouping
        } else {
            state.punch.settings.grouping = next(after: state.punch.settings.grouping)
        }
        let grouping = state.punch.settings.grouping
        state.message = .init(text: grouping == .none ? "Not grouped" : "Grouped by \(grouping.rawValue)")
        return PunchFeature.restart(&state)
    }

    static func export(_ state: inout AppState, argument: String?) -> [Effect] {
        guard let projectId = state.punch.projectId else { return Dispatcher.refuse(&state, "Select a project to export") }
        let name = argument?.lowercased() ?? "md"
        guard let format = Command.export.argument?.resolve(name, as: ExportFormat.self) else {
            return Dispatcher.refuse(&state, "unknown export format '\(name)': use \(Command.export.argument?.placeholder ?? "")")
        }
        return [.export(projectId: projectId, format: format, today: state.today)]
    }

    static func next<T: CaseIterable & Equatable>(after value: T) -> T {
        let all = Array(T.allCases)
        let i = all.firstIndex(of: value) ?? 0
        return all[(i + 1) % all.count]
    }
}
