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
        guard let sort = pick(argument, after: state.punch.settings.sort, for: .sort, naming: "sort", &state) else { return [] }
        state.punch.settings.sort = sort
        state.message = .init(text: "Sorted by \(sort.rawValue)")
        return PunchFeature.restart(&state)
    }

    static func group(_ state: inout AppState, argument: String?) -> [Effect] {
        guard let grouping = pick(argument, after: state.punch.settings.grouping, for: .group, naming: "grouping", &state)
        else { return [] }
        state.punch.settings.grouping = grouping
        state.message = .init(text: grouping == .none ? "Not grouped" : "Grouped by \(grouping.rawValue)")
        return PunchFeature.restart(&state)
    }

    /// The value the `:` line's argument names, or the next one after `current` when there is
    /// no argument (the key cycles); nil, with the reason said, for an unknown argument.
    private static func pick<T: CaseIterable & Equatable & RawRepresentable>(
        _ argument: String?, after current: T, for command: Command, naming what: String, _ state: inout AppState
    ) -> T? where T.RawValue == String {
        guard let argument else { return next(after: current) }
        guard let value = command.argument?.resolve(argument, as: T.self) else {
            _ = Dispatcher.refuse(&state, "unknown \(what) '\(argument)': use \(command.argument?.placeholder ?? "")")
            return nil
        }
        return value
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
