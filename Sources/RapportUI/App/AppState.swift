import Foundation
import RapportModel

/// Everything the screen shows, and nothing that needs I/O to compute.
public struct AppState: Equatable, Sendable {
    public enum Overlay: Equatable, Sendable {
        /// The command table, scrolled to `top`.
        case help(top: Int)
        /// The selected row of a pane, all fields.
        case detail(PaneID)
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

    public func visibleRows(_ pane: PaneID) -> Int { layout.listRows(pane) }
}
