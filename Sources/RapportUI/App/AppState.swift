import Foundation
import RapportModel

/// Everything the screen shows, and nothing that needs I/O to compute.
public struct AppState: Equatable, Sendable {
    public enum Overlay: Equatable, Sendable {
        /// The command table, scrolled to `top`.
        case help(top: Int)
        /// The selected row of a pane, all fields.
        case detail(PaneID)
        /// A punch item with its history and the milestones it blocks, scrolled to `top`.
        case punchDetail(PunchDetail, top: Int)
        /// A project's milestones and what blocks acceptance; `selected` is a milestone index.
        case projectDetail(ProjectDetail, selected: Int)
    }

    public struct Message: Equatable, Sendable {
        public var text: String
        public var isError: Bool
        public init(text: String, isError: Bool = false) {
            self.text = text
            self.isError = isError
        }
    }

    public var size: Size
    public var now: Date
    public var timeZone: TimeZone
    public var keymap: Keymap
    public var focus: PaneID = .projects
    public var projects = ListState<ProjectRow>()
    public var punch = ListState<PunchRow>()
    /// The project the punch pane shows: the selected one in the projects pane.
    public var punchProjectId: Int64?
    public var agenda = ListState<AgendaEntry>()
    public var temperatures = ListState<CustomerTemperature>()
    public var temperatureByCustomer: [Int64: CustomerTemperature] = [:]
    public var overlay: Overlay?
    public var message: Message?
    public var shouldQuit = false
    public var mode: Mode = .normal
    /// How the punch pane filters, sorts and groups, and what that gives.
    public var punchView = PunchView()
    /// Items marked for a bulk change (ids), in the project the punch pane shows.
    public var marked: Set<Int64> = []
    /// Who changes are recorded as (config `user`, else the login name).
    public var user = "me"
    /// Lines entered on the `:` line, oldest first.
    public var commandHistory: [String] = []

    /// Days the calendar pane looks ahead.
    public static let agendaDays = 14

    public init(size: Size, now: Date, timeZone: TimeZone, keymap: Keymap = .standard) {
        self.size = size
        self.now = now
        self.timeZone = timeZone
        self.keymap = keymap
    }

    public var layout: Layout { Layout(size: size) }

    /// Nothing to show yet: no projects and no customers, once both have been asked for.
    public var isFirstRun: Bool {
        projects.loaded && temperatures.loaded && projects.total == 0 && temperatures.total == 0
    }

    /// The 14-day window of the calendar pane, from the start of today.
    public var agendaWindow: Range<Date> {
        let today = LocalDate(now, in: timeZone)
        return today.startOfDay(in: timeZone)..<today.adding(days: Self.agendaDays).startOfDay(in: timeZone)
    }

    public var selectedProject: ProjectRow? { projects.selectedRow }

    public var today: LocalDate { LocalDate(now, in: timeZone) }

    /// The query the punch pane shows, for the selected project.
    public var punchQuery: PunchQuery? {
        punchProjectId.map { PunchQuery(projectId: $0, filter: punchView.filter, sort: punchView.sort, grouping: punchView.grouping) }
    }

    /// What a triage command acts on: the marked items, else the selected one.
    public var triageTargets: [Int64] {
        if !marked.isEmpty { return marked.sorted() }
        return punch.selectedRow.map { [$0.id] } ?? []
    }

    public func visibleRows(_ pane: PaneID) -> Int { layout.listRows(pane) }
}

/// The punch pane's view settings and the counts that go with them.
public struct PunchView: Equatable, Sendable {
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
