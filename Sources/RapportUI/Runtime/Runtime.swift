import Foundation
import RapportModel

/// Runs the loop: terminal events become actions, the reducer decides, effects run against the
/// data source and come back as actions, and the screen is drawn after each batch.
@MainActor
public final class Runtime {
    public private(set) var state: AppState
    private let source: any DashboardSource
    private let terminal: any Terminal
    private let theme: Theme
    private let clock: @Sendable () -> Date
    private var lastDataVersion: Int?
    private var lastVersionCheck = ContinuousClock.now

    /// How often another process's commits are looked for while keys keep arriving.
    static let changeCheckInterval = Duration.seconds(1)

    public init(state: AppState, source: any DashboardSource, terminal: any Terminal, theme: Theme,
                clock: @escaping @Sendable () -> Date) {
        self.state = state
        self.source = source
        self.terminal = terminal
        self.theme = theme
        self.clock = clock
        self.state.size = terminal.size
    }

    /// Loads the first screen's data and draws it.
    public func start() {
        lastDataVersion = try? source.dataVersion()
        dispatch(.start)
        draw()
    }

    /// Runs until the user quits: blocks in the terminal's poll, never sleeps in a loop.
    public func run() {
        start()
        while !state.shouldQuit {
            let events = terminal.nextEvents(timeoutMilliseconds: 1000)
            for event in events { handle(event) }
            if events.isEmpty || ContinuousClock.now - lastVersionCheck >= Self.changeCheckInterval {
                checkForOutsideChanges()
            }
            draw()
        }
    }

    /// Feeds every scripted event through the reducer, as `rapport render` and tests do.
    public func replay() {
        start()
        while !state.shouldQuit {
            let events = terminal.nextEvents(timeoutMilliseconds: 0)
            if events.isEmpty { break }
            for event in events { handle(event) }
            draw()
        }
    }

    public func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key): dispatch(.key(key))
        case .resize(let size): dispatch(.resize(size))
        case .paste(let text): dispatch(.paste(text))
        }
    }

    /// Reduces `action` and every action its effects lead to.
    public func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in reduce(&state, next) {
                queue.append(perform(effect))
            }
        }
    }

    public func draw() {
        terminal.present(Screen.render(state, theme: theme))
    }

    /// The file's `data_version` moves when another connection commits: reload what is shown.
    func checkForOutsideChanges() {
        lastVersionCheck = ContinuousClock.now
        guard let version = try? source.dataVersion() else { return }
        if let last = lastDataVersion, last != version {
            dispatch(.databaseChanged(now: clock()))
        }
        lastDataVersion = version
    }

    private func perform(_ effect: Effect) -> Action {
        do {
            switch effect {
            case let .loadProjects(offset, limit):
                return .projectsLoaded(total: try source.projectCount(), offset: offset,
                                       rows: try source.projects(offset: offset, limit: limit))
            case let .loadPunch(projectId, offset, limit):
                return .punchLoaded(projectId: projectId, total: try source.punchCount(projectId: projectId),
                                    offset: offset, rows: try source.punchItems(projectId: projectId, offset: offset, limit: limit))
            case let .loadAgenda(from, to):
                return .agendaLoaded(try source.agenda(from: from, to: to, timeZone: state.timeZone))
            case .loadTemperatures(let now):
                return .temperaturesLoaded(try source.temperatures(now: now, timeZone: state.timeZone))
            }
        } catch {
            return .failed("\(error)")
        }
    }
}
