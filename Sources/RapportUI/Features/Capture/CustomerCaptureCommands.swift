import RapportModel

/// The customer view's capture keys: log a note, capture intel, add and move opportunities,
/// review intel that is due.
extension CustomerDetailRoute {
    static let captureCommands: [Command] = [
        .logCustomerNote, .captureCustomerIntel, .reviewIntel, .newOpportunity, .advanceOpportunity, .stepBackOpportunity,
        .moveOpportunity,
    ]

    /// Enter and `e` on a capture line: a won opportunity opens its project (or, not yet one,
    /// the project form); another opportunity opens its form; intel its review. Nil elsewhere.
    static func openCaptureLine(_ state: inout AppState) -> [Effect]? {
        guard let route = state.route(CustomerDetailRoute.self) else { return nil }
        if let row = route.selectedOpportunity { return OpportunityMoves.open(&state, row) }
        if let row = route.selectedIntel {
            state.modal = .form(IntelForm.review(row, today: state.today))
            return []
        }
        return nil
    }
}

extension Command {
    static let logCustomerNote = Command("log-note", "Log a call, site visit or note on the customer (its tone shows as you type)",
                                         group: .capture, keys: [.char("l")], scope: .view(.customer), aliases: ["note", "call"]) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self) else { return [] }
        let project = route.selectedProject?.id
        return [.loadFormData(.capture(.note(customerId: route.customerId, projectId: project, contactId: route.selectedContact?.id)))]
    }
    static let captureCustomerIntel = Command("capture-intel", "Capture intel: priority, concern, company change, region, politics …",
                                              group: .capture, keys: [.char("I")], scope: .view(.customer), aliases: ["intel"]) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self) else { return [] }
        return [.loadFormData(.capture(.intel(customerId: route.customerId, projectId: route.selectedProject?.id, meetingId: nil,
                                              meetingTitle: nil, contactId: route.selectedContact?.id)))]
    }
    static let reviewIntel = Command("review-intel", "Mark the selected intel reviewed (⚑ due for review), and when to look again",
                                     group: .capture, keys: [.char("r")], scope: .view(.customer)) { state, _ in
        guard let row = state.route(CustomerDetailRoute.self)?.selectedIntel else {
            return Dispatcher.refuse(&state, "Select the intel to review")
        }
        state.modal = .form(IntelForm.review(row, today: state.today))
        return []
    }
    static let newOpportunity = Command("new-opportunity", "New opportunity: source, estimated value, stage, next step, owner",
                                        group: .capture, keys: [.char("o")], scope: .view(.customer), aliases: ["opportunity"]) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self) else { return [] }
        return [.loadFormData(.capture(.opportunity(customerId: route.customerId, nil)))]
    }
    static let advanceOpportunity = Command("advance-opportunity", "Move the selected opportunity on: idea → qualified → proposal → negotiation → won",
                                            group: .capture, keys: [.char(">")], scope: .view(.customer)) { state, _ in
        OpportunityMoves.step(&state, row: state.route(CustomerDetailRoute.self)?.selectedOpportunity, forward: true)
    }
    static let stepBackOpportunity = Command("step-back-opportunity", "Move the selected opportunity back a stage (lost goes back to qualified)",
                                             group: .capture, keys: [.char("<")], scope: .view(.customer)) { state, _ in
        OpportunityMoves.step(&state, row: state.route(CustomerDetailRoute.self)?.selectedOpportunity, forward: false)
    }
    static let moveOpportunity = Command("move-opportunity", "Move the selected opportunity to a stage (:move-opportunity lost)",
                                         group: .capture, keys: [.char("m")], scope: .view(.customer),
                                         argument: OpportunityMoves.stageArgument) { state, argument in
        OpportunityMoves.move(&state, row: state.route(CustomerDetailRoute.self)?.selectedOpportunity, argument)
    }
}
