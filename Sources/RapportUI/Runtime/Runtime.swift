import Foundation
import RapportModel

/// Runs the loop: terminal events become actions, the reducer decides, effects run against the
/// data source and come back as actions, and the screen is drawn after each batch.
///
/// Quick effects run at once, on the main actor. Slow ones (scoring temperatures, exports)
/// run on a worker thread when `slowWorkInBackground` is set, as the dashboard does: keys keep
/// being answered, results come back through the wake pipe the loop polls, work over 200 ms
/// shows on the status line, and a result superseded by a newer request is dropped. `rapport
/// render` and most tests run everything inline, so a replay is deterministic.
@MainActor
public final class Runtime {
    public private(set) var state: AppState
    let runner: EffectRunner
    let terminal: any Terminal
    private var theme: Theme
    /// Reads a theme by name for `:theme` (files are the CLI's business); nil where none can switch.
    public var themes: (@MainActor (String) throws -> Theme)?
    private let clock: @Sendable () -> Date
    private let background: BackgroundWork<Action>?
    /// Where the selected row's view is read ahead (`Runtime+ReadAhead`); its own worker, so
    /// slow work never waits behind it.
    let readAheadWork: BackgroundWork<[Action]>?
    var readAhead = ReadAhead()
    /// Where `$VISUAL` and `$EDITOR` are read for long text (tests give a fake editor).
    public var environment = ProcessInfo.processInfo.environment
    private(set) var lastDataVersion: Int?
    /// The state the screen shows now; a loop that changed nothing draws nothing.
    private var drawn: AppState?
    private var lastVersionCheck = ContinuousClock.now
    /// The log's length when the message now shown appeared, and when, so it clears in time.
    private var messageShown: (logged: Int, at: ContinuousClock.Instant)?

    /// Slow work on the worker: by ticket, what kind it is, what it says, when it started.
    private var inFlight: [Int: (kind: WorkKind, label: String, started: ContinuousClock.Instant)] = [:]
    /// Asked for while the same kind was in flight: run when that finishes (the newest wins).
    private var waiting: [(kind: WorkKind, effect: Effect)] = []
    private var nextTicket = 0
    /// Something happened since the last checkpoint (a key, a result): an idle second then
    /// checkpoints; a dashboard left alone does not touch the file every second.
    private var activeSinceCheckpoint = false

    /// How often another process's commits are looked for while keys keep arriving.
    static let changeCheckInterval = Duration.seconds(1)
    /// Slow work shorter than this never shows on the status line.
    static let progressDelay = Duration.milliseconds(200)

    public init(state: AppState, source: any TriageSource, terminal: any Terminal, theme: Theme,
                clock: @escaping @Sendable () -> Date, exporter: (any PunchExporter)? = nil,
                importer: (any PunchFileImporting)? = nil, records: (any RecordSource)? = nil,
                calendarFiles: (any CalendarFiling)? = nil, slowWorkInBackground: Bool = false) {
        self.state = state
        runner = EffectRunner(source: source, records: records ?? (source as? any RecordSource), exporter: exporter,
                              importer: importer, calendarFiles: calendarFiles, clock: clock)
        self.terminal = terminal
        self.theme = theme
        self.clock = clock
        background = slowWorkInBackground ? BackgroundWork(label: "rapport.background-work") : nil
        readAheadWork = slowWorkInBackground ? BackgroundWork(label: "rapport.read-ahead") : nil
        self.state.size = terminal.size
        if let background { terminal.wakeDescriptors.append(background.wakeDescriptor) }
        if let readAheadWork { terminal.wakeDescriptors.append(readAheadWork.wakeDescriptor) }
    }

