import Foundation
import RapportModel

extension ViewID {
    public static let opportunities = ViewID(rawValue: "opportunities")
}

/// Every customer's open opportunities, furthest along first: the sales pipeline. `>`/`<` move
/// the selected one; won, it goes on to its project form; Enter opens its form, `c` its customer.
struct OpportunitiesRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .opportunities, title: "Opportunities", commands: [
        .showOpportunities, .openOpportunity, .advancePipeline, .stepBackPipeline, .movePipeline, .pipelineCustomer,
    ])

    /// Nil until loaded.
    var rows: [OpportunityRow]?
    var selected: Int?

    var id: ViewID { .opportunities }

    var selectedRow: OpportunityRow? { selected.flatMap { i in rows.flatMap { $0.indices.contains(i) ? $0[i] : nil } } }

    mutating func move(_ motion: ListMotion) {
        selected = motion.moved(selected, count: rows?.count ?? 0) ?? selected
    }

    func reload(_ state: AppState) -> [Effect] { [.loadOpportunities] }

    /// Any customer's records may be in the list.
    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        areas.contains { if case .customer = $0 { return true } else { return $0 == .customers } } ? reload(state) : []
    }

    func lines() -> [TextBox.Line] {
        guard let rows else { return [TextBox.Line("Loading…", .dim)] }
        guard !rows.isEmpty else { return [TextBox.Line("No open opportunities: o in a customer's view adds one.", .dim)] }
        let total = rows.reduce(Int64(0)) { $0 + $1.opportunity.estimateCents }
        var lines = [TextBox.Line("\(rows.count) open · \(Money.text(cents: total)) in the pipeline", .header),
                     TextBox.Line("  " + CustomerCaptureLines.pad("customer", 20) + " " + CustomerCaptureLines.opportunityHeads, .dim)]
        for (i, row) in rows.enumerated() {
            let mark = selected == i ? "▶ " : "  "
            lines.append(TextBox.Line(mark + CustomerCaptureLines.pad(row.customerName, 20) + " "
                                      + CustomerCaptureLines.opportunityText(row), highlighted: selected == i))
        }
        return lines
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let keys = RouteTitle.note(.advancePipeline, "next stage", state) + RouteTitle.note(.openOpportunity, "edit", state)
            + RouteTitle.note(.pipelineCustomer, "customer", state) + RouteTitle.backNote(state)
        let lines = lines()
        let visible = max(1, area.height - 2)
        let at = lines.firstIndex { $0.highlighted } ?? 0
        TextBox(title: "Opportunities" + keys, lines: lines, width: 116, top: at < visible - 2 ? 0 : at - visible / 2)
            .render(into: &canvas, area: area, theme: theme)
    }

    static func loaded(_ state: inout AppState, _ rows: [OpportunityRow]) {
        state.updateRoutes(OpportunitiesRoute.self) { route in
            // The same opportunity stays selected when the list reorders after a move.
            let id = route.selectedRow?.id
            route.rows = rows
            route.selected = rows.isEmpty ? nil : (rows.firstIndex { $0.id == id } ?? min(route.selected ?? 0, rows.count - 1))
        }
    }
}

extension Command {
    static let showOpportunities = Command("opportunities", "Every customer's open opportunities: the pipeline, furthest along first",
                                           group: .capture, keys: [.char("O")], aliases: ["pipeline"]) { state, _ in
        Dispatcher.push(&state, OpportunitiesRoute())
        return [.loadOpportunities]
    }
    static let openOpportunity = Command("open-opportunity", "Edit the selected opportunity (a won one opens its project)",
                                         group: .capture, keys: [.enter, .char("e")], scope: .view(.opportunities)) { state, _ in
        guard let row = state.route(OpportunitiesRoute.self)?.selectedRow else { return Dispatcher.refuse(&state, "Nothing selected") }
        return OpportunityMoves.open(&state, row)
    }
    static let advancePipeline = Command("advance-pipeline", "Move the selected opportunity on a stage (won opens the project form)",
                                         group: .capture, keys: [.char(">")], scope: .view(.opportunities)) { state, _ in
        OpportunityMoves.step(&state, row: state.route(OpportunitiesRoute.self)?.selectedRow, forward: true)
    }
    static let stepBackPipeline = Command("step-back-pipeline", "Move the selected opportunity back a stage",
                                          group: .capture, keys: [.char("<")], scope: .view(.opportunities)) { state, _ in
        OpportunityMoves.step(&state, row: state.route(OpportunitiesRoute.self)?.selectedRow, forward: false)
    }
    static let movePipeline = Command("move-pipeline", "Move the selected opportunity to a stage (:move-pipeline lost)",
                                      group: .capture, keys: [.char("m")], scope: .view(.opportunities),
                                      argument: OpportunityMoves.stageArgument) { state, argument in
        OpportunityMoves.move(&state, row: state.route(OpportunitiesRoute.self)?.selectedRow, argument, command: "move-pipeline")
    }
    static let pipelineCustomer = Command("pipeline-customer", "Open the selected opportunity's customer",
                                          group: .capture, keys: [.char("c")], scope: .view(.opportunities)) { state, _ in
        guard let row = state.route(OpportunitiesRoute.self)?.selectedRow else { return Dispatcher.refuse(&state, "Nothing selected") }
        return CustomerDetailRoute.open(&state, customerId: row.opportunity.customerId)
    }
}
