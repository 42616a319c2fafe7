import Foundation
import RapportModel

extension ModalID {
    public static let search = ModalID(rawValue: "search")
}

/// Keys in the search box: typing searches again (each answer for text no longer in the box is
/// dropped, and the runtime runs only the newest of the searches asked for while one runs),
/// ↑/↓ (C-p/C-n, PgUp/PgDn) choose a hit, `Enter` opens it in its view, `Esc` closes.
enum SearchModal {
    /// Hits asked for at a time: more than a screen shows, few enough to rank in milliseconds.
    static let limit = 50

    static func open(_ state: inout AppState, text: String) -> [Effect] {
        var search = SearchState(text)
        let effects = indexIfNeeded(&state) + ask(&search, state)
        state.modal = .search(search)
        return effects
    }

    /// The next step of the index's build, unless it is built or a step is on its way.
    static func indexIfNeeded(_ state: inout AppState) -> [Effect] {
        guard !state.searchIndexBuilding, state.searchIndex?.isComplete != true else { return [] }
        state.searchIndexBuilding = true
        return [.buildSearchIndex]
    }

    /// A step of the build ran: the next one, or at the end the box's words searched again,
    /// as what was found meanwhile came from part of the index.
    static func indexBuilt(_ state: inout AppState, _ progress: SearchIndexProgress) -> [Effect] {
        let before = state.searchIndex
        let wasPartial = before.map { !$0.isComplete } ?? false
        state.searchIndex = progress
        // A step that got no further (a file open read-only) ends the chain; opening the box asks again.
        guard progress.isComplete || progress == before else { return [.buildSearchIndex] }
        state.searchIndexBuilding = false
        guard progress.isComplete else { return [] }
        guard wasPartial, case .search(var search) = state.modal else { return [] }
        let effects = ask(&search, state)
        state.modal = .search(search)
        return effects
    }

    static func key(_ state: inout AppState, _ key: Key, _ search: inout SearchState) -> [Effect] {
        var effects: [Effect] = []
        switch key {
        case .up, .ctrl("p"): move(&search, by: -1)
        case .down, .ctrl("n"): move(&search, by: 1)
        case .pageUp: move(&search, by: -10)
        case .pageDown: move(&search, by: 10)
        default:
            switch search.editor.handle(key) {
            case .submit:
                guard let hit = search.selectedHit else {
                    state.modal = .search(search)
                    return Dispatcher.refuse(&state, search.isSearching ? "Still searching" : "Nothing to open")
                }
                state.modal = nil
                return open(&state, hit.target)
            case .cancel:
                state.modal = nil
                return []
            case .edited:
                effects = ask(&search, state)
            case .moved, .ignored:
                break
            }
        }
        state.modal = .search(search)
        return effects
    }

    static func paste(_ state: inout AppState, _ text: String, _ search: inout SearchState) -> [Effect] {
        _ = search.editor.insert(text)
        let effects = ask(&search, state)
        state.modal = .search(search)
        return effects
    }

    /// An answer came back: shown if it is for the text in the box now, else dropped.
    static func answered(_ state: inout AppState, text: String, hits: [SearchHit]) {
        guard case .search(var search) = state.modal, search.editor.text == text else { return }
        search.hits = hits
        search.answered = text
        search.selected = 0
        state.modal = .search(search)
    }

    private static func ask(_ search: inout SearchState, _ state: AppState) -> [Effect] {
        let text = search.editor.text
        guard !SearchQuery(text).isEmpty else {
            search.hits = []
            search.answered = text
            search.selected = 0
            return []
        }
        return [.search(text, limit: limit, timeZone: state.timeZone)]
    }

    private static func move(_ search: inout SearchState, by rows: Int) {
        guard !search.hits.isEmpty else { return }
        search.selected = max(0, min(search.hits.count - 1, search.selected + rows))
    }

    /// Opens a hit's view on the navigation stack, over whatever was open.
    static func open(_ state: inout AppState, _ target: SearchTarget) -> [Effect] {
        switch target {
        case let .customer(id, contactId):
            let effects = CustomerDetailRoute.open(&state, customerId: id)
            if let contactId {
                state.updateRoutes(CustomerDetailRoute.self) { if $0.customerId == id { $0.focusContactId = contactId } }
            }
            return effects
        case .project(let id):
            return ProjectDetailRoute.open(&state, projectId: id)
        case .punchItem(let id):
            return [.loadPunchDetail(id: id)]
        case .meeting(let entry):
            return MeetingDetailRoute.open(&state, entry)
        }
    }
}

extension Command {
    static let search = Command("search", "Search every project, item, meeting, customer, contact, note, intel and mail",
                                group: .general, keys: [.ctrl("f")], argument: .text("TEXT"),
                                aliases: ["find"]) { state, text in
        SearchModal.open(&state, text: text ?? "")
    }
}