    /// Loads the first screen's data and draws it.
    public func start() {
        lastDataVersion = try? runner.source.dataVersion()
        afterFirstFrame = []
        dispatch(.start)
        StartupTrace.mark("first screen's data")
        draw()
        StartupTrace.finish("first frame")
        let held = afterFirstFrame ?? []
        afterFirstFrame = nil
        for (effect, label) in held { submit(effect, label: label) }
        readAheadIfUseful()
        // The dashboard fills a search index the file lacks off the main thread, a step at a
        // time behind the first screen's work; inline runs (`rapport render`, tests) only when searched.
        if background != nil { dispatch(.indexForSearch) }
    }

    /// Runs until the user quits: blocks in the terminal's poll, never sleeps in a loop.
    public func run() {
        start()
        while !state.shouldQuit {
            // While slow work runs, wake often enough to show its progress in time.
            let events = terminal.nextEvents(timeoutMilliseconds: inFlight.isEmpty ? 1000 : 100)
            for event in events { handle(event) }
            if !events.isEmpty || !inFlight.isEmpty { activeSinceCheckpoint = true }
            takeBackgroundResults()
            if events.isEmpty {
                // Idle: move the clock on when the minute it shows has changed, and do housekeeping.
                let now = clock()
                if Self.minute(now) != Self.minute(state.now) || state.temperature.stale { dispatch(.tick(now: now)) }
                if activeSinceCheckpoint {
                    activeSinceCheckpoint = false
                    checkpointAfterActivity()
                }
            }
            if events.isEmpty || ContinuousClock.now - lastVersionCheck >= Self.changeCheckInterval {
                checkForOutsideChanges()
            }
            expireMessage()
            drawIfChanged()
        }
    }

    /// Copies the file's write-ahead log back once keys pause: in the dashboard on a thread of
    /// its own, so a key that comes meanwhile never waits for the copying and syncing.
    func checkpointAfterActivity() {
        guard background != nil else {
            try? runner.source.checkpoint()
            return
        }
        let source = runner.source
        checkpoints.async { try? source.checkpoint() }
    }

    private let checkpoints = DispatchQueue(label: "rapport.checkpoint")

    /// Clears the status line's message once it has been up its lifetime (the loop wakes at
    /// least once a second, so it goes within a second of that).
    private func expireMessage() {
        guard let message = state.message else {
            messageShown = nil
            return
        }
        let logged = state.messagesSaid
        if messageShown?.logged != logged { messageShown = (logged, .now) }
        if let shown = messageShown, ContinuousClock.now - shown.at >= message.lifetime {
            dispatch(.messageExpired(logged: logged))
        }
    }

    /// Draws only when the state moved since the last frame, so an idle dashboard does no work.
    func drawIfChanged() {
        guard drawn != state else { return }
        draw()
        readAheadIfUseful()
    }

