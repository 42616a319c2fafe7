import Testing
@testable import RapportModel

/// Responsiveness: the customer's recent reply latency against their own baseline.
@Suite struct ResponsivenessTests {
    func signals(_ replies: [(hours: Double, ageDays: Double)], awaiting: [Double] = []) -> TemperatureSignals {
        var s = TemperatureSignals()
        s.replies = replies.map { .init(latencyHours: $0.hours, ageDays: $0.ageDays) }
        s.awaitingReplyHours = awaiting
        return s
    }

    func responsiveness(_ s: TemperatureSignals, scorer: TemperatureScorer = TemperatureScorer()) -> Temperature.Component? {
        scorer.score(s).components.first { $0.signal == .responsiveness }
    }

    @Test func noRepliesAndNothingWaitingDropsOut() {
        #expect(responsiveness(TemperatureSignals()) == nil)
        // Our mail waiting less than the baseline says nothing yet
        #expect(responsiveness(signals([], awaiting: [3])) == nil)
    }

    @Test func aCustomerAnsweringAtTheirUsualPaceIsSeventyFive() {
        // Given a customer who always takes about two days
        let c = responsiveness(signals([(48, 40), (48, 30), (48, 20), (48, 2)]))
        // Then two days is their normal: 75, said in their own terms
        #expect(c?.value == 75)
        #expect(c?.reason == "answers in 2 d lately, usually 2 d (4 replies)")
        #expect(c?.weight == 15)
    }

    @Test func aFastCustomerTurningSlowCools() {
        // Given a customer who answered within two hours, now taking a day
        let c = responsiveness(signals([(2, 60), (2, 50), (2, 40), (2, 30), (24, 1), (24, 0)]))
        // Then recent latency (decayed towards the new replies) far above the 2 h baseline: cold
        #expect(c!.value < 5)
        #expect(c!.reason.hasPrefix("answers in "))
        #expect(c!.reason.hasSuffix(", usually 2 h (6 replies)"))
        // And twice as fast as usual, or better, is 100
        #expect(responsiveness(signals([(8, 60), (8, 50), (8, 40), (8, 30), (1, 0)]))!.value > 99)
    }

    @Test func withFewRepliesTheBaselineIsAWorkingDay() {
        #expect(responsiveness(signals([(24, 0)]))?.value == 75)
        #expect(responsiveness(signals([(48, 0)]))?.value == 37.5)
        #expect(responsiveness(signals([(12, 0)]))?.reason == "answers in 12 h lately, usually 24 h (1 reply)")
    }

    @Test func mailStillWaitingPastTheBaselineCountsAsSlow() {
        // Given a usually prompt customer who has not answered our mail of three days ago
        let c = responsiveness(signals([(4, 30), (4, 20), (4, 10), (4, 5)], awaiting: [72, 1]))
        #expect(c!.value < 2)
        #expect(c!.reason.hasSuffix("usually 4 h (5 replies)"))
    }

    @Test func theReplyHalfLifeComesFromTheSettings() {
        // Given an old slow reply and a new fast one, a short half-life forgets the old one
        let s = signals([(48, 30), (6, 0)])
        let short = TemperatureScorer(settings: TemperatureSettings(replyHalfLife: 1))
        let long = TemperatureScorer(settings: TemperatureSettings(replyHalfLife: 365))
        #expect(responsiveness(s, scorer: short)!.value > responsiveness(s, scorer: long)!.value)
    }

    @Test func settingsCarryWeightsAndHalfLivesIntoTheScorer() {
        let settings = TemperatureSettings(weights: [.tone: 40, .coverage: 0], toneHalfLife: 7, recencyHalfLife: 60, replyHalfLife: 3)
        let scorer = TemperatureScorer(settings: settings)
        #expect(scorer.weights[.tone] == 40 && scorer.weights[.coverage] == 0 && scorer.weights[.punch] == 20)
        #expect(scorer.toneHalfLife == 7 && scorer.recencyHalfLife == 60 && scorer.replyHalfLife == 3)
        #expect(TemperatureScorer(weights: [:]).weights == TemperatureSettings.standard.weights)
        #expect(TemperatureSettings.weightProblem(101) == "must be a number from 0 (off) to 100")
        #expect(TemperatureSettings.weightProblem(-1) != nil && TemperatureSettings.weightProblem(0) == nil)
        #expect(TemperatureSettings.halfLifeProblem(0) == "must be a number of days above 0 and at most 3650")
        #expect(TemperatureSettings.halfLifeProblem(.infinity) != nil && TemperatureSettings.halfLifeProblem(0.5) == nil)
        #expect(TemperatureSettings.signal(key: "punch") == .punch && TemperatureSettings.signal(key: "punch health") == nil)
    }
}
