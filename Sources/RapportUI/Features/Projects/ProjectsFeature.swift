import RapportModel

extension ViewID {
    public static let projects = ViewID(rawValue: "projects")
}

/// The projects pane's state: a paged list of projects by code.
public struct ProjectsState: Equatable, Sendable {
    public var list = ListState<ProjectRow>()
    public init() {}
}

/// The projects pane: pick a project, and the punch pane follows it.
enum ProjectsFeature: DashboardPane {
    static let id = ViewID.projects
    static let title = "Projects"
    static let focusCommand = Command.focusProjects
    static let registration = ViewRegistration(id: id, title: title, commands: [.newCustomer, .newProject, .openCustomer])

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        ProjectsPane(state: state).render(into: &canvas, area: area, theme: theme)
    }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        state.projects.list.apply(motion, visibleRows: state.visibleRows(id))
        return window(state) + PunchFeature.followSelectedProject(&state)
    }

    /// A project opens its punch list.
    static func open(_ state: inout AppState) -> [Effect] {
        guard state.selectedProject != nil else { return Dispatcher.refuse(&state, "No project selected") }
        state.focus = .punch
        return []
    }

    static func scroll(_ state: inout AppState) -> [Effect] {
        state.projects.list.scrollToSelection(visibleRows: state.visibleRows(id))
        return window(state)
    }

    static func window(_ state: AppState) -> [Effect] {
        guard state.projects.list.loaded, let w = state.projects.list.windowNeeded(visibleRows: state.visibleRows(id))
        else { return [] }
        return [.loadProjects(offset: w.offset, limit: w.limit, today: state.today)]
    }

    static func loaded(_ state: inout AppState, total: Int, offset: Int, rows: [ProjectRow]) -> [Effect] {
        state.projects.list.receive(total: total, offset: offset, rows: rows, visibleRows: state.visibleRows(id))
        return PunchFeature.followSelectedProject(&state)
    }

    /// The visible window again, after a write that may have changed counts or stages.
    static func reload(_ state: AppState) -> Effect {
        .loadProjects(offset: state.projects.list.windowStart,
                      limit: max(state.projects.list.rows.count, state.visibleRows(id) * 3), today: state.today)
    }
}

extension Command {
    static let newCustomer = Command("new-customer", "New customer: name, e-mail domains, regions, trajectory",
                                     group: .project, keys: [.char("C")], aliases: ["customer"]) { state, _ in
        state.modal = .form(CustomerForm.make())
        return []
    }
    static let newProject = Command("new-project", "New project from the sale: customer, contract, dates, payment schedule",
                                    group: .project, keys: [.char("n")], scope: .view(.projects)) { state, _ in
        [.loadFormData(.newProject(customerId: nil))]
    }
    static let openCustomer = Command("customer-view", "The selected project's customer: projects, people, money, temperature",
                                      group: .project, keys: [.char("c")], scope: .view(.projects)) { state, _ in
        guard let project = state.projects.list.selectedRow else { return Dispatcher.refuse(&state, "Select a project first") }
        return CustomerDetailRoute.open(&state, customerId: project.customerId)
    }
    static let focusProjects = Command("focus-projects", "Focus the projects pane", group: .panes, keys: [.char("1")]) {
        state, _ in Dashboard.focus(&state, .projects)
    }
}
