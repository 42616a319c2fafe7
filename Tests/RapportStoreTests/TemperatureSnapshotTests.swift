import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// Temperatures are stored as the day's snapshots and served from them while nothing they
/// read has changed.
@Suite struct TemperatureSnapshotTests {
    static let now = TemperatureQueryTests.now
    static let newYork = TemperatureQueryTests.newYork

    /// Marks today's stored rows so a test can tell whether an answer came from them.
    static func markStoredScores(_ db: AppDatabase) throws {
        try db.write { db in try db.execute(sql: "UPDATE temperature_snapshot SET score = 1, trend_base = 1") }
    }

    static func servedFromSnapshots(_ db: AppDatabase) throws -> Bool {
        try db.temperatures(now: now, timeZone: newYork).allSatisfy { $0.temperature.score == 1 }
    }

    @Test func theSecondReadIsTheStoredSnapshotAndEqualsTheFirst() throws {
        // Given the five customers of the query tests, their temperatures computed once
        let db = try TemperatureQueryTests.database()
        let computed = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        // When they are read again
        let cached = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        // Then the answer is the same to the last reason, cap and trend, and there is one row a customer
        #expect(cached == computed)
        #expect(cached.count == 5)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM temperature_snapshot WHERE day = '2026-03-10'") } == 5)
        // And it did come from the snapshots
        try Self.markStoredScores(db)
        #expect(try Self.servedFromSnapshots(db))
    }

    @Test func oneCustomerIsReadAloneFromTodaysSnapshotAndScoredWithAllWhenNone() throws {
        // Given nothing stored: asking for one customer scores and stores every customer
        let db = try TemperatureQueryTests.database()
        let globex = try #require(try db.customers().first { $0.name == "Globex" }).id
        let first = try db.temperature(customerId: globex, now: Self.now, timeZone: Self.newYork)
        let all = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        #expect(first == all.first { $0.customerId == globex })
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM temperature_snapshot") } == 5)
        // When today's snapshots hold, the one customer comes from its stored row
        try Self.markStoredScores(db)
        #expect(try db.temperature(customerId: globex, now: Self.now, timeZone: Self.newYork)?.temperature.score == 1)
        // An unknown customer has none
        #expect(try db.temperature(customerId: 999, now: Self.now, timeZone: Self.newYork) == nil)
    }

    @Test func theNewestStoredDayIsReadWithoutScoringForTheFirstFrame() throws {
        // Given nothing stored, then a day's temperatures scored
        let db = try TemperatureQueryTests.database()
        #expect(try db.storedTemperatures() == nil)
        let computed = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        // When a later day starts, the stored ones come back as they were, with their day
        try Self.markStoredScores(db)
        let stored = try #require(try db.storedTemperatures())
        #expect(stored.day == LocalDate(year: 2026, month: 3, day: 10))
        #expect(stored.temperatures.map(\.customerId).sorted() == computed.map(\.customerId).sorted())
        #expect(stored.temperatures.allSatisfy { $0.temperature.score == 1 })
        // Scores, caps and trends only: the reasons come with today's
        #expect(stored.temperatures.allSatisfy { $0.temperature.components.isEmpty })
        let computedCaps = Dictionary(uniqueKeysWithValues: computed.map { ($0.customerId, $0.temperature.caps) })
        #expect(stored.temperatures.allSatisfy { computedCaps[$0.customerId] == $0.temperature.caps })
    }