    private static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }

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
        case .mouse(let event): dispatch(.mouse(event))
        }
    }

    /// Reduces `action` and every action its quick effects lead to; slow effects go to the worker.
    public func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            // Each effect with its slow-work label when the worker is there to take it.
            var effects = reduce(&state, next).map { (effect: $0, slow: background == nil ? nil : EffectRunner.slowWork($0)) }
            // Slow work goes to the worker before the inline work runs, so it starts at once (a
            // filter's count begins before its page is read); at start it waits for the first frame.
            effects = effects.filter { $0.slow != nil } + effects.filter { $0.slow == nil }
            for (effect, slow) in effects {
                // Stored temperatures only stand in while today's are scored in the background;
                // run inline, today's follow at once, so reading the stored ones is wasted.
                if background == nil, case .loadStoredTemperatures = effect { continue }
                if case let .editText(field, label, text) = effect {
                    queue.append(editInEditor(field: field, label: label, text: text))
                    continue
                }
                if case let .copy(text, what) = effect {
                    terminal.copyToClipboard(text)
                    queue.append(.copied(what: what))
                    continue
                }
                if case .switchTheme(let name) = effect, let themes {
                    queue.append(switchTheme(name, reader: themes))
                    continue
                }
                if !EffectRunner.readsForAView(effect) { readAhead.forget() }
                if let label = slow {
                    submit(effect, label: label)
                } else if let answer = readAheadAnswer(effect) {
                    queue.append(answer)
                } else {
                    queue.append(runner.perform(effect))
                }
            }
        }
    }

    /// The next frame is drawn in theme `name`, keeping the screen-reader look if it is on.
    private func switchTheme(_ name: String, reader: @MainActor (String) throws -> Theme) -> Action {
        do {
            var next = try reader(name)
            next.isScreenReader = theme.isScreenReader
            theme = next
            lastFrame = nil
            return .themeSwitched(name)
        } catch {
            return .failed("\(error)")
        }
    }

    public func draw() {
        let canvas = Screen.render(state, theme: theme, after: lastFrame)
        terminal.present(canvas)
        drawn = state
        lastFrame = (state, canvas)
    }

    /// The last frame drawn and its state, so the next can redraw only the pane that changed;
    /// forgotten when the theme changes.
    private var lastFrame: (state: AppState, canvas: Canvas)?

    /// True while slow work is still running on the worker.
    public var isBusy: Bool { !inFlight.isEmpty }

    /// Waits up to `milliseconds` for slow work to finish and takes its results; for tests.
    public func waitForBackgroundWork(milliseconds: Int32) {
        waitForResults([background?.wakeDescriptor, readAheadWork?.wakeDescriptor].compactMap { $0 },
                       milliseconds: milliseconds)
        takeBackgroundResults()
    }

    /// The file's `data_version` moves when another connection commits: reload what is shown.
    func checkForOutsideChanges() {
        lastVersionCheck = ContinuousClock.now
        guard let version = try? runner.source.dataVersion() else { return }
        if let last = lastDataVersion, last != version {
            dispatch(.databaseChanged(now: clock()))
        }
        lastDataVersion = version
    }

    // MARK: - Slow work

    /// Slow work asked for at start, held back until the first frame is drawn; nil once it is.
    /// Work on the second core (scoring, the calendar's count, the worker's connection opening)
    /// slowed the main thread's first-screen reads by 3–5 ms on the l set, timed side by side;
    /// the stored scores and "≥ N" show meanwhile, and the count follows a frame later.
    private var afterFirstFrame: [(effect: Effect, label: String)]?

    private func submit(_ effect: Effect, label: String) {
        guard let background else { return }
        if afterFirstFrame != nil {
            afterFirstFrame?.append((effect, label))
            return
        }
        let kind = WorkKind(effect)
        if inFlight.values.contains(where: { $0.kind == kind }) {
            waiting.removeAll { $0.kind == kind }
            waiting.append((kind, effect))
            return
        }
        nextTicket += 1
        inFlight[nextTicket] = (kind, label, ContinuousClock.now)
        let runner = runner
        background.submit(ticket: nextTicket) { runner.perform(effect) }
    }

    /// Results that came back: each goes to the reducer, unless a newer request of its kind
    /// is waiting, which then runs instead (its answer would replace this one at once). Called
    /// on every turn of the loop, so it also names work that has now run past the delay.
    private func takeBackgroundResults() {
        takeReadAhead()
        guard let background else { return }
        for (ticket, action) in background.takeFinished() {
            guard let work = inFlight.removeValue(forKey: ticket) else { continue }
            // Slow work may have written (scores, imports): what was read ahead may be stale.
            readAhead.forget()
            if let index = waiting.firstIndex(where: { $0.kind == work.kind }) {
                submit(waiting.remove(at: index).effect, label: work.label)
                continue
            }
            dispatch(action)
        }
        showProgress()
    }

    /// Work running longer than `progressDelay` is named on the status line until it ends
    /// (work with an empty label, the search index's build, says how far it is elsewhere).
    private func showProgress() {
        let now = ContinuousClock.now
        let label = inFlight.values.filter { now - $0.started >= Self.progressDelay && !$0.label.isEmpty }
            .min { $0.started < $1.started }?.label
        if state.busy != label { dispatch(.busy(label)) }
    }
}
