import Foundation
import GRDB
import RapportModel
import Testing
@testable import RapportStore

@Suite("Demo data generator")
struct SeedTests {
    /// A fixed clock and zone, so the data (and these tests) never depend on today.
    static let now = Date(timeIntervalSince1970: 1_778_500_800)  // 2026-05-11 12:00 UTC
    static let zone = TimeZone(identifier: "America/Chicago")!

    static func seeded(_ size: DataSize = .s, seed: UInt64 = 1) throws -> (AppDatabase, SeedSummary) {
        let db = try AppDatabase.inMemory()
        let summary = try DemoDataGenerator(size: size, seed: seed, now: now, timeZone: zone).generate(into: db)
        return (db, summary)
    }

    static func strings(_ db: AppDatabase, _ sql: String) throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: sql) }
    }

    static func int(_ db: AppDatabase, _ sql: String) throws -> Int {
        try db.read { db in try Int.fetchOne(db, sql: sql)! }
    }

    // MARK: - Determinism

    @Test func sameSeedGivesTheSameData() throws {
        // Given two empty databases
        // When both are seeded with the same size, seed and clock
        let (a, summaryA) = try Self.seeded()
        let (b, summaryB) = try Self.seeded()
        // Then they hold the same rows
        #expect(summaryA == summaryB)
        let titles = "SELECT title FROM punch_item ORDER BY id LIMIT 50"
        #expect(try Self.strings(a, titles) == Self.strings(b, titles))
        #expect(try Self.strings(a, titles).count == 50)
        let everything = """
            SELECT c.name || p.code || p.stage || i.number || i.title || i.status || IFNULL(i.due_on, '-')
            FROM punch_item i JOIN project p ON p.id = i.project_id JOIN customer c ON c.id = p.customer_id
            ORDER BY i.id
            """
        #expect(try Self.strings(a, everything) == Self.strings(b, everything))
        let talk = "SELECT at || subject || IFNULL(sentiment, '') FROM interaction ORDER BY id"
        #expect(try Self.strings(a, talk) == Self.strings(b, talk))
        let meetings = """
            SELECT uid || starts_at || rrule || exdates || IFNULL(last_ends_at, '') FROM meeting ORDER BY id
            """
        #expect(try Self.strings(a, meetings) == Self.strings(b, meetings))
    }

    @Test func differentSeedGivesDifferentData() throws {
        let (a, _) = try Self.seeded(seed: 1)
        let (b, _) = try Self.seeded(seed: 2)
        let titles = "SELECT title FROM punch_item ORDER BY id LIMIT 50"
        #expect(try Self.strings(a, titles) != Self.strings(b, titles))
        #expect(try Self.strings(a, "SELECT name FROM customer ORDER BY id")
            != Self.strings(b, "SELECT name FROM customer ORDER BY id"))
    }

    @Test func generatorIsStableAcrossRuns() {
        // The stream is fixed by the algorithm, not by the platform or the Swift release.
        var rng = SeededGenerator(seed: 1)
        let first = (0..<3).map { _ in rng.next() }
        var again = SeededGenerator(seed: 1)
        #expect((0..<3).map { _ in again.next() } == first)
        var other = SeededGenerator(seed: 1, stream: 2)
        #expect(other.next() != first[0])
        var bounded = SeededGenerator(seed: 7)
        #expect((0..<1_000).map { _ in bounded.below(6) }.allSatisfy { (0..<6).contains($0) })
    }

    // MARK: - The small set shows every situation

    @Test func smallSetHasTheAdvertisedCounts() throws {
        let (_, summary) = try Self.seeded()
        let counts = summary.counts
        #expect(counts["customer"] == 12)
        #expect(counts["project"] == 40)
        #expect(counts["punch_item"] == 600)
        #expect(counts["meeting"] == 40)
        #expect(counts["interaction"] == 480)
        #expect((60...110).contains(counts["contact"]!))
        #expect(counts["milestone"] == 160)
        // A creation and (past sold) a move per project
        #expect(counts["project_stage_event"]! > 40 && counts["project_stage_event"]! <= 80)
        for table in ["location", "location_fact", "punch_event", "assumption", "attendee", "intel", "opportunity"] {
            #expect(counts[table]! > 0, "no rows in \(table)")
        }
        #expect(summary.totalRows == counts.values.reduce(0, +))
    }

    @Test func everyStageIsRepresented() throws {
        let (db, _) = try Self.seeded()
        let stages = try Self.strings(db, "SELECT DISTINCT stage FROM project ORDER BY stage")
        #expect(Set(stages) == Set(ProjectStage.allCases.map(\.rawValue)))
    }

    @Test func projectCodesAndPunchNumbersReadLikeTheirFormats() throws {
        let (db, _) = try Self.seeded()
        let codes = try Self.strings(db, "SELECT code FROM project")
        #expect(codes.allSatisfy { $0.wholeMatch(of: /[A-Z]{3}-[0-9]{4}/) != nil }, "\(codes)")
        // Numbers run 1…n in each project, with no gap.
        let gaps = try Self.int(db, """
            SELECT COUNT(*) FROM (SELECT project_id FROM punch_item GROUP BY project_id
                                  HAVING MIN(number) != 1 OR MAX(number) != COUNT(*))
            """)
        #expect(gaps == 0)
        let paths = try Self.strings(db, "SELECT path FROM location")
        #expect(paths.allSatisfy { $0.components(separatedBy: " / ").count == 3 }, "\(paths.prefix(5))")
    }

    @Test func peopleMoveOn() throws {
        let (db, _) = try Self.seeded()
        #expect(try Self.int(db, "SELECT COUNT(*) FROM contact WHERE left_on IS NOT NULL") >= 1)
        #expect(try Self.int(db, """
            SELECT COUNT(*) FROM contact WHERE left_on IS NOT NULL AND successor_id IS NOT NULL
            """) >= 1)
        #expect(try Self.int(db, "SELECT COUNT(DISTINCT department) FROM contact") >= 4)
    }

    @Test func toneGoesBothWaysWithAnUnansweredEscalation() throws {
        let (db, _) = try Self.seeded()
        #expect(try Self.int(db, "SELECT COUNT(*) FROM interaction WHERE sentiment < -0.25") > 0)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM interaction WHERE sentiment > 0.25") > 0)
        let unanswered = try Self.int(db, """
            SELECT COUNT(*) FROM interaction
            WHERE kind = 'email-in' AND urgency >= 0.7 AND answered_at IS NULL AND at < datetime('2026-05-06')
            """)
        #expect(unanswered >= 1)
        // Two years back at most, nothing in the future, and most of it recent.
        let range = try db.read { db in
            try Row.fetchOne(db, sql: "SELECT MIN(at) AS first, MAX(at) AS last FROM interaction")!
        }
        let first: Date = range["first"], last: Date = range["last"]
        #expect(first >= Self.now - 731 * 86_400)
        #expect(last <= Self.now)
        let lastHalfYear = try Self.int(db, "SELECT COUNT(*) FROM interaction WHERE at > datetime('2025-11-11')")
        let firstHalfYear = try Self.int(db, "SELECT COUNT(*) FROM interaction WHERE at < datetime('2024-11-11')")
        #expect(lastHalfYear > 2 * firstHalfYear)
    }

    @Test func punchItemsFallDueAroundToday() throws {
        let (db, _) = try Self.seeded()
        let today = LocalDate(Self.now, in: Self.zone).iso
        let overdue = try Self.int(db, """
            SELECT COUNT(*) FROM punch_item WHERE status IN ('open', 'in-progress', 'ready') AND due_on < '\(today)'
            """)
        let upcoming = try Self.int(db, """
            SELECT COUNT(*) FROM punch_item WHERE status IN ('open', 'in-progress', 'ready') AND due_on >= '\(today)'
            """)
        #expect(overdue > 0)
        #expect(upcoming > overdue)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM punch_item WHERE rejections >= 2") >= 1)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM milestone WHERE payment = 'overdue'") >= 1)
        #expect(try Self.int(db, """
            SELECT COUNT(*) FROM milestone WHERE requires_acceptance AND accepted_on IS NOT NULL
            """) >= 1)
    }

    @Test func moneyHasInvoicesAndPaymentsThatAddUp() throws {
        let (db, _) = try Self.seeded()
        // Every invoiced milestone has its date and number; none is paid beyond its amount
        #expect(try Self.int(db, "SELECT COUNT(*) FROM milestone WHERE payment <> 'not-invoiced' AND invoiced_on IS NULL") == 0)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM milestone WHERE invoiced_on IS NOT NULL AND invoice_number = ''") == 0)
        #expect(try Self.int(db, """
            SELECT COUNT(*) FROM milestone m
            WHERE (SELECT IFNULL(SUM(amount_cents), 0) FROM milestone_payment WHERE milestone_id = m.id) > m.amount_cents
            """) == 0)
        // Paid ones are paid in full; some invoiced ones are part paid
        #expect(try Self.int(db, """
            SELECT COUNT(*) FROM milestone m WHERE payment = 'paid'
              AND (SELECT IFNULL(SUM(amount_cents), 0) FROM milestone_payment WHERE milestone_id = m.id) <> m.amount_cents
            """) == 0)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM milestone_payment WHERE note = 'part payment'") >= 1)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM project WHERE scope = ''") == 0)
        #expect(try Self.int(db, "SELECT COUNT(*) FROM assumption WHERE status <> 'open' AND reviewed_on IS NULL") == 0)
        // Won opportunities name the project they became, of their own customer (seed 1 has none won; seed 3 has four)
        let (won, _) = try Self.seeded(seed: 3)
        #expect(try Self.int(won, "SELECT COUNT(*) FROM opportunity WHERE project_id IS NOT NULL") == 4)
        #expect(try Self.int(db, """
            SELECT COUNT(*) FROM opportunity o WHERE o.stage = 'won' AND o.project_id IS NULL
              AND (SELECT COUNT(*) FROM project WHERE customer_id = o.customer_id)
                  >= (SELECT COUNT(*) FROM opportunity w WHERE w.customer_id = o.customer_id AND w.stage = 'won')
            """) == 0)
        #expect(try Self.int(db, """
            SELECT COUNT(*) FROM opportunity o JOIN project p ON p.id = o.project_id
            WHERE o.stage <> 'won' OR p.customer_id <> o.customer_id
            """) == 0)
    }

    @Test func meetingsRecurInTheirOwnZones() throws {
        let (db, _) = try Self.seeded()
        let meetings = try db.read { db in try Meeting.fetchAll(db) }
        #expect(meetings.allSatisfy { $0.recurrence != nil }, "every RRULE and TZID can be read back")
        #expect(meetings.filter { $0.rrule?.hasPrefix("FREQ=WEEKLY;BYDAY=") == true }.count > 10)
        #expect(meetings.contains { $0.rrule?.contains("INTERVAL=2") == true })
        #expect(meetings.contains { $0.rrule?.contains("COUNT=") == true })
        #expect(meetings.contains { $0.rrule?.contains("UNTIL=") == true })
        #expect(meetings.contains { !$0.exdates.isEmpty })
        #expect(meetings.contains { $0.salesWelcome })
        #expect(Set(meetings.map(\.tzid)).count >= 3)
        // Series began in the past and the agenda shows them next week.
        #expect(meetings.filter { $0.startsAt < Self.now }.count > 30)
        let week = try db.agenda(from: Self.now, to: Self.now + 7 * 86_400, timeZone: Self.zone)
        #expect(week.count >= 20)
    }

    @Test func temperaturesSpreadOverBands() throws {
        // Given the small set, when the temperature pane reads it, then customers are not all alike.
        let (db, _) = try Self.seeded()
        let temperatures = try db.temperatures(now: Self.now, timeZone: Self.zone)
        #expect(temperatures.count == 12)
        #expect(Set(temperatures.map(\.temperature.band)).count >= 2)
        // Every cap shows on some customer: champion left, unanswered escalation, disputed item.
        #expect(Set(temperatures.flatMap(\.temperature.caps)) == Set(Temperature.Cap.allCases))
        #expect(temperatures.filter { $0.temperature.caps.isEmpty }.count >= 8)
    }

    @Test func historyGivesEveryCustomerASparklineAndATrend() throws {
        // Given the small set, seeded with the weeks before today stored
        let (db, _) = try Self.seeded()
        let today = LocalDate(Self.now, in: Self.zone)
        let days = try Self.strings(db, "SELECT DISTINCT day FROM temperature_snapshot ORDER BY day")
        #expect(days == (1...7).reversed().map { today.adding(days: -7 * $0).iso })
        // When the temperature pane reads its sparklines, then every week of every customer has a score
        let overview = try db.temperatureOverview(now: Self.now, timeZone: Self.zone, watch: WatchSettings())
        #expect(overview.weeks.count == 12)
        #expect(overview.weeks.values.allSatisfy { $0.count == Sparkline.weekCount && !$0.contains(nil) })
        // and they are each week's own scores, not today's copied back: some customers moved
        #expect(overview.weeks.values.filter { Set($0).count > 1 }.count >= 3)
        // A stored week is what scoring at that instant gives, whenever it is computed.
        let twoWeeksAgo = Self.now - 14 * 86_400
        let stored = try db.read { db in
            try TemperatureSnapshots.scores(db, day: LocalDate(twoWeeksAgo, in: Self.zone))
        }
        let computed = try db.read { conn in
            try db.computeTemperatures(conn, now: twoWeeksAgo, timeZone: Self.zone, trendBases: [:],
                                       scorer: TemperatureScorer(settings: db.temperatureSettings))
        }
        #expect(stored.count == 12)
        #expect(Dictionary(uniqueKeysWithValues: computed.map { ($0.row.customerId, $0.row.temperature.score) }) == stored)
    }

    @Test func foreignKeysHold() throws {
        let (db, _) = try Self.seeded()
        let broken = try db.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(broken.isEmpty)
    }

    // MARK: - The fast path writes what the records write

    @Test func bulkInsertStoresTheSameValuesAsTheRecordInsert() throws {
        // Given one of each bulk-inserted value
        let at = Date(timeIntervalSince1970: 1_778_500_799)
        func rows(_ insert: (Inserter, BulkInserter?) throws -> Void) throws -> [String: [Row]] {
            let db = try AppDatabase.inMemory()
            try db.insertAll { ins in try insert(ins, try BulkInserter(db: ins.db)) }
            return try db.read { db in
                var result: [String: [Row]] = [:]
                for table in ["location", "location_fact", "punch_item", "punch_event", "attendee", "interaction",
                              "meeting", "milestone"] {
                    result[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id")
                }
                return result
            }
        }
        func fill(_ ins: Inserter, _ bulk: BulkInserter?) throws {
            let customer = try ins.insert(Customer(name: "Acme"))
            let project = try ins.insert(Project(customerId: customer.id!, code: "ACM-0001", name: "Boardroom",
                                                 stage: .punch))
            let contact = try ins.insert(Contact(customerId: customer.id!, name: "Ann", department: .av,
                                                 role: .champion))
            var meeting = Meeting(projectId: project.id, uid: "u", title: "m", startsAt: at, endsAt: at + 1_800,
                                  tzid: "Europe/London", rrule: "FREQ=WEEKLY;COUNT=3", exdates: [at + 7 * 86_400],
                                  location: "Teams", organizer: "Dana", salesWelcome: true, agenda: "a", minutes: "m")
            meeting.id = try bulk?.insert(meeting) ?? ins.insert(meeting).id!
            let open = Meeting(customerId: customer.id, uid: "v", title: "n", startsAt: at, endsAt: at, tzid: "UTC",
                               rrule: "FREQ=MONTHLY")
            _ = try bulk?.insert(open) ?? ins.insert(open).id!
            for milestone in [
                Milestone(projectId: project.id!, name: "Final", kind: .final, amountCents: 1_234_500,
                          dueOn: LocalDate(year: 2026, month: 6, day: 30), payment: .overdue, requiresAcceptance: true,
                          acceptedOn: LocalDate(year: 2026, month: 7, day: 1), acceptedBy: "Ann"),
                Milestone(projectId: project.id!, name: "Deposit", kind: .deposit, amountCents: 0),
            ] {
                _ = try bulk?.insert(milestone) ?? ins.insert(milestone).id!
            }
            let location = Location(projectId: project.id!, path: "HQ / Floor 3 / Board Room")
            let locationId = try bulk?.insert(location) ?? ins.insert(location).id!
            let fact = LocationFact(locationId: locationId, key: "VLAN", value: "120", verified: true)
            _ = try bulk?.insert(fact) ?? ins.insert(fact).id!
            let item = PunchItem(projectId: project.id!, number: 1, title: "HDMI handshake fails", detail: "d",
                                 locationId: locationId, category: .physicalInstall, priority: .p1,
                                 status: .readyForReview,
                                 ballInCourt: "sub", assignee: "Marco", dueOn: LocalDate(year: 2026, month: 5, day: 1),
                                 blocksAcceptance: true, source: .email, rejections: 2, acceptedBy: "Ann",
                                 createdAt: at - 86_400, updatedAt: at)
            let itemId = try bulk?.insert(item) ?? ins.insert(item).id!
            let event = PunchEvent(punchItemId: itemId, at: at, who: "Ann", field: "status", fromValue: "ready",
                                   toValue: "open", note: "again")
            _ = try bulk?.insert(event) ?? ins.insert(event).id!
            let attendee = Attendee(meetingId: meeting.id!, contactId: contact.id, name: "Ann", email: "a@b.c",
                                    status: .tentative, attended: true)
            _ = try bulk?.insert(attendee) ?? ins.insert(attendee).id!
            for interaction in [
                Interaction(customerId: customer.id!, projectId: project.id, contactId: contact.id, kind: .emailIn,
                            at: at, subject: "s", body: "b", sentiment: -0.37, urgency: 0.9, messageId: "<m>",
                            thread: "<t>", answeredAt: at + 3_600),
                Interaction(customerId: customer.id!, kind: .note, at: Date(timeIntervalSince1970: 0), subject: "n"),
            ] {
                _ = try bulk?.insert(interaction) ?? ins.insert(interaction).id!
            }
        }
        // When they go in once through the records and once through the fast path
        let viaRecords = try rows { ins, _ in try fill(ins, nil) }
        let viaBulk = try rows { ins, bulk in try fill(ins, bulk) }
        // Then the stored rows are identical, column by column
        #expect(viaRecords == viaBulk)
        #expect(viaRecords["interaction"]?.count == 2)
        #expect(viaRecords["meeting"]?.count == 2)
    }
}
