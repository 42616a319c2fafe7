import Foundation
import RapportModel

/// Everything the screen shows, and nothing that needs I/O to compute: the dashboard's views,
/// the navigation stack of detail views above it, and one modal slot above everything.
public struct AppState: Equatable, Sendable {
    public struct Message: Equatable, Sendable {
        public enum Severity: String, Sendable { case info, warning, error }
        public var text: String
        public var severity: Severity
        public var isError: Bool { severity == .error }
        public init(text: String, isError: Bool = false) {
            self.init(text: text, severity: isError ? .error : .info)
        }
        public init(text: String, severity: Severity) {
            self.text = text
            self.severity = severity
        }

        /// How long the status line shows it before it clears itself: errors stay longer.
        public var lifetime: Duration { severity == .info ? .seconds(5) : .seconds(15) }
    }

    /// A message as `:messages` lists it: when it was said.
    public struct LoggedMessage: Equatable, Sendable {
        public var at: Date
        public var message: Message
    }

    public var size: Size
    public var now: Date
    public var timeZone: TimeZone
    public var keymap: Keymap
    /// Who changes are recorded as (config `user`, else the login name).
    public var user = "me"
    /// The file is open to look only; the top bar says so for as long as it is.
    public var isReadOnly = false
    /// `y` and `Y` may set the terminal's clipboard (config `clipboard = false` turns them off).
    public var clipboardEnabled = true
    /// The theme on now and the ones `:theme` offers.
    public var looks = LookState()

    /// The dashboard pane keys go to when no detail view is open.
    public var focus: ViewID = .projects
    public var projects = ProjectsState()
    public var punch = PunchState()
    public var calendar = CalendarState()
    public var temperature = TemperatureState()
    /// The pane drawn over the whole body instead of the four (`+`); nil shows all four.
    public var zoomed: ViewID?
    /// Detail views opened over the dashboard, the newest last; `Esc` pops one and what was
    /// under it comes back as it was.
    public var routes: [Route] = []
    /// Help, the `:` line, a prompt, the filter or a form: at most one, over everything.
    public var modal: Modal?

    /// The status line's message; every one shown also goes to `messageLog`.
    public var message: Message? {
        didSet {
            guard let message, message != oldValue else { return }
            messagesSaid += 1
            messageLog.append(LoggedMessage(at: now, message: message))
            if messageLog.count > Self.messageLogLimit { messageLog.removeFirst(messageLog.count - Self.messageLogLimit) }
        }
    }
    /// This session's messages and errors, oldest first (the newest `messageLogLimit`).
    public private(set) var messageLog: [LoggedMessage] = []
    /// Messages shown so far this session: tells one message from the next, even when alike.
    public private(set) var messagesSaid = 0
    public static let messageLogLimit = 500
    /// Slow work running in the background for a while, named on the status line.
    public var busy: String?
    /// How far the search index is built; nil until its first step answers.
    public var searchIndex: SearchIndexProgress?
    /// A step of the search index's build is asked for or running (one chain of steps at a time).
    public var searchIndexBuilding = false
    public var shouldQuit = false
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

    public var layout: Layout { Layout(size: size, zoomed: zoomed) }

    public var today: LocalDate { LocalDate(now, in: timeZone) }

    /// Nothing to show yet: no projects and no customers, once both have been asked for.
    public var isFirstRun: Bool {
        projects.list.loaded && temperature.list.loaded && projects.list.total == 0 && temperature.list.total == 0
    }

    public var selectedProject: ProjectRow? { projects.list.selectedRow }

    /// The query the punch pane shows, for the selected project.
    public var punchQuery: PunchQuery? { punch.query }

    public func visibleRows(_ pane: ViewID) -> Int { layout.listRows(pane) }

    /// The detail view on top of the navigation stack, if any.
    public var topRoute: Route? { routes.last }

    /// The keymap layers that answer a key now, top first: the modal's alone while one is open
    /// (typing never runs commands), else the detail view on top, else the focused pane, then
    /// the global layer.
    public var activeScopes: [CommandScope] {
        modal?.scopes ?? viewScopes
    }

    /// The layers under the modal: the detail view on top, else the focused pane, then the
    /// global one. Help and titles name the keys of these, as if no modal were open.
    public var viewScopes: [CommandScope] {
        if let route = topRoute { return [.view(route.id), .detailViews, .global] }
        return [.view(focus), .global]
    }

    /// The first detail view of type `T` on the stack, newest first.
    public func route<T: RouteView>(_ type: T.Type) -> T? {
        routes.reversed().lazy.compactMap { $0.view as? T }.first
    }

    /// Changes every detail view of type `T` on the stack.
    public mutating func updateRoutes<T: RouteView>(_ type: T.Type, _ change: (inout T) -> Void) {
        for i in routes.indices {
            guard var view = routes[i].view as? T else { continue }
            change(&view)
            routes[i] = Route(view)
        }
    }
}
