import Foundation
import RapportModel

extension Reducer {
    /// Filter, sort, group and export of the punch list.
    static func listView(_ command: Command, argument: String?, _ state: inout AppState) -> [Effect] {
        switch command {
        case .filter:
            if let argument { return applyFilter(&state, text: argument) }
            state.focus = .punch
            state.mode = .filter(LineEditor(state.punchView.filterText), original: state.punchView.filterText)
            return []
        case .sort:
            if let argument {
                guard let sort = CommandCompletion.resolve(argument, for: .sort).flatMap(PunchSort.init(rawValue:)) else {
                    return refuse(&state, "unknown sort '\(argument)': use \(PunchSortNames.all)")
                }
                state.punchView.sort = sort
            } else {
                state.punchView.sort = next(after: state.punchView.sort)
            }
            state.message = .init(text: "Sorted by \(state.punchView.sort.rawValue)")
            return restartPunch(&state)
        case .group:
            if let argument {
                guard let grouping = CommandCompletion.resolve(argument, for: .group).flatMap(PunchGrouping.init(rawValue:)) else {
                    return refuse(&state, "unknown grouping '\(argument)': use none, location or category")
                }
                state.punchView.grouping = grouping
            } else {
                state.punchView.grouping = next(after: state.punchView.grouping)
            }
            state.message = .init(text: state.punchView.grouping == .none ? "Not grouped" : "Grouped by \(state.punchView.grouping.rawValue)")
            return restartPunch(&state)
        case .export:
            guard let projectId = state.punchProjectId else { return refuse(&state, "Select a project to export") }
            let name = argument?.lowercased() ?? "md"
            guard let format = CommandCompletion.resolve(name, for: .export).flatMap(ExportFormat.init(rawValue:)) else { return refuse(&state, "unknown export format '\(name)': use md or csv") }
            return [.export(projectId: projectId, format: format)]
        default:
            return []
        }
    }

    /// Applies filter text if it parses; otherwise keeps the last good filter and says why.
    static func applyFilter(_ state: inout AppState, text: String) -> [Effect] {
        state.punchView.filterText = text
        do {
            let filter = try PunchFilter(parsing: text)
            state.punchView.filterError = nil
            guard filter != state.punchView.filter else { return [] }
            state.punchView.filter = filter
            return restartPunch(&state)
        } catch {
            state.punchView.filterError = "\(error)"
            return []
        }
    }

    /// The punch list from the top, after its filter, sort or grouping changed.
    static func restartPunch(_ state: inout AppState) -> [Effect] {
        state.punch.reset()
        return loadPunchFromTop(state)
    }

    static func next<T: CaseIterable & Equatable>(after value: T) -> T {
        let all = Array(T.allCases)
        return all[(all.firstIndex(of: value)! + 1) % all.count]
    }
}
