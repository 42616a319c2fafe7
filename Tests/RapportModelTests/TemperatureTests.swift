import Testing
@testable import RapportModel

@Suite struct TemperatureTests {
    @Test(arguments: [
        (100, Temperature.Band.hot), (75, .hot),
        (74, .warm), (50, .warm),
        (49, .cool), (30, .cool),
        (29, .cold), (0, .cold),
    ])
    func bandBoundaries(score: Int, band: Temperature.Band) {
        // hot ≥ 75, warm 50–74, cool 30–49, cold < 30
        #expect(Temperature.Band(score: score) == band)
        #expect(Temperature(score: score, components: [], caps: []).band == band)
    }

    @Test func bandsOrderFromColdToHot() {
        #expect([Temperature.Band.hot, .cold, .warm, .cool].sorted() == [.cold, .cool, .warm, .hot])
    }

    @Test(arguments: [
        (56, 50, Trend.rising),
        (55, 50, .steady),  // five points is noise
        (50, 50, .steady),
        (45, 50, .steady),
        (44, 50, .falling),
        (10, 90, .falling),
    ])
    func trendIgnoresMovesOfFivePointsOrLess(now: Int, before: Int, trend: Trend) {
        #expect(Trend(now: now, before: before) == trend)
    }

    @Test func trendArrows() {
        #expect([Trend.rising, .steady, .falling].map(\.arrow) == ["↑", "→", "↓"])
    }

    @Test func defaultWeightsAreTheDesignedOnes() {
        // The design's table: tone 25, responsiveness 15, recency 15, punch 20, money 15, coverage 10
        let weights = Dictionary(uniqueKeysWithValues: Temperature.Signal.allCases.map { ($0, $0.defaultWeight) })
        #expect(weights == [.tone: 25, .responsiveness: 15, .recency: 15, .punch: 20, .money: 15, .coverage: 10])
    }
}
