import Foundation
import RapportModel

extension ViewID {
    public static let temperature = ViewID(rawValue: "temperature")
}

/// The temperature pane's state: every customer, coldest first, and each one's temperature by
/// id for the projects pane's column.
public struct TemperatureState: Equatable, Sendable {
    public var list = ListState<CustomerTemperature>()
    public var byCustomer: [Int64: CustomerTemperature] = [:]
    /// A write changed what the scores read; they are loaded again when the user pauses.
    public var stale = false
    /// The day the shown scores are from, while they are stored ones waiting for today's.
    public var asOf: LocalDate?
    public init() {}
}

/// The temperature pane: customers coldest first; a customer opens why its score is what it is.
enum TemperatureFeature: DashboardPane {
    static let id = ViewID.temperature
    static let title = "Temperature"
    static let focusCommand = Command.focusTemperature
    static let registration = ViewRegistration(id: id, title: title, commands: [])

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        TemperaturePane(state: state).render(into: &canvas, area: area, theme: theme)
    }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        state.temperature.list.apply(motion, visibleRows: state.visibleRows(id))
        return []
    }

    static func open(_ state: inout AppState) -> [Effect] {
        guard let customer = state.temperature.list.selectedRow else {
            return Dispatcher.refuse(&state, "No customer selected")
        }
        return CustomerDetailRoute.open(&state, customerId: customer.customerId)
    }

    static func scroll(_ state: inout AppState) -> [Effect] {
        state.temperature.list.scrollToSelection(visibleRows: state.visibleRows(id))
        return []
    }

    static func loaded(_ state: inout AppState, _ list: [CustomerTemperature]) -> [Effect] {
        state.temperature.list.receive(total: list.count, offset: 0, rows: list, visibleRows: state.visibleRows(id))
        state.temperature.stale = false
        state.temperature.asOf = nil
        state.temperature.byCustomer = Dictionary(list.map { ($0.customerId, $0) }, uniquingKeysWith: { a, _ in a })
        return []
    }
}

extension TemperatureFeature {
    /// Stored scores from an earlier day: shown, marked, until today's arrive (never over them).
    static func storedLoaded(_ state: inout AppState, _ list: [CustomerTemperature], day: LocalDate?) -> [Effect] {
        guard let day, !state.temperature.list.loaded else { return [] }
        _ = loaded(&state, list)
        state.temperature.asOf = day == state.today ? nil : day
        return []
    }
}

extension Command {
    static let focusTemperature = Command("focus-temperature", "Focus the temperature pane", group: .panes,
                                          keys: [.char("4")]) { state, _ in
        Dashboard.focus(&state, .temperature)
    }
}
