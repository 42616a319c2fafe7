import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Responsiveness on the dashboard: the store gathers how quickly each customer answers our
/// mail (`answered_at` of `email-out` rows) at now and at the trend's past instant.
@Suite struct TemperatureResponsivenessTests {
    static let now = TemperatureQueryTests.now
    static let utcZone = TimeZone(identifier: "UTC")!
    static func daysAgo(_ days: Double) -> Date { now - days * 86_400 }

    /// Three customers who usually answer within 4 h, each with one friendly e-mail yesterday:
    /// - Fast Co: lately answers within the hour.
    /// - Slow Co: lately takes 10 h.
    /// - Waiting Co: our mail of 10 h ago still waits (so does one of an hour ago, not late
    ///   yet, and one of 40 days ago, taken as wanting no answer).
    static func database(settings: TemperatureSettings = .standard) throws -> (AppDatabase, [String: Int64]) {
        let db = try AppDatabase.inMemory(temperature: settings)
        var ids: [String: Int64] = [:]
        try db.insertAll { (ins: Inserter) -> Void in
            func mail(_ id: Int64, sentDaysAgo days: Double, answeredAfterHours hours: Double?) throws {
                let sent: Date = daysAgo(days)
                try ins.insert(Interaction(customerId: id, kind: .emailOut, at: sent, subject: "Commissioning plan",
                                           answeredAt: hours.map { (h: Double) -> Date in sent + h * 3_600 }))
            }
            for name in ["Fast Co", "Slow Co", "Waiting Co"] {
                let id = try ins.insert(Customer(name: name)).id!
                ids[name] = id
                // Our answer to their mail is not their reply to ours: it does not count.
                try ins.insert(Interaction(customerId: id, kind: .emailIn, at: daysAgo(1), subject: "Looks great, thanks",
                                           sentiment: 0.8, answeredAt: daysAgo(1) + 30 * 3_600))
            }
            for days: Double in [50, 40, 30, 20] { try mail(ids["Fast Co"]!, sentDaysAgo: days, answeredAfterHours: 4) }
            for days: Double in [10, 5] { try mail(ids["Fast Co"]!, sentDaysAgo: days, answeredAfterHours: 1) }
            for days: Double in [60, 50, 40, 30] { try mail(ids["Slow Co"]!, sentDaysAgo: days, answeredAfterHours: 4) }
            for days: Double in [6, 3] { try mail(ids["Slow Co"]!, sentDaysAgo: days, answeredAfterHours: 10) }
            for days: Double in [60, 50, 40, 30] { try mail(ids["Waiting Co"]!, sentDaysAgo: days, answeredAfterHours: 4) }
            for hours: Double in [10, 1, 40 * 24] { try mail(ids["Waiting Co"]!, sentDaysAgo: hours / 24, answeredAfterHours: nil) }
        }
        return (db, ids)
    }

    static func responsiveness(_ row: CustomerTemperature?) -> (value: Int, reason: String)? {
        row?.temperature.components.first { $0.signal == .responsiveness }.map { (Int($0.value.rounded()), $0.reason) }
    }

    @Test func aCustomerAnsweringFasterThanUsualScoresFull() throws {
        let (db, ids) = try Self.database()
        let rows = try db.temperatures(now: Self.now, timeZone: Self.utcZone)
        let fast = try #require(Self.responsiveness(rows.first { $0.customerId == ids["Fast Co"] }))
        #expect(fast.value == 100)
        #expect(fast.reason == "answers in 2.1 h lately, usually 4 h (6 replies)")
    }

    @Test func aCustomerAnsweringSlowerThanUsualScoresLow() throws {
        let (db, ids) = try Self.database()
        let rows = try db.temperatures(now: Self.now, timeZone: Self.utcZone)
        let slow = try #require(Self.responsiveness(rows.first { $0.customerId == ids["Slow Co"] }))
        #expect(slow.value == 34)
        #expect(slow.reason == "answers in 8.6 h lately, usually 4 h (6 replies)")
    }

    @Test func ourMailWaitingPastTheirUsualTimeCountsAsSlow() throws {
        let (db, ids) = try Self.database()
        let rows = try db.temperatures(now: Self.now, timeZone: Self.utcZone)
        let waiting = try #require(Self.responsiveness(rows.first { $0.customerId == ids["Waiting Co"] }))
        // The 10 h wait counts; the 1 h one is not late yet, the 40-day one wants no answer.
        #expect(waiting.value == 38)
        #expect(waiting.reason == "answers in 8 h lately, usually 4 h (5 replies)")
    }

    @Test func theTrendsPastInstantSeesOnlyWhatHadHappenedBy() throws {
        let (db, ids) = try Self.database()
        let signals = try db.read { db in
            try TemperatureSignalReader(db: db, now: Self.now, timeZone: Self.utcZone, withPast: true).read()
        }
        // 14 days ago Slow Co's late replies had not come, nor had we sent their mail.
        let slowThen = try #require(signals.past[ids["Slow Co"]!])
        #expect(slowThen.replies.map(\.latencyHours) == [4, 4, 4, 4])
        #expect(slowThen.replies.map { ($0.ageDays * 1_000).rounded() / 1_000 } == [45.833, 35.833, 25.833, 15.833])
        #expect(slowThen.awaitingReplyHours.isEmpty)
        // Then the 40-day-old mail had waited 26 days, within the horizon; now it is past it.
        #expect(signals.past[ids["Waiting Co"]!]?.awaitingReplyHours == [26 * 24])
        #expect(signals.current[ids["Waiting Co"]!]?.awaitingReplyHours.sorted() == [1, 10])
        #expect(signals.current[ids["Fast Co"]!]?.awaitingReplyHours == [])
    }

    @Test func theConfiguredWeightsChangeTheScore() throws {
        // Given responsiveness alone weighted (config.toml's [temperature.weights])
        var weights: [Temperature.Signal: Double] = [:]
        for signal in Temperature.Signal.allCases { weights[signal] = signal == .responsiveness ? 100 : 0 }
        let onlyReplies = TemperatureSettings(weights: weights)
        let (db, ids) = try Self.database(settings: onlyReplies)
        // When scored with the settings given at open, Then Slow Co's score is its responsiveness
        let configured = try db.temperatures(now: Self.now, timeZone: Self.utcZone)
        #expect(configured.first { $0.customerId == ids["Slow Co"] }?.temperature.score == 34)
        // ... and with the standard weights tone (90) and recency (98) count too; the snapshot
        // stored for the other settings is not served for these.
        let standard = try db.temperatures(now: Self.now, timeZone: Self.utcZone, settings: .standard)
        #expect(standard.first { $0.customerId == ids["Slow Co"] }?.temperature.score == 77)
        let again = try db.temperatures(now: Self.now, timeZone: Self.utcZone)
        #expect(again.first { $0.customerId == ids["Slow Co"] }?.temperature.score == 34)
    }

    @Test func aShorterReplyHalfLifeWeighsTheLateRepliesMore() throws {
        let (db, ids) = try Self.database(settings: TemperatureSettings(replyHalfLife: 3))
        let rows = try db.temperatures(now: Self.now, timeZone: Self.utcZone)
        let slow = try #require(Self.responsiveness(rows.first { $0.customerId == ids["Slow Co"] }))
        #expect(slow.reason.hasPrefix("answers in 10 h lately"), "\(slow.reason)")
    }
}
