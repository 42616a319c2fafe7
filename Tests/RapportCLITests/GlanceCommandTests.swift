import Foundation
import GRDB
import RapportModel
import RapportStore
import RapportUI
import Testing
@testable import RapportCLI

/// `rapport glance` on the seeded firm, at a fixed clock in UTC.
@Suite(.serialized)
struct GlanceCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-glance-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    static let now = "2026-11-27T09:00"
    let plain = ["TZ": "UTC"]

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1", "--now", Self.now]).run()
    }

    func glance(_ arguments: [String], environment: [String: String]? = nil, terminal: Bool = false) throws -> String {
        try GlanceCommand.parse(["--db", db, "--now", Self.now, "--tz", "UTC"] + arguments)
            .output(environment: environment ?? plain, terminal: terminal)
    }

    func refusal(_ arguments: [String]) -> (Int32, String) {
        let outcome = RapportCommand.run(["glance", "--db", db, "--now", Self.now, "--tz", "UTC"] + arguments)
        return (outcome.status, outcome.message)
    }

    /// Stores snapshots on some past days only, as the dashboard would have on the days it was
    /// opened (the seed's weekly history is dropped first, so the other weeks are gaps).
    func storeSnapshots(daysBack: [Int]) throws {
        try DatabaseQueue(path: db).write { db in try db.execute(sql: "DELETE FROM temperature_snapshot") }
        let database = try AppDatabase.open(path: db, mode: .existing)
        let utc = TimeZone(identifier: "UTC")!
        let now = try Now.parse(Self.now, timeZone: utc)
        for back in daysBack {
            _ = try database.refreshTemperatures(now: now.addingTimeInterval(TimeInterval(-back * 86_400)), timeZone: utc)
        }
    }

    static let brookline = """
        Brookline Energy                                              49 cool ↓ ▅·▅▅·▅▄▄
        as of 2026-11-27 · trend over 14 days · sparkline: 8 weeks, · no snapshot

        Why
          ▼ punch health          -7.3  42 open (P1 6), 117 overdue days
          ▲ contact recency       +7.1  last two-way contact 1 d ago
          ▲ money and acceptance  +6.0  5 due, 1 blocked, 0 overdue
          ! unanswered escalation > 5 days: score held below 50

        People
          champion       Elena Bergstrom (Infrastructure Lead)
          signer         Keisha Iverson (CFO)
          final-approver Olivia Abernathy (VP of Operations)

        Next meeting
          Thu 2026-12-03 13:30-14:00  internal: sales not invited
          Teams Rooms standard weekly coordination · BER-0016 · Divisible Room 526

        Blocking acceptance
          BER-0004  Podcast studio build                 4 open items · $242,100.00 held
          BER-0016  Teams Rooms standard                 5 open items · $106,230.00 held
          total: 9 open items · $348,330.00 held

        Latest intel
          2026-09-26 management-concern Leadership cares most about look and feel in pu…
          2026-08-15 opportunity        Twelve more huddle rooms planned for floor 5
          2026-06-18 other              Out on leave in August

        """

    /// The seeded customer's card, exactly; weeks without a stored snapshot are gaps, not zeros.
    @Test func seededCustomerCardFits80Columns() throws {
        try storeSnapshots(daysBack: [49, 35, 34, 14, 7])
        let card = try glance(["Brookline Energy"])
        #expect(card == Self.brookline)
        #expect(card.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }

    @Test func uniquePrefixInAnyCaseFindsTheCustomer() throws {
        try storeSnapshots(daysBack: [49, 35, 34, 14, 7])
        #expect(try glance(["bROOK"]) == Self.brookline)
    }

    @Test func ambiguousNameListsTheCandidatesAndExits1() {
        let (status, message) = refusal(["elmhurst"])
        #expect(status == 1)
        #expect(message == """
            Error: 'elmhurst' matches 2 customers; say which:
              Elmhurst Capital Partners
              Elmhurst Heritage Museum
            """)
    }

    @Test func unknownNameExits1() {
        let (status, message) = refusal(["Nowhere Corp"])
        #expect(status == 1)
        #expect(message == "Error: no customer named 'Nowhere Corp'")
    }

    /// Stable keys, nulls present, cents as integers.
    @Test func jsonForScripts() throws {
        try storeSnapshots(daysBack: [49, 35, 34, 14, 7])
        let text = try glance(["Brookline", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["asOf", "band", "blocking", "customer", "intel", "nextMeeting", "people", "reasons",
                                         "score", "sparkline", "trend", "trendArrow", "weeks"])
        #expect(object["score"] as? Int == 49)
        #expect(object["band"] as? String == "cool")
        #expect(object["trend"] as? String == "falling")
        #expect(object["sparkline"] as? String == "▅·▅▅·▅▄▄")
        let weeks = try #require(object["weeks"] as? [[String: Any]])
        #expect(weeks.count == 8)
        #expect(weeks[1]["score"] is NSNull)
        #expect(weeks[1]["ending"] as? String == "2026-10-16")
        let blocking = try #require(object["blocking"] as? [String: Any])
        #expect(blocking["heldBackCents"] as? Int == 34_833_000)
        #expect(blocking["openItems"] as? Int == 9)
        #expect(text.contains(#""heldBackCents" : 24210000,"#))
        #expect(text.contains(#""leftOn" : null,"#))
        let meeting = try #require(object["nextMeeting"] as? [String: Any])
        #expect(meeting["salesWelcome"] as? Bool == false)
        #expect(meeting["start"] as? String == "2026-12-03T13:30:00Z")
        #expect((object["intel"] as? [Any])?.count == 3)
        #expect((object["reasons"] as? [[String: Any]])?.last?["cap"] as? Bool == true)
    }

    /// Colour on a terminal; plain with NO_COLOR, when piped, or with --color never.
    @Test func colourOnlyOnATerminalWithoutNoColor() throws {
        try storeSnapshots(daysBack: [49, 35, 34, 14, 7])
        let coloured = try glance(["Brookline Energy"], environment: ["TZ": "UTC"], terminal: true)
        #expect(coloured.hasPrefix("\u{1B}[1mBrookline Energy\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;36m 49\u{1B}[0m \u{1B}[1;36mcool\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mWhy\u{1B}[0m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == Self.brookline)
        #expect(try glance(["Brookline Energy"], environment: ["TZ": "UTC", "NO_COLOR": "1"], terminal: true) == Self.brookline)
        #expect(try glance(["Brookline Energy"], environment: ["TZ": "UTC"], terminal: false) == Self.brookline)
        #expect(try glance(["Brookline Energy", "--color", "never"], environment: ["TZ": "UTC"], terminal: true) == Self.brookline)
    }

    /// The card's score comes from the config file's `[temperature]` weights, as the dashboard's:
    /// with only punch health counting, Brookline (punch health its weakest signal) reads colder.
    @Test func theScoreHonoursTheConfigFilesWeights() throws {
        let config = folder + "/config"
        try FileManager.default.createDirectory(atPath: config + "/rapport", withIntermediateDirectories: true)
        try """
            [temperature.weights]
            tone = 0
            responsiveness = 0
            recency = 0
            money = 0
            coverage = 0
            """.write(toFile: config + "/rapport/config.toml", atomically: true, encoding: .utf8)
        let standard = try glance(["brook", "--format", "json"])
        let weighted = try glance(["brook", "--format", "json"], environment: plain.merging(["XDG_CONFIG_HOME": config]) { $1 })
        func score(_ json: String) throws -> Int? {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return object?["score"] as? Int
        }
        let before = try #require(try score(standard)), after = try #require(try score(weighted))
        #expect(after < before, "standard \(before), punch only \(after)")
    }
}
