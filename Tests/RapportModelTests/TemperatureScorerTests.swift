import Foundation
import Testing
@testable import RapportModel

@Suite struct TemperatureScorerTests {
    let scorer = TemperatureScorer()

    /// A customer everyone would call hot: glowing recent e-mails, spoken to today,
    /// four active contacts including the champion.
    static var delighted: TemperatureSignals {
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: 0.9, ageDays: 0), .init(sentiment: 0.9, ageDays: 2)]
        s.daysSinceContact = 0
        s.activeContacts = 4
        s.hasActiveChampion = true
        return s
    }

    // MARK: - Signals that have no data

    @Test func aCustomerWithNoSignalsIsNeutral() {
        // Given a customer nobody has heard from yet
        // When scored
        let t = scorer.score(TemperatureSignals())
        // Then it sits mid-list, warm, with nothing to explain
        #expect(t == .neutral)
        #expect(t.score == 50 && t.band == .warm)
        #expect(t.components.isEmpty && t.caps.isEmpty)
    }

    @Test func oneFriendlyEmailMakesANewCustomerWarmNotCold() {
        // Given a new customer whose only data is one friendly e-mail yesterday
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: 0.6, ageDays: 1)]
        // When scored
        let t = scorer.score(s)
        // Then the signals without data (punch, money, coverage …) drop out instead of counting
        // as zero, so the score is the tone's own value: 50 + 50 × 0.6
        #expect(t.components.map(\.signal) == [.tone])
        #expect(t.score == 80)
        #expect(t.band == .hot)
    }

    @Test func theFirstReplyAddsRecencyWithoutDraggingDown() {
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: 0.2, ageDays: 3)]  // mildly positive: 60
        s.daysSinceContact = 3  // 100 × 0.5^(3/30) ≈ 93.3
        let t = scorer.score(s)
        // (60 × 25 + 93.3 × 15) / 40 = 72.49 → 72, warm
        #expect(Set(t.components.map(\.signal)) == [.tone, .recency])
        #expect(t.score == 72)
        #expect(t.band == .warm)
    }

    @Test func weightedMeanOverSignalsWithData() {
        // Given tone +0.6 (80), last contact 30 days ago (half life: 50), and one open P1 (100 / 1.2)
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: 0.6, ageDays: 0)]
        s.daysSinceContact = 30
        s.openByPriority = [1, 0, 0]
        // When scored
        let t = scorer.score(s)
        // Then (80 × 25 + 50 × 15 + 83.33 × 20) / 60 = 73.6 → 74, warm
        #expect(t.score == 74)
        #expect(t.band == .warm)
        let values = Dictionary(uniqueKeysWithValues: t.components.map { ($0.signal, $0.value) })
        #expect(abs(values[.recency]! - 50) < 0.001)
        #expect(abs(values[.punch]! - 100 / 1.2) < 0.001)
        #expect(t.components.allSatisfy { $0.weight == $0.signal.defaultWeight })
    }

    @Test func olderMessagesCountLess() {
        // Given a delighted e-mail today and an angry one two weeks ago (one half life)
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: 1, ageDays: 0), .init(sentiment: -1, ageDays: 14)]
        // Then the recent one weighs twice as much: mean (1 − 0.5) / 1.5 = +0.33 → 67
        #expect(scorer.score(s).score == 67)
        // And the other way round the customer is cool
        s.tone = [.init(sentiment: -1, ageDays: 0), .init(sentiment: 1, ageDays: 14)]
        #expect(scorer.score(s).score == 33)
    }

    @Test func configuredWeightsReplaceTheDefaults() {
        // Given a firm that only cares about tone
        let toneOnly = TemperatureScorer(weights: [.recency: 0, .punch: 0, .money: 0, .coverage: 0, .responsiveness: 0])
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: 0.8, ageDays: 0)]
        s.openByPriority = [5, 0, 0]
        // Then the open P1s do not move the score
        #expect(toneOnly.score(s).score == 90)
        #expect(scorer.score(s).score < 90)
    }

    // MARK: - Caps

    @Test func theDelightedCustomerIsHotWithoutCaps() {
        let t = scorer.score(Self.delighted)
        #expect(t.band == .hot)
        #expect(t.caps.isEmpty)
    }

    @Test(arguments: [Temperature.Cap.championLeft, .unansweredEscalation, .disputedItem])
    func eachCapHoldsAnOtherwiseHotCustomerAt49(cap: Temperature.Cap) {
        // Given the delighted customer, but with one warning sign
        var s = Self.delighted
        switch cap {
        case .championLeft:
            s.championLeft = true
            s.hasActiveChampion = false
        case .unansweredEscalation:
            s.unansweredEscalationDays = 6
        case .disputedItem:
            s.disputedItems = 1
        }
        // When scored
        let t = scorer.score(s)
        // Then the score stops at 49 (cool) and says why
        #expect(t.score == 49)
        #expect(t.band == .cool)
        #expect(t.caps == [cap])
    }

    @Test func allCapsAreListed() {
        var s = Self.delighted
        s.championLeft = true
        s.hasActiveChampion = false
        s.unansweredEscalationDays = 12
        s.disputedItems = 3
        let t = scorer.score(s)
        #expect(t.score == 49)
        #expect(t.caps == [.championLeft, .unansweredEscalation, .disputedItem])
    }

    @Test(arguments: [(0.0, false), (5.0, false), (5.5, true), (30.0, true)])
    func anEscalationCapsOnlyAfterFiveDays(days: Double, capped: Bool) {
        var s = Self.delighted
        s.unansweredEscalationDays = days
        let t = scorer.score(s)
        #expect(t.caps == (capped ? [.unansweredEscalation] : []))
        #expect(capped ? t.score == 49 : t.score >= 75)
    }

    @Test func aSuccessorChampionLiftsTheCap() {
        // Given the champion left but someone else has taken the role
        var s = Self.delighted
        s.championLeft = true
        s.hasActiveChampion = true
        // Then there is no cap
        #expect(scorer.score(s).caps.isEmpty)
        #expect(scorer.score(s).band == .hot)
    }

    @Test func aCapNeverRaisesAColdScore() {
        // Given an angry customer with a disputed item
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: -0.9, ageDays: 0)]
        s.disputedItems = 1
        // Then the cap does not lift the score to 49
        let t = scorer.score(s)
        #expect(t.score == 5)
        #expect(t.band == .cold)
        #expect(t.caps == [.disputedItem])
    }

    // MARK: - Bands

    @Test(arguments: [
        (0.5, 75, Temperature.Band.hot),
        (0.48, 74, .warm),
        (0.0, 50, .warm),
        (-0.02, 49, .cool),
        (-0.4, 30, .cool),
        (-0.42, 29, .cold),
    ])
    func bandsChangeAtTheThresholds(sentiment: Double, score: Int, band: Temperature.Band) {
        // Given tone as the only signal, which scores 50 + 50 × sentiment
        var s = TemperatureSignals()
        s.tone = [.init(sentiment: sentiment, ageDays: 0)]
        // When scored, then the band boundary falls exactly at 75, 50 and 30
        let t = scorer.score(s)
        #expect(t.score == score)
        #expect(t.band == band)
    }
}
