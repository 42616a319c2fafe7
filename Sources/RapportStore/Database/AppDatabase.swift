import Foundation
import GRDB
import RapportModel

/// The one SQLite file that holds a firm's projects, punch lists, meetings and customers.
///
/// This is the only type that knows SQL. Its API speaks in model values so a second
/// implementation (a shared server) can stand behind the same calls.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Where the file lives, or nil in memory.
    public let path: String?
    /// Opened to look only: every write is refused with `AppError.readOnly`, and the file is
    /// left byte for byte as it was.
    public let isReadOnly: Bool
    /// What `temperatures(now:timeZone:)` scores with: config.toml's `[temperature]`, given at open.
    public let temperatureSettings: TemperatureSettings
    /// Where reads off the main thread go when `writer` is one connection (see `openOnOneConnection`).
    let backgroundReader: BackgroundReader?

    init(writer: any DatabaseWriter, path: String?, readOnly: Bool = false,
         temperature: TemperatureSettings = .standard, backgroundReader: BackgroundReader? = nil,
         migrated: Bool = false) throws {
        self.writer = writer
        self.backgroundReader = backgroundReader
        self.path = path
        self.isReadOnly = readOnly
        self.temperatureSettings = temperature
        if readOnly {
            // Migrating would write; a file this build must upgrade is refused untouched instead.
            guard try writer.read({ try Self.migrator.hasCompletedMigrations($0) }) else {
                throw AppError.needsUpgrade(path: path ?? ":memory:")
            }
        } else if !migrated {  // `migrated`: the caller read every migration as applied
            try Self.migrator.migrate(writer)
        }
    }

    /// Opens (creating when missing, mode 0600, with its folder) the database at `path`, to
    /// read and write; `open(path:mode:)` says what else it can do.
    ///
    /// A file that is not SQLite, or whose schema is newer than this build, is refused with a
    /// clear error before anything writes to it.
    public static func open(path: String) throws -> AppDatabase {
        try open(path: path, mode: .create)
    }

    /// An empty database in memory, for tests and the benchmark harness.
    public static func inMemory(temperature: TemperatureSettings = .standard) throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), path: nil, temperature: temperature)
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        // Another Rapport (or a script) may be writing; wait rather than fail at once.
        config.busyMode = .timeout(5)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            addFunctions(db)
            // In WAL mode NORMAL stays consistent after a crash and only syncs at checkpoints,
            // not on every commit: a triage keystroke should not wait on the disk.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 8 MiB of pages per connection keeps a large project's search and index pages hot.
            try db.execute(sql: "PRAGMA cache_size = -8192")
            // Checkpoints run when the dashboard is idle (see `checkpoint()`); this is only the
            // backstop, so a keystroke's commit rarely pays for copying the log back.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
        }
        return config
    }

    /// Reads the applied migrations without writing, so a newer file is refused untouched.
    static func checkSchemaIsKnown(path: String) throws {
        let superseded: Bool
        let foreign: Bool
        do {
            let queue = try lookingQueue(path: path, configuration: configuration())
            (superseded, foreign) = try queue.read { db in
                // Tables but no migration history: another program's database, not an empty one.
                let isForeign = try !db.tableExists("grdb_migrations")
                    && Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")! > 0
                return (try isForeign ? false : migrator.hasBeenSuperseded(db), isForeign)
            }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw AppError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw AppError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
        if foreign { throw AppError.foreignDatabase(path: path) }
        if superseded { throw AppError.schemaTooNew(path: path) }
    }

    // MARK: - Reading and writing

    /// Runs `body` in one transaction; everything or nothing is written.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw AppError.readOnly(path: path ?? ":memory:") }
        return try writer.write(body)
    }

    /// Runs `body` in one read transaction.
    ///
    /// Not the queue's own `read`: it turns `PRAGMA query_only` on and off around each read, and
    /// setting a flag pragma expires every prepared statement, so each read parsed its SQL again
    /// (a third of opening a customer's view). No transaction observers are registered, so the
    /// read's commit wakes nothing.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let backgroundReader, !Thread.isMainThread { return try backgroundReader.read(body) }
        guard let queue = writer as? DatabaseQueue else { return try writer.read(body) }
        return try queue.inDatabase { db in
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Copies the write-ahead log back into the file as far as readers allow, without waiting
    /// for them; the dashboard calls it off the main thread once keys pause.
    ///
    /// Off the main thread it runs on the background connection: a checkpoint needs no write
    /// lock, so the main connection's next commit does not wait for its copying and syncing
    /// (25 ms on the l set after the scores were stored, 600 ms once, on the writer).
    public func checkpoint() throws {
        guard !isReadOnly else { return }
        if let backgroundReader, !Thread.isMainThread { return try backgroundReader.checkpoint() }
        try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
    }

    /// True when the database holds no project and no customer: the first-run screen shows then.
    public func isEmpty() throws -> Bool {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM customer) + (SELECT COUNT(*) FROM project)")! == 0
        }
    }

    /// Changes whenever another connection commits to the file.
    public func dataVersion() throws -> Int {
        // data_version is per connection: ask the writer, whose connection sees others' commits.
        try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version")! }
    }

    /// Row counts per table, for `rapport seed` output and tests.
    public func counts() throws -> [String: Int] {
        try read { db in
            var result: [String: Int] = [:]
            for table in Self.tables {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")!
            }
            return result
        }
    }

    public static let tables = [
        "customer", "contact", "project", "location", "location_fact", "punch_item", "punch_event",
        "milestone", "assumption", "meeting", "attendee", "interaction", "intel", "opportunity",
        "temperature_snapshot", "milestone_payment", "project_stage_event",
    ]
}
