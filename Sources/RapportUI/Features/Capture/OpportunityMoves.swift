import RapportModel

/// Moving an opportunity along its stages, from the customer view or the list of all of them.
/// Moving one to won writes the stage and then opens the project form filled from it
/// (`SavedFollowUp.wonOpportunity`).
enum OpportunityMoves {
    static let stageArgument = ArgumentSpec.choice(Opportunity.Stage.self, required: true)

    static func step(_ state: inout AppState, row: OpportunityRow?, forward: Bool) -> [Effect] {
        guard let row else { return Dispatcher.refuse(&state, "Select an opportunity") }
        let stage = row.opportunity.stage
        guard let to = forward ? stage.next : stage.previous else {
            return Dispatcher.refuse(&state, "\(row.opportunity.title) is \(stage.rawValue): "
                                     + (forward ? "no stage after it" : "no stage before it"))
        }
        return [.write(.record(.capture(.moveOpportunity(id: row.id, to: to))), by: state.user)]
    }

    static func move(_ state: inout AppState, row: OpportunityRow?, _ argument: String?,
                     command: String = "move-opportunity") -> [Effect] {
        guard let row else { return Dispatcher.refuse(&state, "Select an opportunity") }
        guard let name = argument, let stage = stageArgument.resolve(name, as: Opportunity.Stage.self) else {
            // From a key, the `:` line opens with the command typed, waiting for the stage.
            var line = CommandLineState()
            line.editor = LineEditor(command + " ")
            state.modal = .commandLine(line)
            return []
        }
        return [.write(.record(.capture(.moveOpportunity(id: row.id, to: stage))), by: state.user)]
    }

    /// Enter on an opportunity: a won one opens its project, or the project form while it has
    /// none; any other opens its form.
    static func open(_ state: inout AppState, _ row: OpportunityRow) -> [Effect] {
        let o = row.opportunity
        if let projectId = o.projectId { return ProjectDetailRoute.open(&state, projectId: projectId) }
        if o.stage == .won { return [.loadFormData(.capture(.wonProject(o)))] }
        return [.loadFormData(.capture(.opportunity(customerId: o.customerId, row)))]
    }
}
