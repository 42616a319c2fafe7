import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct TemperatureQueryTests {
    /// Tuesday 10 March 2026, 10:00 in New York.
    static let now = utc("2026-03-10T14:00:00Z")
    static let newYork = zone("America/New_York")

    static func daysAgo(_ days: Double) -> Date { now - days * 86_400 }

    /// Five customers a sales rep would read differently:
    /// - Acme: three friendly e-mails this week, champion in place.
    /// - Umbrella: the same, plus an escalation we answered.
    /// - Globex: the same, plus an escalation unanswered for 8 days.
    /// - Initech: angry and silent for 40 days, three overdue P1 items, its champion gone.
    /// - Hooli: nothing known yet.
    static func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.insertAll { ins in
            func customer(_ name: String) throws -> Int64 {
                let id = try ins.insert(Customer(name: name)).id!
                try ins.insert(Contact(customerId: id, name: "\(name) champion", department: .facilities, role: .champion))
                try ins.insert(Contact(customerId: id, name: "\(name) IT", department: .itNetwork, role: .user))
                try ins.insert(Contact(customerId: id, name: "\(name) CFO", department: .executive, role: .signer))
                return id
            }
            func friendlyWeek(_ id: Int64) throws {
                for days in [1.0, 3, 5] {
                    try ins.insert(Interaction(customerId: id, kind: .emailIn, at: daysAgo(days),
                                               subject: "Looks great, thanks", sentiment: 0.8))
                }
            }
            for name in ["Acme Corp", "Umbrella", "Globex"] {
                let id = try customer(name)
                try friendlyWeek(id)
                guard name != "Acme Corp" else { continue }
                try ins.insert(Interaction(customerId: id, kind: .emailIn, at: daysAgo(8),
                                           subject: "URGENT: rooms unusable for board meeting", urgency: 0.9,
                                           answeredAt: name == "Umbrella" ? daysAgo(7.5) : nil))
            }

            let initech = try ins.insert(Customer(name: "Initech")).id!
            try ins.insert(Contact(customerId: initech, name: "Bill", department: .facilities, role: .champion,
                                   leftOn: LocalDate(year: 2026, month: 1, day: 31)))
            try ins.insert(Contact(customerId: initech, name: "Milton", department: .endUser, role: .user))
            for days in [40.0, 41] {
                try ins.insert(Interaction(customerId: initech, kind: .emailIn, at: daysAgo(days),
                                           subject: "Still not working", sentiment: -0.9))
            }
            let project = try ins.insert(Project(customerId: initech, code: "INI-01", name: "Training", stage: .punch)).id!
            for number in 1...3 {
                try ins.insert(PunchItem(projectId: project, number: number, title: "Display \(number) blank",
                                         priority: .p1, dueOn: LocalDate(year: 2026, month: 2, day: 18),
                                         createdAt: daysAgo(60), updatedAt: daysAgo(60)))
            }
            // Closed and void items, however late, do not count.
            try ins.insert(PunchItem(projectId: project, number: 4, title: "Old", priority: .p1, status: .closed,
                                     dueOn: LocalDate(year: 2026, month: 1, day: 1), rejections: 3,
                                     createdAt: daysAgo(90), updatedAt: daysAgo(30)))

            try ins.insert(Customer(name: "Hooli"))
        }
        return db
    }

    @Test func coldestCustomersComeFirst() throws {
        // Given five customers
        let db = try Self.database()
        // When the temperature pane loads
        let rows = try db.temperatures(now: Self.now, timeZone: Self.newYork)
        // Then the ones needing attention are on top, the neutral new one mid-list, the happy ones last
        #expect(rows.map(\.name) == ["Initech", "Globex", "Hooli", "Acme Corp", "Umbrella"])
        #expect(rows.map(\.temperature.band) == [.cold, .cool, .warm, .hot, .hot])
        #expect(rows.map(\.temperature.score) == rows.map(\.temperature.score).sorted())
    }

    @Test func anOverdueEscalationCapsAnOtherwiseHotCustomer() throws {
        let rows = try Self.database().temperatures(now: Self.now, timeZone: Self.newYork)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.temperature) })
        // Globex wrote the same friendly e-mails as Acme but its 8-day-old escalation is unanswered
        #expect(byName["Globex"]!.score <= 49)
        #expect(byName["Globex"]!.caps == [.unansweredEscalation])
        // Umbrella's escalation was answered, so it is as hot as Acme
        #expect(byName["Umbrella"]!.caps.isEmpty)
        #expect(byName["Umbrella"]!.score == byName["Acme Corp"]!.score)
        #expect(byName["Acme Corp"]!.score >= 75)
    }

    @Test func theReasonsComeFromTheStoredData() throws {
        let rows = try Self.database().temperatures(now: Self.now, timeZone: Self.newYork)
        let initech = try #require(rows.first { $0.name == "Initech" }).temperature
        // The champion left on 31 January and nobody took the role
        #expect(initech.caps == [.championLeft])
        let reasons = Dictionary(uniqueKeysWithValues: initech.components.map { ($0.signal, $0.reason) })
        // Three open P1 items, each 20 days past its 18 February due date (closed ones not counted)
        #expect(reasons[.punch] == "3 open (P1 3), 60 overdue days")
        #expect(reasons[.tone] == "2 messages, mean tone -0.90")
        #expect(reasons[.recency] == "last two-way contact 40 d ago")
        #expect(reasons[.coverage] == "1 active contact, no champion")
    }

    @Test func aNewCustomerIsNeutral() throws {
        let rows = try Self.database().temperatures(now: Self.now, timeZone: Self.newYork)
        let hooli = try #require(rows.first { $0.name == "Hooli" })
        #expect(hooli.temperature == .neutral)
        #expect(hooli.trend == .steady)
    }

    @Test func trendComparesWithTwoWeeksAgo() throws {
        let rows = try Self.database().temperatures(now: Self.now, timeZone: Self.newYork)
        let trend = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.trend) })
        // Two weeks ago Acme had not written yet (coverage only: 80); now its e-mails add warmth
        #expect(trend["Acme Corp"] == .rising)
        // Initech's silence has grown and its items have gone further overdue
        #expect(trend["Initech"] == .falling)
    }

    @Test func aDisputedOpenItemCaps() throws {
        // Given Acme with a friendly week, and an open item the customer rejected twice
        let db = try Self.database()
        try db.insertAll { ins in
            let project = try ins.insert(Project(customerId: 1, code: "ACME-01", name: "Boardroom", stage: .punch)).id!
            try ins.insert(PunchItem(projectId: project, number: 1, title: "Echo in the room", rejections: 2,
                                     createdAt: Self.daysAgo(20), updatedAt: Self.daysAgo(1)))
        }
        // Then Acme is held at 49 with the reason
        let acme = try #require(try db.temperatures(now: Self.now, timeZone: Self.newYork).first { $0.name == "Acme Corp" })
        #expect(acme.temperature.caps == [.disputedItem])
        #expect(acme.temperature.score == 49)
    }

    /// Each open item's lateness counts whole days up to 30, now and 14 days before (the trend).
    @Test(arguments: [
        // days late → counted now; 14 days before, the item was 14 days less late
        (0, 0), (1, 1), (29, 29), (30, 30), (31, 30), (400, 30),
    ])
    func overdueDaysAreCappedAtThirtyAnItem(late: Int, counted: Int) throws {
        let db = try AppDatabase.inMemory()
        let today = LocalDate(Self.now, in: Self.newYork)
        try db.insertAll { ins in
            let id = try ins.insert(Customer(name: "Late Co")).id!
            let project = try ins.insert(Project(customerId: id, code: "LAT-01", name: "Room", stage: .punch)).id!
            try ins.insert(PunchItem(projectId: project, number: 1, title: "Late", priority: .p2,
                                     dueOn: today.adding(days: -late), createdAt: Self.daysAgo(500), updatedAt: Self.daysAgo(500)))
        }
        let reader = try db.read { conn in
            try TemperatureSignalReader(db: conn, now: Self.now, timeZone: Self.newYork, withPast: true).read()
        }
        let now = reader.current.values.first?.overdueDays, before = reader.past.values.first?.overdueDays
        #expect(now == counted)
        #expect(before == min(30, max(0, late - 14)))
    }

    @Test func anEmptyDatabaseHasNoTemperatures() throws {
        #expect(try AppDatabase.inMemory().temperatures(now: Self.now, timeZone: Self.newYork).isEmpty)
    }
}
