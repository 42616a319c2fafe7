import RapportModel

/// The project view's commands: the project itself, its stage, its money, its assumptions and
/// its site, each on the selected line where it acts on one.
extension Command {
    static let projectDetail = Command("project-detail", "Project view: money, milestones, assumptions, site, history",
                                       group: .project, keys: [.char("i")], aliases: ["project"]) { state, _ in
        guard let projectId = state.punch.projectId else { return Dispatcher.refuse(&state, "Select a project first") }
        return ProjectDetailRoute.open(&state, projectId: projectId)
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
    static let nextStage = Command("next-stage", "Move the project on a stage: sold → design → … → closed", group: .project,
                                   keys: [.char(">")], scope: .view(.projectDetail)) { state, _ in
        ProjectEdits.step(&state, by: 1)
    }
    static let previousStage = Command("previous-stage", "Move the project back a stage", group: .project,
                                       keys: [.char("<")], scope: .view(.projectDetail)) { state, _ in
        ProjectEdits.step(&state, by: -1)
    }
    static let editProject = Command("edit-project", "Edit the project: code, name, contract, dates, PM, sales, concerns, scope",
                                     group: .project, keys: [.char("E")], scope: .view(.projectDetail)) { state, _ in
        guard let record = state.route(ProjectDetailRoute.self)?.record else { return ProjectEdits.notLoaded(&state) }
        state.modal = .form(ProjectForm.make(edit: record))
        return []
    }
    static let editSelected = Command("edit-selected", "Edit the selected milestone, assumption or location",
                                      group: .project, keys: [.char("e")], scope: .view(.projectDetail)) { state, _ in
        ProjectEdits.editSelected(&state)
    }
    static let addMilestone = Command("add-milestone", "Add a milestone to the payment schedule", group: .project,
                                      keys: [.char("m")], scope: .view(.projectDetail)) { state, _ in
        guard let record = state.route(ProjectDetailRoute.self)?.record, let id = record.project.id else {
            return ProjectEdits.notLoaded(&state)
        }
        state.modal = .form(MoneyForms.milestone(projectId: id, remainingCents: -record.money.scheduleDifferenceCents))
        return []
    }
    static let invoiceMilestone = Command("invoice-milestone", "Invoice the selected milestone (date, number, due)",
                                          group: .project, keys: [.char("I")], scope: .view(.projectDetail),
                                          aliases: ["invoice"]) { state, _ in
        guard let row = state.route(ProjectDetailRoute.self)?.selectedMilestoneRow else {
            return Dispatcher.refuse(&state, "Select a milestone to invoice")
        }
        state.modal = .form(MoneyForms.invoice(row.milestone, today: state.today))
        return []
    }
    static let recordPayment = Command("record-payment", "Record a payment of the selected milestone (part payments add up)",
                                       group: .project, keys: [.char("P")], scope: .view(.projectDetail),
                                       aliases: ["pay"]) { state, _ in
        guard let row = state.route(ProjectDetailRoute.self)?.selectedMilestoneRow else {
            return Dispatcher.refuse(&state, "Select a milestone that was paid")
        }
        state.modal = .form(MoneyForms.payment(row, today: state.today))
        return []
    }
    static let toggleRetainage = Command("release-retainage", "Release the selected retainage for invoicing, or hold it again",
                                         group: .project, keys: [.char("R")], scope: .view(.projectDetail)) { state, _ in
        guard let m = state.route(ProjectDetailRoute.self)?.selectedMilestoneRow?.milestone, let id = m.id else {
            return Dispatcher.refuse(&state, "Select the retainage milestone")
        }
        return [.write(.record(.retainage(milestoneId: id, released: m.releasedOn == nil, on: state.today)), by: state.user)]
    }
    static let deleteMilestone = Command("delete-milestone", "Delete the selected milestone (only while not invoiced; u undoes)",
                                         group: .project, keys: [.char("D")], scope: .view(.projectDetail)) { state, _ in
        guard let id = state.route(ProjectDetailRoute.self)?.selectedMilestoneRow?.id else {
            return Dispatcher.refuse(&state, "Select a milestone to delete")
        }
        return [.write(.record(.deleteMilestone(id: id)), by: state.user)]
    }
    static let addAssumption = Command("add-assumption", "Add an assumption to review: what, who owns it, when to look again",
                                       group: .project, keys: [.char("n")], scope: .view(.projectDetail)) { state, _ in
        guard let id = state.route(ProjectDetailRoute.self)?.record?.project.id else { return ProjectEdits.notLoaded(&state) }
        state.modal = .form(AssumptionForms.assumption(projectId: id, today: state.today, owner: state.user))
        return []
    }
    static let reviewAssumption = Command("review-assumption", "Review the selected assumption: still accurate, invalid (what it changes), or later",
                                          group: .project, keys: [.char("r")], scope: .view(.projectDetail),
                                          aliases: ["review"]) { state, _ in
        guard let a = state.route(ProjectDetailRoute.self)?.selectedAssumption else {
            return Dispatcher.refuse(&state, "Select an assumption to review")
        }
        state.modal = .form(AssumptionForms.review(a, today: state.today))
        return []
    }
    static let addLocation = Command("add-location", "Add a location to the site (under the selected one)", group: .project,
                                     keys: [.char("o")], scope: .view(.projectDetail)) { state, _ in
        guard let route = state.route(ProjectDetailRoute.self), let id = route.record?.project.id else {
            return ProjectEdits.notLoaded(&state)
        }
        state.modal = .form(SiteForms.location(projectId: id, under: route.selectedLocation?.path))
        return []
    }
    static let locationFact = Command("location-fact", "Record a fact about the selected location (wall type, VLAN, power …)",
                                      group: .project, keys: [.char("F")], scope: .view(.projectDetail),
                                      aliases: ["fact"]) { state, _ in
        guard let node = state.route(ProjectDetailRoute.self)?.selectedLocation, let id = node.id else {
            return Dispatcher.refuse(&state, "Select a location (one that was added, not only a part of a path)")
        }
        state.modal = .form(SiteForms.fact(locationId: id, path: node.path))
        return []
    }
}

/// What the project view's commands share.
enum ProjectEdits {
    static func notLoaded(_ state: inout AppState) -> [Effect] {
        Dispatcher.refuse(&state, "The project's records are not loaded")
    }