    @Test func theFirstFramesPageIsTheColdestStoredScoresWithTheirCount() throws {
        // Given a day's temperatures stored, then scored apart so their order is known
        let db = try TemperatureQueryTests.database()
        let computed = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        try db.write { db in
            try db.execute(sql: "UPDATE temperature_snapshot SET score = 90 - 10 * customer_id, trend_base = NULL")
        }
        let all = try #require(try db.storedTemperatures())
        // When the first frame asks for the coldest two
        let page = try #require(try db.storedTemperatures(limit: 2))
        // Then they are the list's first two, in its order, and the count is every customer's
        #expect(page.temperatures == Array(all.temperatures.prefix(2)))
        #expect(page.temperatures.map(\.temperature.score) == page.temperatures.map(\.temperature.score).sorted())
        #expect(page.total == computed.count && all.total == computed.count && page.day == all.day)
        // A page as long as the list, or longer, is the whole list
        #expect(try db.storedTemperatures(limit: computed.count + 3)?.temperatures == all.temperatures)
        // And each project row carries its customer's newest stored score, for the band meanwhile
        let scores = Dictionary(uniqueKeysWithValues: all.temperatures.map { ($0.customerId, $0.temperature.score) })
        let projects = try db.projects(offset: 0, limit: 10)
        #expect(!projects.isEmpty && projects.allSatisfy { $0.storedScore == scores[$0.customerId] })
        #expect(try db.projects(offset: 0, limit: 10, today: LocalDate(year: 2026, month: 3, day: 10)).map(\.storedScore)
                == projects.map(\.storedScore))
    }

    @Test func aNewInteractionInvalidatesTheSnapshots() throws {
        // Given stored temperatures
        let db = try TemperatureQueryTests.database()
        _ = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        try Self.markStoredScores(db)
        // When Hooli, with nothing known yet, writes a delighted e-mail
        _ = try db.insertAll { ins in
            try ins.insert(Interaction(customerId: 5, kind: .emailIn, at: Self.now - 3600, subject: "Love it", sentiment: 1))
        }
        // Then the temperatures are computed again, and Hooli is no longer neutral
        let rows = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        let hooli = try #require(rows.first { $0.name == "Hooli" })
        #expect(hooli.temperature.score > 50)
        #expect(rows.allSatisfy { $0.temperature.score != 1 })
    }

    @Test(arguments: [
        ("UPDATE punch_item SET status = 'closed' WHERE number = 1", true),
        ("UPDATE contact SET left_on = '2026-03-01' WHERE name = 'Acme Corp champion'", true),
        ("UPDATE interaction SET answered_at = '2026-03-09 10:00:00.000' WHERE answered_at IS NULL AND urgency > 0.5", true),
        ("INSERT INTO milestone (project_id, name, kind, amount_cents, due_on) VALUES (1, 'Final', 'final', 10, '2026-03-01')", true),
        ("INSERT INTO customer (name) VALUES ('Soylent')", true),
        ("UPDATE punch_item SET title = 'Display blank (left)' WHERE number = 1", false),
        ("UPDATE interaction SET subject = 'Re: ' || subject", false),
        ("UPDATE customer SET name = 'Initech Inc' WHERE name = 'Initech'", false),
    ])
    func writesToWhatATemperatureReadsInvalidate(sql: String, invalidates: Bool) throws {
        // Given stored temperatures
        let db = try TemperatureQueryTests.database()
        _ = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        try Self.markStoredScores(db)
        // When a row is written
        try db.write { db in try db.execute(sql: sql) }
        // Then only a write to a column the scorer reads sends the next read back to the data
        #expect(try Self.servedFromSnapshots(db) == !invalidates)
    }

    @Test func aRenamedCustomerShowsItsNewNameFromTheSnapshot() throws {
        let db = try TemperatureQueryTests.database()
        _ = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        try db.write { db in try db.execute(sql: "UPDATE customer SET name = 'Initech Inc' WHERE name = 'Initech'") }
        #expect(try db.temperatures(now: Self.now, timeZone: Self.newYork).first?.name == "Initech Inc")
    }

    @Test func theNextDayComputesAgainWhateverTheZone() throws {
        // Given stored temperatures for 10 March in New York
        let db = try TemperatureQueryTests.database()
        _ = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        try Self.markStoredScores(db)
        // Then the same day read in Chicago (an hour behind, still 10 March) is served stored
        #expect(try db.temperatures(now: Self.now, timeZone: zone("America/Chicago")).allSatisfy { $0.temperature.score == 1 })
        // But eleven hours on (21:00 in New York) read in Tokyo, where it is 11 March, is computed afresh
        let tokyo = try db.temperatures(now: Self.now + 11 * 3600, timeZone: zone("Asia/Tokyo"))
        #expect(tokyo.allSatisfy { $0.temperature.score != 1 })
        // And 11 March in New York, the next morning, is that day's snapshot, made in Tokyo
        try Self.markStoredScores(db)
        #expect(try db.temperatures(now: Self.now + 86_400, timeZone: Self.newYork).allSatisfy { $0.temperature.score == 1 })
        // While 12 March is computed afresh
        #expect(try db.temperatures(now: Self.now + 2 * 86_400, timeZone: Self.newYork).allSatisfy { $0.temperature.score != 1 })
    }

    @Test func theTrendComparesWithTheSnapshotOfTwoWeeksBefore() throws {
        // Given snapshots stored on 24 February (14 days before), where Acme was at 20
        let db = try TemperatureQueryTests.database()
        _ = try db.temperatures(now: Self.now - 14 * 86_400, timeZone: Self.newYork)
        try db.write { db in
            try db.execute(sql: "UPDATE temperature_snapshot SET score = 20 WHERE day = '2026-02-24' AND customer_id = 1")
            try db.execute(sql: "UPDATE temperature_snapshot SET score = 99 WHERE day = '2026-02-24' AND customer_id = 4")
        }
        // When today's temperatures are computed
        let rows = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        let trend = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.trend) })
        // Then each trend is measured against what was stored that day
        #expect(trend["Acme Corp"] == .rising)
        #expect(trend["Initech"] == .falling)
        // And it stays so when served from today's snapshots
        #expect(try db.temperatures(now: Self.now, timeZone: Self.newYork).map(\.trend) == rows.map(\.trend))
    }

    @Test func storingADaysScoresAgainWritesOnlyTheRowsThatDiffer() throws {
        // Given the five customers' scores stored for today
        let db = try TemperatureQueryTests.database()
        _ = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        let day = LocalDate(Self.now, in: Self.newYork)
        try db.write { db in
            let list = (try TemperatureSnapshots.stored(db, day: day) ?? []).map { ScoredCustomer(row: $0, trendBase: 50) }
            try TemperatureSnapshots.storeRows(db, list, day: day)
            // When they are stored again with one score changed and one customer gone
            var next = Array(list.dropLast())
            next[0].row.temperature = Temperature(score: 7, components: next[0].row.temperature.components,
                                                  caps: next[0].row.temperature.caps)
            let before = db.totalChangesCount
            try TemperatureSnapshots.storeRows(db, next, day: day)
            // Then two rows were written (the change and the removal), and the day's rows are the list
            #expect(db.totalChangesCount - before == 2)
            let rows = try TemperatureSnapshots.stored(db, day: day) ?? []
            #expect(rows.map(\.customerId).sorted() == next.map(\.row.customerId).sorted())
            #expect(rows.first { $0.customerId == next[0].row.customerId }?.temperature.score == 7)
        }
    }

    @Test func aSeededSetServesTheSameFromItsSnapshots() throws {
        let now = utc("2026-05-06T15:00:00Z")
        let db = try AppDatabase.inMemory()
        _ = try DemoDataGenerator(size: .s, seed: 2, now: now, timeZone: Self.newYork).generate(into: db)
        let computed = try db.refreshTemperatures(now: now, timeZone: Self.newYork)
        #expect(computed.count == 12)
        #expect(try db.temperatures(now: now, timeZone: Self.newYork) == computed)
    }
}

