import Foundation
import GRDB
import RapportModel

/// Fills a database with believable, deterministic data for demos, screenshots and benchmarks.
///
/// The same size, seed, `now` and time zone give the same rows on every machine: every choice
/// comes from `SeededGenerator`, never from the system's random source, and no set or
/// dictionary is iterated. Dates are relative to `now`, so the demo always looks current:
/// punch items fall due around today, interactions thin out over two years, meeting series
/// began in the past and recur into the future.
///
/// The situations that cap a temperature, and the kinds of meeting series, are placed by
/// position rather than by chance, so every set shows them whatever the seed: a champion who
/// left (with and without a successor), an unanswered escalation, a disputed punch item;
/// weekly, fortnightly, COUNT- and UNTIL-bounded series, some with EXDATEs.
public struct DemoDataGenerator: Sendable {
    public var size: DataSize
    public var seed: UInt64
    public var now: Date
    public var timeZone: TimeZone

    public init(size: DataSize, seed: UInt64 = 1, now: Date, timeZone: TimeZone) {
        self.size = size
        self.seed = seed
        self.now = now
        self.timeZone = timeZone
    }

    /// Inserts the data set in one transaction (all of it or nothing) and reports the row counts.
    ///
    /// Meant for an empty database: customer names, project codes and meeting UIDs are unique,
    /// so seeding a database twice fails on the second run and leaves it as it was.
    public func generate(into db: AppDatabase) throws -> SeedSummary {
        let clock = Clock(now: now, timeZone: timeZone)
        try db.insertAll { ins in
            // One transaction writes every page of the file, and indexes in time order (or by
            // message id) take their rows in random order: with SQLite's default 2 MB cache,
            // dirty pages spill to the WAL and are written again and again. A larger cache for
            // the seed alone keeps them in memory until the commit.
            let cacheSize = try Int.fetchOne(ins.db, sql: "PRAGMA cache_size") ?? -2_000
            try ins.db.execute(sql: "PRAGMA cache_size = -\(Self.seedCacheKiB)")
            defer { try? ins.db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            // The search index is filled once at the end, one INSERT … SELECT a table, not
            // by a trigger a row.
            try SearchIndexBuild.deferAll(ins.db)
            let bulk = try BulkInserter(db: ins.db)
            var customers = try makeCustomers(ins, clock)
            var projects = try makeProjects(ins, clock, customers: &customers)
            try makeLocations(bulk, projects: &projects)
            try makePunchList(bulk, clock, projects: projects, customers: customers)
            try makeMoney(ins, bulk, clock, projects: projects, customers: customers)
            try makeMeetings(bulk, clock, projects: projects, customers: customers)
            try makeInteractions(bulk, clock, customers: customers, projects: projects)
            try makeKnowledge(ins, clock, customers: customers, projects: projects)
            // The calendar pane's fortnight (and a margin) expanded now, so the first screen only reads.
            let today = clock.today.startOfDay(in: timeZone)
            try OccurrenceTable.prepare(ins.db, from: today.timeIntervalSince1970,
                                        to: today.timeIntervalSince1970 + Double(Self.agendaDays) * 86_400)
            // The weeks before today as the daily snapshots would have kept them: the trend
            // and the sparklines have something to show on the first screen.
            try db.storeTemperatureHistory(ins.db, now: now, timeZone: timeZone, weeks: Sparkline.weekCount - 1)
            _ = try SearchIndexBuild.step(ins.db, rows: .max)
        }
        return SeedSummary(size: size, seed: seed, counts: try db.counts())
    }

    /// An independent random stream for each part of the data, so changing how one part is
    /// made does not reshuffle the others.
    func generator(_ part: Part) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: part.rawValue)
    }

    /// SQLite's page cache while seeding, in KiB.
    static let seedCacheKiB = 131_072

    /// Days of meetings expanded from today, as the calendar pane shows them.
    static let agendaDays = 14

    enum Part: UInt64 {
        case customers = 1, contacts, projects, locations, punch, money, meetings, interactions, knowledge
        /// Its own stream, so adding notes left every other part's data as it was.
        case meetingNotes
        /// Customers' answers to our mail; its own stream for the same reason.
        case replies
    }
}

// MARK: - What later parts need from earlier ones

extension DemoDataGenerator {
    struct SeedContact {
        var id: Int64
        var name: String
        var email: String
        var role: Contact.Role
        var leftOn: LocalDate?

        var active: Bool { leftOn == nil }
    }

    struct SeedCustomer {
        var id: Int64
        var index: Int
        var name: String
        var sector: DemoVocabulary.Sector
        var domain: String
        var tzid: String
        var salesRep: String
        /// The customer's usual tone, -1…1, around which its messages vary.
        var mood: Double
        var contacts: [SeedContact] = []
        var projectIndexes: [Int] = []

        var activeContacts: [SeedContact] { contacts.filter(\.active) }

        /// Scenarios placed by position, so every data set shows them.
        var championLeftWithSuccessor: Bool { index % 8 == 1 }
        var championLeftAlone: Bool { index % 8 == 5 }
        var hasUnansweredEscalation: Bool { index % 10 == 3 }
        var hasDisputedItem: Bool { index % 12 == 6 }
    }

    struct SeedProject {
        var id: Int64
        var customerIndex: Int
        var sector: DemoVocabulary.Sector
        var code: String
        var name: String
        var stage: ProjectStage
        var contractCents: Int64
        var pm: String
        var signedOn: LocalDate
        var targetOn: LocalDate
        var locations: [(id: Int64, path: String)] = []
    }

    /// `now` in whole seconds, and today's date where the user is.
    struct Clock {
        var nowSeconds: Int
        var today: LocalDate

        init(now: Date, timeZone: TimeZone) {
            nowSeconds = Int(now.timeIntervalSince1970.rounded(.down))
            today = LocalDate(now, in: timeZone)
        }

        func ago(seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(nowSeconds - seconds)) }
        func ago(days: Int) -> Date { ago(seconds: days * 86_400) }
        func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }
    }

    /// A template with its first `#` replaced by `n`: "Ceiling mic # hums" → "Ceiling mic 3 hums".
    static func fill(_ template: String, _ n: Int) -> String {
        guard let mark = template.firstIndex(of: "#") else { return template }
        return template[..<mark] + String(n) + template[template.index(after: mark)...]
    }

    /// A four-digit, zero-padded number: 12 → "0012".
    static func pad4(_ n: Int) -> String {
        let s = String(n)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
