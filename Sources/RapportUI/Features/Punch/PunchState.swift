import RapportModel

extension ViewID {
    public static let punch = ViewID(rawValue: "punch")
}

/// The punch pane's state: which project it shows, the paged list, how it is filtered, sorted
/// and grouped, and the items marked for a bulk change.
public struct PunchState: Equatable, Sendable {
    /// The project the pane shows: the selected one in the projects pane.
    public var projectId: Int64?
    public var list = ListState<PunchRow>()
    public var settings = PunchListSettings()
    /// Items marked for a bulk change (ids), in the project the pane shows. A new filter clears
    /// them, and a bulk change acts only on those the filter still shows.
    public var marked: Set<Int64> = []

    public init() {}

    /// The query the pane shows.
    public var query: PunchQuery? {
        projectId.map { PunchQuery(projectId: $0, filter: settings.filter, sort: settings.sort, grouping: settings.grouping) }
    }

    /// What a triage command acts on: the marked items, else the selected one; empty when the
    /// list has no selection.
    public var targets: [Int64] {
        if !marked.isEmpty { return marked.sorted() }
        return list.selectedRow.map { [$0.id] } ?? []
    }
}

/// The punch pane's view settings and the counts that go with them.
public struct PunchListSettings: Equatable, Sendable {
    public var filterText = ""
    public var filter = PunchFilter()
    /// Why the filter text as typed is not (yet) a filter; the last good filter stays applied.
    public var filterError: String?
    public var sort: PunchSort = .status
    public var grouping: PunchGrouping = .none
    /// Items in the project, before filtering: "12 of 40 match".
    public var unfilteredTotal = 0
    public var groups: [PunchGroupCount] = []

    public init() {}
}