@Suite struct SnapshotJSONTests {
    @Test func componentsAndCapsReadBackExactly() throws {
        // Given components with awkward numbers and text
        let components: [Temperature.Component] = [
            .init(signal: .tone, value: 61.123456789012345, weight: 25, reason: "3 messages, mean tone +0.22"),
            .init(signal: .punch, value: 0.1 + 0.2, weight: 20, reason: "quote \" backslash \\ tab \t newline \n bell \u{7} é ✓"),
            .init(signal: .coverage, value: 1e-7, weight: 10.5, reason: ""),
            .init(signal: .money, value: 50, weight: 15, reason: "café ✓ nothing to escape"),
        ]
        // When written and read back
        let text = SnapshotJSON.encode(components)
        // Then every value is the same to the last bit, and the text is JSON any tool reads
        #expect(SnapshotJSON.decodeComponents(text) == components)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [[String: Any]])
        #expect(SnapshotJSON.decodeComponents("[]") == [])
        #expect(SnapshotJSON.decodeCaps(SnapshotJSON.encode(Temperature.Cap.allCases)) == Temperature.Cap.allCases)
    }

    @Test func numbersReadBackToTheLastBit() {
        // Given values of every length, short decimals (the fast path) and long ones
        var values: [Double] = [0, 100, 25, 61.5, 45.833333333333336, 1e-7, 0.1 + 0.2, 99.99999999999999, Double.leastNonzeroMagnitude]
        var x = 0.37
        for _ in 0..<2_000 {
            x = (x * 9_301 + 49_297).truncatingRemainder(dividingBy: 233_280) / 2_332.8
            values.append(x)
            values.append((x * 100).rounded() / 100)
        }
        // When each is written as a component and read back, it is the same Double
        for value in values {
            let text = SnapshotJSON.encode([.init(signal: .tone, value: value, weight: value, reason: "")])
            let back = SnapshotJSON.decodeComponents(text)?.first
            #expect(back?.value.bitPattern == value.bitPattern, "\(value) → \(text)")
        }
    }

    @Test(arguments: ["", "[", "[{}]", "{}", "[\"champion left\"", "[] ", "[{\"signal\":\"mood\",\"value\":1,\"weight\":1,\"reason\":\"\"}]"])
    func anythingElseIsRefused(text: String) {
        #expect(SnapshotJSON.decodeComponents(text) == nil)
    }
}
