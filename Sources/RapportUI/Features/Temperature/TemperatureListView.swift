import Foundation
import RapportModel

/// Sorting and filtering the temperature pane, and its watch list mode.
enum TemperatureListView {
    /// `all` as the pane shows it: of the band and the user's accounts when asked, in the sort.
    static func rows(_ t: TemperatureState, user: String) -> [CustomerTemperature] {
        let shown = t.all.filter { row in
            (t.band.map { row.temperature.band == $0 } ?? true) && (!t.mine || isMine(row.customerId, t, user: user))
        }
        switch t.sort {
        case .coldest: return shown
        case .change:
            // The biggest fall first; ties coldest first, as the list came.
            return shown.enumerated().sorted { ($0.element.change, $0.offset) < ($1.element.change, $1.offset) }.map(\.element)
        case .name:
            return shown.sorted { ($0.name.lowercased(), $0.customerId) < ($1.name.lowercased(), $1.customerId) }
        }
    }

    static func isMine(_ customerId: Int64, _ t: TemperatureState, user: String) -> Bool {
        t.overview.reps[customerId]?.contains { $0.caseInsensitiveCompare(user) == .orderedSame } ?? false
    }

    /// The watch list as shown: the user's accounts only with "my accounts" on.
    static func watchRows(_ t: TemperatureState, user: String) -> [WatchItem] {
        guard t.mine else { return t.overview.watch }
        return t.overview.watch.filter { item in item.reps.contains { $0.caseInsensitiveCompare(user) == .orderedSame } }
    }

    /// Derives the shown rows again, keeping the selected customer selected when still shown.
    static func refresh(_ state: inout AppState) {
        let visible = state.visibleRows(.temperature)
        let rows = rows(state.temperature, user: state.user)
        let selectedId = state.temperature.list.selectedRow?.customerId
        // The first frame's page of stored scores stands for the whole list, in its order.
        let t = state.temperature
        let whole = t.storedTotal.map { t.band == nil && !t.mine && t.sort == .coldest ? max($0, rows.count) : rows.count }
        state.temperature.list.receive(total: whole ?? rows.count, offset: 0, rows: rows, visibleRows: visible)
        if let selectedId, let index = rows.firstIndex(where: { $0.customerId == selectedId }) {
            state.temperature.list.select(index, visibleRows: visible)
        }
        let items = watchRows(state.temperature, user: state.user)
        state.temperature.watch.receive(total: items.count, offset: 0, rows: items, visibleRows: visible)
    }

    /// The filters in words, for the pane's title: "cold · mine · by change".
    static func note(_ t: TemperatureState) -> String {
        var parts: [String] = []
        if let band = t.band { parts.append(band.rawValue) }
        if t.mine { parts.append("mine") }
        if !t.watching, t.sort != .coldest { parts.append("by \(t.sort.rawValue)") }
        return parts.joined(separator: " · ")
    }

    static func sort(_ state: inout AppState, argument: String?) -> [Effect] {
        let sort: TemperatureSort
        if let argument {
            guard let named = Command.sortTemperature.argument?.resolve(argument, as: TemperatureSort.self) else {
                return Dispatcher.refuse(&state, "unknown sort '\(argument)': use \(Command.sortTemperature.argument?.placeholder ?? "")")
            }
            sort = named
        } else {
            sort = PunchListView.next(after: state.temperature.sort)
        }
        state.temperature.sort = sort
        let words: [TemperatureSort: String] = [.coldest: "coldest first", .change: "biggest fall over 14 days first",
                                                .name: "name"]
        state.message = .init(text: "Customers by \(words[sort]!)")
        refresh(&state)
        state.temperature.list.select(0, visibleRows: state.visibleRows(.temperature))
        return []
    }

    /// Cycles all bands → cold → cool → warm → hot → all; `:band warm` (or `all`) names one.
    static func band(_ state: inout AppState, argument: String?) -> [Effect] {
        let order: [Temperature.Band?] = [nil] + Temperature.Band.allCases
        if let argument {
            let name = argument.lowercased()
            guard name == "all" || Temperature.Band(rawValue: name) != nil else {
                return Dispatcher.refuse(&state, "unknown band '\(argument)': use all, cold, cool, warm or hot")
            }
            state.temperature.band = Temperature.Band(rawValue: name)
        } else {
            let i = order.firstIndex(of: state.temperature.band) ?? 0
            state.temperature.band = order[(i + 1) % order.count]
        }
        state.message = .init(text: state.temperature.band.map { "Only \($0.rawValue) customers" } ?? "Every band")
        refresh(&state)
        return []
    }

    static func mine(_ state: inout AppState) -> [Effect] {
        state.temperature.mine.toggle()
        let count = Set(state.temperature.overview.reps.filter { isMine($0.key, state.temperature, user: state.user) }.keys).count
        let user = state.user
        state.message = .init(text: !state.temperature.mine ? "Every account"
                              : count == 0 ? "No project names \(user) as sales rep: set user in config.toml to your name as projects give it"
                              : "Only the accounts of \(user): \(count) customer\(count == 1 ? "" : "s") with a project naming \(user) as sales rep")
        refresh(&state)
        return []
    }

    static func watch(_ state: inout AppState) -> [Effect] {
        state.temperature.watching.toggle()
        state.focus = .temperature
        let count = state.temperature.watch.total
        state.message = .init(text: state.temperature.watching
                              ? "Watch list: \(count) reason\(count == 1 ? "" : "s") to call before it grows cold"
                              : "Customers by temperature")
        return []
    }
}

extension Command {
    static let sortTemperature = Command("sort-customers", "Sort customers coldest first, by change over 14 days, or by name (cycles; :sort-customers name)",
                                         group: .panes, keys: [.char("s")], scope: .view(.temperature),
                                         argument: .choice(TemperatureSort.self)) { state, argument in
        TemperatureListView.sort(&state, argument: argument)
    }
    static let filterBand = Command("band", "Show one band: cold, cool, warm, hot or all (cycles; :band cold)",
                                    group: .panes, keys: [.char("b")], scope: .view(.temperature),
                                    argument: .text("all|cold|cool|warm|hot", suggestions: ["all", "cold", "cool", "warm", "hot"])) { state, argument in
        TemperatureListView.band(&state, argument: argument)
    }
    static let myAccounts = Command("my-accounts", "Only my accounts (projects naming me, config user, as sales rep); again shows all",
                                    group: .panes, keys: [.char("m")], scope: .view(.temperature)) { state, _ in
        TemperatureListView.mine(&state)
    }
    static let watchList = Command("watch-list", "The watch list: accounts growing cold and why; again shows the customers",
                                   group: .panes, keys: [.char("w")], scope: .view(.temperature), aliases: ["watch"]) { state, _ in
        TemperatureListView.watch(&state)
    }
}
