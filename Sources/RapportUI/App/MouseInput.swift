import RapportModel

/// Clicks and the wheel, hit-tested against the layout the screen was drawn from (pure, like
/// every key): a click focuses the pane under it and selects the row, a double-click opens
/// it, the wheel scrolls what is under the pointer; a click on a day of the week or month grid
/// goes to that day; in a form a click focuses the field; in the search box it chooses a hit.
enum MouseInput {
    /// Rows a turn of the wheel moves, as most terminals' programs do.
    static let wheelRows = 3

    static func handle(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        let layout = state.layout
        guard !layout.isTooSmall else { return [] }
        switch state.modal {
        case .search(var search):
            return searchBox(&state, &search, event, body: layout.body)
        case .form(var edit):
            guard event.kind == .press(.left) else { return [] }
            let view = FormView(form: edit.form, width: edit.isRecord ? 76 : 64)
            guard let field = view.field(atX: event.x, y: event.y, area: layout.body) else { return [] }
            let outcome = edit.form.focus(field: field)
            return FormCommands.finish(&state, edit, outcome)
        case .some:
            return []  // help and prompts take keys only
        case nil:
            break
        }
        if !state.routes.isEmpty {
            // A detail view scrolls with the wheel; its lines take keys.
            guard let rows = wheel(event) else { return [] }
            return Dispatcher.move(&state, .rows(rows))
        }
        guard let pane = Dashboard.panes.first(where: { layout.frame($0.id).contains(x: event.x, y: event.y) }) else { return [] }
        var effects: [Effect] = []
        if state.focus != pane.id, event.kind != .release { effects += Dashboard.focus(&state, pane.id) }
        if let rows = wheel(event) { return effects + pane.move(&state, .rows(rows)) }
        guard event.kind == .press(.left) else { return effects }
        if pane.id == .calendar, state.calendar.mode != .agenda {
            let inner = layout.frame(.calendar).inset(by: 1)
            let grid = CalendarPane.gridArea(state, inner: inner)
            let day = state.calendar.mode == .month ? MonthGrid.day(atX: event.x, y: event.y, area: grid, state: state)
                : WeekGrid.day(atX: event.x, y: event.y, area: grid, state: state)
            if let day { return effects + CalendarFeature.go(&state, to: day) }
        }
        if let (selected, top) = listPosition(state, pane.id) {
            let row = event.y - layout.frame(pane.id).y - 2
            if row >= 0, row < layout.listRows(pane.id) {
                effects += pane.move(&state, .rows(top + row - (selected ?? 0)))
                if event.clicks >= 2 { effects += pane.open(&state) }
            }
        }
        return effects
    }

    /// The selected row and the first shown, for the panes whose rows are one list line each
    /// (the punch list only while ungrouped: group headers take lines of their own).
    private static func listPosition(_ state: AppState, _ pane: ViewID) -> (Int?, Int)? {
        switch pane {
        case .projects: return (state.projects.list.selected, state.projects.list.top)
        case .temperature: return (state.temperature.list.selected, state.temperature.list.top)
        case .punch where state.punch.settings.grouping == .none: return (state.punch.list.selected, state.punch.list.top)
        default: return nil
        }
    }

    private static func wheel(_ event: MouseEvent) -> Int? {
        switch event.kind {
        case .wheelUp: return -wheelRows
        case .wheelDown: return wheelRows
        default: return nil
        }
    }

    private static func searchBox(_ state: inout AppState, _ search: inout SearchState, _ event: MouseEvent, body: Rect) -> [Effect] {
        let inner = SearchView.box(in: body).inset(by: 1)
        if let rows = wheel(event), !search.hits.isEmpty {
            search.selected = max(0, min(search.hits.count - 1, search.selected + rows))
            state.modal = .search(search)
            return []
        }
        guard event.kind == .press(.left), inner.contains(x: event.x, y: event.y) else { return [] }
        let index = SearchView.top(selected: search.selected, rows: inner.height) + event.y - inner.y
        guard search.hits.indices.contains(index) else { return [] }
        search.selected = index
        state.modal = .search(search)
        guard event.clicks >= 2, let hit = search.selectedHit else { return [] }
        state.modal = nil
        return SearchModal.open(&state, hit.target)
    }
}
