import Foundation
import RapportModel

extension ViewID {
    public static let temperature = ViewID(rawValue: "temperature")
}

/// The temperature pane's state: every customer as scored (coldest first), the rows shown as
/// sorted and filtered, each one's temperature by id for the projects pane's column, and the
/// watch list.
public struct TemperatureState: Equatable, Sendable {
    /// The rows shown: `all`, filtered and sorted (`TemperatureListView.rows`).
    public var list = ListState<CustomerTemperature>()
    /// Every customer as scored, coldest first.
    public var all: [CustomerTemperature] = []
    public var byCustomer: [Int64: CustomerTemperature] = [:]
    /// A write changed what the scores read; they are loaded again when the user pauses.
    public var stale = false
    /// The day the shown scores are from, while they are stored ones waiting for today's.
    public var asOf: LocalDate?
    /// The shown scores are the stored ones read for the first frame, without their reasons,
    /// which come with today's.
    public var reasonsPending = false
    /// How many customers the stored scores count while they stand in (the first frame holds
    /// only their coldest page); nil once today's are loaded.
    public var storedTotal: Int?
    public var sort = TemperatureSort.coldest
    /// Only customers of this band; nil shows every band.
    public var band: Temperature.Band?
    /// Only the accounts whose projects name the user as sales rep.
    public var mine = false
    /// The watch list shows instead of the customers.
    public var watching = false
    public var watch = ListState<WatchItem>()
    /// Sparklines, reps and the watch list, loaded after the scores.
    public var overview = TemperatureOverview()
    /// config.toml's `[watch]`.
    public var watchSettings = WatchSettings.standard
    public init() {}
}

/// The temperature pane: customers coldest first; a customer opens why its score is what it is.
enum TemperatureFeature: DashboardPane {
    static let id = ViewID.temperature
    static let title = "Temperature"
    static let focusCommand = Command.focusTemperature
    static let registration = ViewRegistration(id: id, title: title, commands: [
        .sortTemperature, .filterBand, .myAccounts, .watchList,
    ])

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        if state.temperature.watching {
            WatchPane(state: state).render(into: &canvas, area: area, theme: theme)
        } else {
            TemperaturePane(state: state).render(into: &canvas, area: area, theme: theme)
        }
    }

    static func move(_ state: inout AppState, _ motion: ListMotion) -> [Effect] {
        if state.temperature.watching {
            state.temperature.watch.apply(motion, visibleRows: state.visibleRows(id))
        } else {
            state.temperature.list.apply(motion, visibleRows: state.visibleRows(id))
        }
        return []
    }

    static func open(_ state: inout AppState) -> [Effect] {
        let customerId = state.temperature.watching ? state.temperature.watch.selectedRow?.customerId
            : state.temperature.list.selectedRow?.customerId
        guard let customerId else {
            return Dispatcher.refuse(&state, state.temperature.watching ? "Nothing on the watch list" : "No customer selected")
        }
        return CustomerDetailRoute.open(&state, customerId: customerId)
    }

    static func scroll(_ state: inout AppState) -> [Effect] {
        state.temperature.list.scrollToSelection(visibleRows: state.visibleRows(id))
        state.temperature.watch.scrollToSelection(visibleRows: state.visibleRows(id))
        return []
    }

    static func loaded(_ state: inout AppState, _ list: [CustomerTemperature]) -> [Effect] {
        // Today's scores over an earlier day's reorder the list: a cursor still on the first
        // row has picked nobody yet, so it stays on the (new) coldest rather than follow one.
        let unpicked = state.temperature.asOf != nil && state.temperature.list.selected == 0
        state.temperature.all = list
        state.temperature.stale = false
        state.temperature.asOf = nil
        state.temperature.reasonsPending = false
        state.temperature.storedTotal = nil
        state.temperature.byCustomer = Dictionary(list.map { ($0.customerId, $0) }, uniquingKeysWith: { a, _ in a })
        TemperatureListView.refresh(&state)
        if unpicked { state.temperature.list.select(0, visibleRows: state.visibleRows(.temperature)) }
        return [.loadTemperatureOverview(now: state.now, timeZone: state.timeZone, watch: state.temperature.watchSettings)]
    }

    static func overviewLoaded(_ state: inout AppState, _ overview: TemperatureOverview) -> [Effect] {
        state.temperature.overview = overview
        TemperatureListView.refresh(&state)
        return []
    }
}

extension TemperatureFeature {
    /// Stored scores from an earlier day: shown, marked, until today's arrive (never over them).
    /// `total` counts every customer stored, more than `list` holds when it is the coldest page.
    static func storedLoaded(_ state: inout AppState, _ list: [CustomerTemperature], day: LocalDate?,
                             total: Int? = nil) -> [Effect] {
        guard let day, !state.temperature.list.loaded else { return [] }
        state.temperature.all = list
        state.temperature.storedTotal = total
        state.temperature.byCustomer = Dictionary(list.map { ($0.customerId, $0) }, uniquingKeysWith: { a, _ in a })
        TemperatureListView.refresh(&state)
        state.temperature.asOf = day == state.today ? nil : day
        state.temperature.reasonsPending = true
        return []
    }
}

extension Command {
    static let focusTemperature = Command("focus-temperature", "Focus the temperature pane", group: .panes,
                                          keys: [.char("4")]) { state, _ in
        Dashboard.focus(&state, .temperature)
    }
}
