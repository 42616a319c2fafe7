import Foundation
import RapportModel

extension ViewID {
    public static let punchDetail = ViewID(rawValue: "punch-detail")
}

/// One punch item whole, on the navigation stack: every field, its history, what it holds up.
struct PunchDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .punchDetail, title: "Punch item", commands: [])

    var detail: PunchDetail
    var top = 0

    var id: ViewID { .punchDetail }

    mutating func move(_ motion: ListMotion) { top = TextBox.scroll(top, motion) }

    func reload(_ state: AppState) -> [Effect] {
        detail.item.id.map { [.loadPunchDetail(id: $0, forEdit: false)] } ?? []
    }

    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        areas.contains(.punch(projectId: detail.item.projectId)) ? reload(state) : []
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        PunchDetailView(detail: detail, top: top, timeZone: state.timeZone,
                        keys: RouteTitle.note(.moveDown, "scroll", state) + RouteTitle.backNote(state))
            .render(into: &canvas, area: area, theme: theme)
    }

    /// The item's detail came back: open it, or refresh it where it is already open.
    static func loaded(_ state: inout AppState, _ detail: PunchDetail) {
        if state.route(PunchDetailRoute.self)?.detail.item.id == detail.item.id {
            state.updateRoutes(PunchDetailRoute.self) { if $0.detail.item.id == detail.item.id { $0.detail = detail } }
        } else {
            Dispatcher.push(&state, PunchDetailRoute(detail: detail))
        }
    }
}
