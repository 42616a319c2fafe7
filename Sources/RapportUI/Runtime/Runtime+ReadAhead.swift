import RapportModel

// Reading the selected row's view ahead (`ReadAhead`): opening a customer read 1.8 ms on the
// key's path on the l set, most of it its evidence (the tone of its recent mail), in a cold
// cache; run on the second core alongside the key, the wake of that core alone took 0.45 ms.
extension Runtime {
    /// After a frame (the first one's slow work sent first): what `Enter` would read now, if it
    /// only opens a view, goes to the worker. The reducer decides on a copy of the state, so no
    /// view names its reads twice.
    func readAheadIfUseful() {
        guard let readAheadWork else { return }
        var copy = state
        let effects = reduce(&copy, .key(.enter))
        guard !effects.isEmpty, effects.allSatisfy(EffectRunner.readsForAView), !readAhead.covers(effects) else { return }
        // The version last looked at, not a query after every frame: a commit since then moves
        // the file's version past it, and the answers are not used.
        guard let generation = readAhead.request(effects, version: lastDataVersion) else { return }
        submitReadAhead(effects, generation: generation, to: readAheadWork)
    }

    /// The answer read ahead for `effect`, while no other process has committed since it was asked for.
    func readAheadAnswer(_ effect: Effect) -> Action? {
        guard let answer = readAhead.answer(effect) else { return nil }
        guard let version = readAhead.version, (try? runner.source.dataVersion()) == version else {
            readAhead.forget()
            return nil
        }
        return answer
    }

    /// Keeps the answers that came back, and sends what waited meanwhile.
    func takeReadAhead() {
        guard let readAheadWork else { return }
        for (generation, actions) in readAheadWork.takeFinished() {
            if let next = readAhead.finished(generation: generation, actions: actions),
               let generation = readAhead.request(next, version: lastDataVersion) {
                submitReadAhead(next, generation: generation, to: readAheadWork)
            }
        }
    }

    private func submitReadAhead(_ effects: [Effect], generation: Int, to work: BackgroundWork<[Action]>) {
        let runner = runner
        work.submit(ticket: generation) { effects.map(runner.perform) }
    }
}
