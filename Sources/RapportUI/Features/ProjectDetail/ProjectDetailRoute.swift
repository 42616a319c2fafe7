import Foundation
import RapportModel

extension ViewID {
    public static let projectDetail = ViewID(rawValue: "project-detail")
}

/// A project's milestones and what stands between it and its money ("punch to cash"), on the
/// navigation stack; `selected` is a milestone index, nil when there are none.
struct ProjectDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .projectDetail, title: "Project detail", commands: [
        .projectDetail, .recordAcceptance, .setStage,
    ])

    var detail: ProjectDetail
    var selected: Int?

    static let stageArgument = ArgumentSpec.choice(ProjectStage.self, required: true)

    init(detail: ProjectDetail, selected: Int? = 0) {
        self.detail = detail
        self.selected = Self.clamp(selected, detail)
    }

    var id: ViewID { .projectDetail }

    mutating func move(_ motion: ListMotion) {
        let count = detail.milestones.count
        let current = selected ?? 0
        switch motion {
        case .rows(let n): selected = Self.clamp(current + n, detail)
        case .pages(let n): selected = Self.clamp(current + n * 5, detail)
        case .first: selected = Self.clamp(0, detail)
        case .last: selected = Self.clamp(count - 1, detail)
        }
    }

    func reload(_ state: AppState) -> [Effect] {
        detail.project.id.map { [.loadProjectDetail(projectId: $0)] } ?? []
    }

    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        guard let id = detail.project.id else { return [] }
        let stale: Set<DataArea> = [.milestones(projectId: id), .project(projectId: id), .punch(projectId: id)]
        return areas.isDisjoint(with: stale) ? [] : reload(state)
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let keys = RouteTitle.note(.moveDown, "milestone", state) + RouteTitle.note(.recordAcceptance, "record acceptance", state)
            + " · :stage NAME" + RouteTitle.backNote(state)
        ProjectDetailView(detail: detail, selected: selected, keys: keys).render(into: &canvas, area: area, theme: theme)
    }

    /// The selected milestone, when there is one.
    var selectedMilestone: MilestoneGate? {
        selected.flatMap { detail.milestones.indices.contains($0) ? detail.milestones[$0] : nil }
    }

    private static func clamp(_ index: Int?, _ detail: ProjectDetail) -> Int? {
        guard let index, !detail.milestones.isEmpty else { return nil }
        return max(0, min(detail.milestones.count - 1, index))
    }

    /// The project's detail came back: open it, or refresh it where it is already open
    /// (keeping the selected milestone).
    static func loaded(_ state: inout AppState, _ detail: ProjectDetail) {
        if state.route(ProjectDetailRoute.self)?.detail.project.id == detail.project.id {
            state.updateRoutes(ProjectDetailRoute.self) {
                if $0.detail.project.id == detail.project.id { $0 = ProjectDetailRoute(detail: detail, selected: $0.selected) }
            }
        } else {
            Dispatcher.push(&state, ProjectDetailRoute(detail: detail))
        }
    }
}

extension Command {
    static let projectDetail = Command("project-detail", "Project detail: milestones, what blocks acceptance, money held back",
                                       group: .project, keys: [.char("i")], aliases: ["project"]) { state, _ in
        guard let projectId = state.punch.projectId else { return Dispatcher.refuse(&state, "Select a project first") }
        return [.loadProjectDetail(projectId: projectId)]
    }
    static let recordAcceptance = Command("record-acceptance", "Record acceptance of the selected milestone",
                                          group: .project, keys: [.char("A")], scope: .view(.projectDetail),
                                          aliases: ["accept"]) { state, _ in
        guard let gate = state.route(ProjectDetailRoute.self)?.selectedMilestone, let id = gate.milestone.id else {
            return Dispatcher.refuse(&state, "Select a milestone to accept")
        }
        return [.write(.recordAcceptance(milestoneId: id, on: state.today), by: state.user)]
    }
    static let setStage = Command("stage", "Move the project to a stage (:stage acceptance)", group: .project,
                                  argument: ProjectDetailRoute.stageArgument) { state, argument in
        guard let projectId = state.route(ProjectDetailRoute.self)?.detail.project.id ?? state.punch.projectId else {
            return Dispatcher.refuse(&state, "Select a project first")
        }
        guard let name = argument, let stage = ProjectDetailRoute.stageArgument.resolve(name, as: ProjectStage.self) else {
            return Dispatcher.refuse(&state, "stage: give one of \(ProjectStage.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return [.write(.setStage(projectId: projectId, stage: stage), by: state.user)]
    }
}
