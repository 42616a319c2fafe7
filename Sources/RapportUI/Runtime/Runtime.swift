import Foundation
import RapportModel

/// Runs the loop: terminal events become actions, the reducer decides, effects run against the
/// data source and come back as actions, and the screen is drawn after each batch.
@MainActor
public final class Runtime {
    public private(set) var state: AppState
    private let source: any TriageSource
    private let exporter: (any PunchExporter)?
    private let terminal: any Terminal
    private let theme: Theme
    private let clock: @Sendable () -> Date
    private var lastDataVersion: Int?
    private var lastVersionCheck = ContinuousClock.now

    /// How often another process's commits are looked for while keys keep arriving.
    static let changeCheckInterval = Duration.seconds(1)

    public init(state: AppState, source: any TriageSource, terminal: any Terminal, theme: Theme,
                clock: @escaping @Sendable () -> Date, exporter: (any PunchExporter)? = nil) {
        self.state = state
        self.source = source
        self.exporter = exporter
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
            if events.isEmpty {
                // Idle: move the clock on and do housekeeping.
                dispatch(.tick(now: clock()))
                try? source.checkpoint()
            }
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
            case let .loadPunch(query, today, offset, limit):
                let total = try source.punchCount(query, today: today)
                // Without a filter the count is the total; a 100,000-item project need not count twice.
                let unfiltered = query.filter.isEmpty ? total : try source.punchTotal(projectId: query.projectId)
                return .punchLoaded(query, total: total, unfilteredTotal: unfiltered, offset: offset,
                                    rows: try source.punchItems(query, today: today, offset: offset, limit: limit),
                                    groups: query.grouping == .none ? [] : try source.punchGroups(query, today: today))
            case let .loadAgenda(from, to, offset, limit):
                return .agendaLoaded(total: try source.agendaCount(from: from, to: to, timeZone: state.timeZone), offset: offset,
                                     rows: try source.agenda(from: from, to: to, timeZone: state.timeZone, offset: offset, limit: limit))
            case .loadTemperatures(let now):
                return .temperaturesLoaded(try source.temperatures(now: now, timeZone: state.timeZone))
            case let .loadPunchDetail(id, forEdit):
                return .punchDetailLoaded(try source.punchDetail(id: id), forEdit: forEdit)
            case .loadProjectDetail(let id):
                return .projectDetailLoaded(try source.projectDetail(projectId: id))
            case let .write(write, who):
                return .written(message: try perform(write, by: who))
            case let .export(projectId, format):
                guard let exporter else { return .failed("Export is not available here") }
                return .exported(path: try exporter.export(projectId: projectId, format: format, on: state.today))
            }
        } catch {
            return .failed("\(error)")
        }
    }

    /// Runs one write with the time now; returns what the status line says about it.
    /// A shim: the words are made here from the typed results until the reducer makes them.
    private func perform(_ write: Write, by who: String) throws -> String {
        let at = clock()
        switch write {
        case let .add(projectId, draft):
            let item = try source.addPunchItem(projectId: projectId, draft: draft, by: who, at: at)
            return "Added #\(item.number) \(item.title)"
        case let .change(ids, change, query, today):
            // A bulk change never reaches an item the filter hides: those are left alone, and said so.
            let shown = query.filter.isEmpty ? ids : try source.punchIds(ids, matching: query, today: today)
            let hidden = ids.count - shown.count
            guard !shown.isEmpty else { return "Nothing changed: the \(hidden) marked items are hidden by the filter" }
            let result = try source.changePunchItems(ids: shown, change: change, by: who, at: at)
            let head = result.changed.isEmpty ? "nothing changed" : result.label
            let skipped = result.skipped.map { "#\($0.number) is \($0.status.name); it cannot \($0.reason.verb)" }
            let more = skipped.count > 3 ? " and \(skipped.count - 3) more" : ""
            let summary = skipped.isEmpty ? head : "\(head) (skipped: \(skipped.prefix(3).joined(separator: "; "))\(more))"
            return hidden == 0 ? summary : "\(summary) · left alone \(hidden) hidden by the filter"
        case .undo:
            return try source.undo(by: who, at: at).map { "Undid: \($0.label)" } ?? "Nothing to undo"
        case .redo:
            return try source.redo(by: who, at: at).map { "Redid: \($0.label)" } ?? "Nothing to redo"
        case let .setStage(projectId, stage):
            let change = try source.setProjectStage(projectId: projectId, stage: stage, by: who, at: at)
            return "move \(change.projectCode) to \(change.to.rawValue)"
        case let .recordAcceptance(milestoneId, day):
            let record = try source.recordAcceptance(milestoneId: milestoneId, by: who, on: day, at: at)
            return "record acceptance of \(record.milestoneName) (\(record.projectCode))"
        }
    }
}

/// Writes a project's punch list to a file; the command-line wiring provides it.
public protocol PunchExporter: Sendable {
    /// Returns the path written.
    func export(projectId: Int64, format: ExportFormat, on day: LocalDate) throws -> String
}
