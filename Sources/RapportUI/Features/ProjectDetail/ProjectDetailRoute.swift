import Foundation
import RapportModel

extension ViewID {
    public static let projectDetail = ViewID(rawValue: "project-detail")
}

/// A project on the navigation stack, from contract to cash: its milestones and what stands
/// between it and its money, the assumptions register and the site tree, each line selectable
/// and each record edited on its form. `selected` indexes `ProjectDetailView.rows`.
struct ProjectDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .projectDetail, title: "Project detail", commands: [
        .projectDetail, .recordAcceptance, .setStage, .nextStage, .previousStage, .editProject, .editSelected,
        .addMilestone, .invoiceMilestone, .recordPayment, .toggleRetainage, .deleteMilestone, .addAssumption,
        .reviewAssumption, .addLocation, .locationFact,
    ] + ProjectDetailRoute.captureCommands)

    var detail: ProjectDetail
    /// The project's records (money, assumptions, site); nil until loaded, or where none are kept.
    var record: ProjectRecord?
    var selected: Int?

    static let stageArgument = ArgumentSpec.choice(ProjectStage.self, required: true)

    init(detail: ProjectDetail, record: ProjectRecord? = nil, selected: Int? = 0) {
        self.detail = detail
        self.record = record
        self.selected = Self.clamp(selected, ProjectDetailView.rows(detail, record).count)
    }

    var id: ViewID { .projectDetail }
    var projectId: Int64? { detail.project.id }

    mutating func move(_ motion: ListMotion) {
        selected = motion.moved(selected, count: ProjectDetailView.rows(detail, record).count)
    }

    func reload(_ state: AppState) -> [Effect] {
        guard let id = projectId else { return [] }
        return [.loadProjectDetail(projectId: id)] + (record == nil ? [] : [.loadProjectRecord(projectId: id, today: state.today)])
    }

    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        guard let id = projectId else { return [] }
        let stale: Set<DataArea> = [.milestones(projectId: id), .project(projectId: id), .punch(projectId: id),
                                    .locations(projectId: id), .assumptions(projectId: id)]
        return areas.isDisjoint(with: stale) ? [] : reload(state)
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let keys = RouteTitle.note(.editSelected, "edit", state) + RouteTitle.note(.addMilestone, "milestone", state)
            + RouteTitle.note(.nextStage, "next stage", state) + RouteTitle.note(.recordAcceptance, "accept", state)
            + " · ? all keys" + RouteTitle.backNote(state)
        ProjectDetailView(detail: detail, record: record, selected: selected, keys: keys, zone: state.timeZone)
            .render(into: &canvas, area: area, theme: theme)
    }

    var selectedRow: ProjectViewRow? {
        let rows = ProjectDetailView.rows(detail, record)
        return selected.flatMap { rows.indices.contains($0) ? rows[$0] : nil }
    }

    /// The selected milestone, when there is one.
    var selectedMilestone: MilestoneGate? {
        guard case .milestone(let i) = selectedRow else { return nil }
        if let record {
            let id = record.milestones[i].id
            return detail.milestones.first { $0.milestone.id == id }
        }
        return detail.milestones.indices.contains(i) ? detail.milestones[i] : nil
    }

    var selectedMilestoneRow: MilestoneRow? {
        guard case .milestone(let i) = selectedRow, let record, record.milestones.indices.contains(i) else { return nil }
        return record.milestones[i]
    }

    var selectedAssumption: Assumption? {
        guard case .assumption(let i) = selectedRow, let record else { return nil }
        return record.assumptions[i].assumption
    }

    var selectedLocation: LocationNode? {
        guard case .location(let i) = selectedRow, let record else { return nil }
        return record.locations[i]
    }

    private static func clamp(_ index: Int?, _ count: Int) -> Int? {
        guard let index, count > 0 else { return nil }
        return max(0, min(count - 1, index))
    }

    /// Opens the project's view (its detail and its records load; the view shows when the first arrives).
    static func open(_ state: inout AppState, projectId: Int64) -> [Effect] {
        [.loadProjectDetail(projectId: projectId), .loadProjectRecord(projectId: projectId, today: state.today)]
    }

    /// The project's detail came back: open it, or refresh it where it is already open
    /// (keeping the selected line).
    static func loaded(_ state: inout AppState, _ detail: ProjectDetail) {
        if state.route(ProjectDetailRoute.self)?.detail.project.id == detail.project.id {
            state.updateRoutes(ProjectDetailRoute.self) {
                if $0.detail.project.id == detail.project.id {
                    $0 = ProjectDetailRoute(detail: detail, record: $0.record, selected: $0.selected)
                }
            }
        } else {
            Dispatcher.push(&state, ProjectDetailRoute(detail: detail))
        }
    }

    /// The records came back: shown where the project is open, the selection staying on the
    /// same milestone, assumption or location when the order changed (an invoice moves its
    /// milestone by its new due date).
    static func recordLoaded(_ state: inout AppState, _ record: ProjectRecord) {
        state.updateRoutes(ProjectDetailRoute.self) { route in
            guard route.detail.project.id == record.project.id else { return }
            let kept = route.selectedKey
            var next = ProjectDetailRoute(detail: route.detail, record: record, selected: route.selected)
            if let kept, let index = ProjectDetailView.rows(next.detail, record).indices.first(where: { next.key(at: $0) == kept }) {
                next.selected = index
            }
            route = next
        }
    }

    /// What the selected line shows, by identity: a milestone or assumption id, a location path.
    var selectedKey: String? { selected.flatMap(key(at:)) }

    func key(at index: Int) -> String? {
        let rows = ProjectDetailView.rows(detail, record)
        guard rows.indices.contains(index), let record else { return nil }
        switch rows[index] {
        case .milestone(let i): return "m\(record.milestones[i].id)"
        case .assumption(let i): return "a\(record.assumptions[i].id)"
        case .location(let i): return "l" + record.locations[i].path
        }
    }
}