    static func step(_ state: inout AppState, by step: Int) -> [Effect] {
        guard let project = state.route(ProjectDetailRoute.self)?.detail.project, let id = project.id else { return [] }
        let all = ProjectStage.allCases
        let i = all.firstIndex(of: project.stage)! + step
        guard all.indices.contains(i) else {
            return Dispatcher.refuse(&state, "\(project.code) is at \(project.stage.rawValue): there is no stage \(step > 0 ? "after" : "before") it")
        }
        return [.write(.setStage(projectId: id, stage: all[i]), by: state.user)]
    }

    static func editSelected(_ state: inout AppState) -> [Effect] {
        guard let route = state.route(ProjectDetailRoute.self), let record = route.record, let projectId = record.project.id
        else { return notLoaded(&state) }
        switch route.selectedRow {
        case .milestone(let i):
            state.modal = .form(MoneyForms.milestone(projectId: projectId, record.milestones[i].milestone, remainingCents: 0))
        case .assumption(let i):
            state.modal = .form(AssumptionForms.assumption(projectId: projectId, record.assumptions[i].assumption,
                                                           today: state.today, owner: state.user))
        case .location(let i):
            let node = record.locations[i]
            guard node.id != nil else {
                return Dispatcher.refuse(&state, "\(node.path) is only part of a path; add it (o) to name it")
            }
            state.modal = .form(SiteForms.location(projectId: projectId, node))
        case nil:
            return Dispatcher.refuse(&state, "Nothing selected to edit")
        }
        return []
    }
}
