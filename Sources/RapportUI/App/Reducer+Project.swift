import Foundation
import RapportModel

extension Reducer {
    /// Project detail, acceptance and stage: the "punch to cash" gate.
    static func project(_ command: Command, argument: String?, _ state: inout AppState) -> [Effect] {
        guard let projectId = state.punchProjectId else { return refuse(&state, "Select a project first") }
        switch command {
        case .projectDetail:
            return [.loadProjectDetail(projectId: projectId)]
        case .recordAcceptance:
            guard case .projectDetail(let detail, let selected) = state.overlay, selected < detail.milestones.count,
                  let id = detail.milestones[selected].milestone.id
            else { return refuse(&state, "Open the project detail (i) and select a milestone to accept") }
            return [.write(.recordAcceptance(milestoneId: id, on: state.today), by: state.user)]
        case .setStage:
            guard let name = argument, let stage = CommandCompletion.resolve(name, for: .setStage).flatMap(ProjectStage.init(rawValue:)) else {
                return refuse(&state, "stage: give one of \(ProjectStage.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return [.write(.setStage(projectId: projectId, stage: stage), by: state.user)]
        default:
            return []
        }
    }

    /// Keys in the project detail: move between milestones, accept one, anything else closes.
    static func projectDetailKey(_ state: inout AppState, _ key: Key, detail: ProjectDetail, selected: Int) -> [Effect] {
        switch state.keymap.command(for: key) {
        case .moveDown: state.overlay = .projectDetail(detail, selected: min(selected + 1, max(0, detail.milestones.count - 1)))
        case .moveUp: state.overlay = .projectDetail(detail, selected: max(0, selected - 1))
        case .recordAcceptance: return project(.recordAcceptance, argument: nil, &state)
        case .commandLine: state.mode = .command(CommandLineState())
        case .help: state.overlay = .help(top: 0)
        default: state.overlay = nil
        }
        return []
    }
}
