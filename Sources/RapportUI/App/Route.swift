import Foundation
import RapportModel

/// A detail view that opens over the dashboard on the navigation stack (an item, a project, a
/// meeting, a customer). Each lives in its feature folder with its own commands.
public protocol RouteView: Sendable {
    var id: ViewID { get }
    /// Draws the view over the dashboard's `area`.
    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme)
    /// Moves within the view (scroll or select); the generic movement commands land here.
    mutating func move(_ motion: ListMotion)
    /// What to load again after another process's change, so the view stays true.
    func reload(_ state: AppState) -> [Effect]
    /// What to load again after one of our writes that touched `areas`.
    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect]
    /// Whether `other` is the same view in the same state (routes are compared in tests).
    func isEqual(to other: any RouteView) -> Bool
}

extension RouteView {
    public func reload(_ state: AppState) -> [Effect] { [] }
    public func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] { areas.isEmpty ? [] : reload(state) }
}

extension RouteView where Self: Equatable {
    public func isEqual(to other: any RouteView) -> Bool { (other as? Self) == self }
}

/// One entry of the navigation stack: a detail view, compared by value.
public struct Route: Equatable, Sendable {
    public var view: any RouteView

    public init(_ view: any RouteView) { self.view = view }

    public var id: ViewID { view.id }

    public static func == (a: Route, b: Route) -> Bool { a.view.isEqual(to: b.view) }
}
