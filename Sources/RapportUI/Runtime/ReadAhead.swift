/// What the selected row's view reads when it opens, read on a worker after the frame is
/// drawn, while the user looks at the row: `Enter` then draws the view from these answers.
///
/// Answers hold only while nothing has changed: any effect that may write forgets them (and
/// drops a read still running, by its generation), and they answer only while the file's
/// data version is the one taken when they were asked for (no other process has committed).
struct ReadAhead {
    /// Moves on whenever what was read may be stale; answers read under an older one are dropped.
    private(set) var generation = 0
    /// The reads answered, and the data version when they were asked for.
    private(set) var answers: [(effect: Effect, action: Action)] = []
    private(set) var version: Int?
    /// The reads on the worker now, with their generation and data version.
    private var running: (effects: [Effect], generation: Int, version: Int?)?
    /// Asked for while others ran: the newest waits its turn, any older are never read.
    private var next: [Effect]?

    /// Forgets every answer and what is being read.
    mutating func forget() {
        generation += 1
        answers = []
        version = nil
        next = nil
    }

    /// The answer to `effect`, when one was read ahead.
    func answer(_ effect: Effect) -> Action? {
        answers.first { $0.effect == effect }?.action
    }

    /// True when `effects` are answered, being read, or waiting to be.
    func covers(_ effects: [Effect]) -> Bool {
        answers.map(\.effect) == effects || next == effects
            || (running?.effects == effects && running?.generation == generation)
    }

    /// Asks for `effects`; the generation to read them under when they should go to the worker
    /// now, nil when they wait for the running ones.
    mutating func request(_ effects: [Effect], version: Int?) -> Int? {
        guard running == nil else {
            next = effects
            return nil
        }
        running = (effects, generation, version)
        return generation
    }

    /// The worker's answers to the reads asked for under `generation`; returns what waited, to
    /// go to the worker next. Answers that failed are not kept (the open shows its own error).
    mutating func finished(generation: Int, actions: [Action]) -> [Effect]? {
        if let running, running.generation == generation, generation == self.generation,
           !actions.contains(where: { if case .failed = $0 { true } else { false } }) {
            answers = Array(zip(running.effects, actions))
            version = running.version
        }
        running = nil
        defer { next = nil }
        return next
    }
}
