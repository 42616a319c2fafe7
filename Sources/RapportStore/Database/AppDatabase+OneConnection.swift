import Foundation
import GRDB
import RapportModel
import Synchronization

// Opening to read and write on one connection: the first frame parses the schema once and
// writes nothing.
extension AppDatabase {
    /// The file at `path` (already prepared) on one connection that checks, migrates, reads and
    /// writes, with a second one, opened on first use, for reads off the main thread (the
    /// background scoring and exports), so they never wait behind the keys' queries.
    ///
    /// A `DatabasePool` opened three connections at start (the schema check, the writer and a
    /// reader), each parsing the whole schema, and wrote a table in and out of the file when no
    /// `-wal` was there (GRDB's guard for pool readers), two fsyncs on every launch. A file
    /// already in WAL mode needs neither: its journal mode is in its header.
    ///
    /// Nil when the file is not yet in WAL mode (a new or foreign file, one from another
    /// tool): `open(path:mode:)` then takes the pool path, which sets the mode.
    static func openOnOneConnection(path: String, temperature: TemperatureSettings) throws -> AppDatabase? {
        guard DatabaseFile.isInWALMode(path: path) else { return nil }
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        // Read before anything writes, so a newer or foreign file is refused untouched; plain
        // queries, not GRDB's `tableExists` and migrator checks, which first build its cache of
        // every schema object (0.5 of the open's 3.1 ms, on the first frame's path).
        let history = try queue.inDatabase { db -> Set<String>? in
            let exists = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations')
                """) ?? false
            guard exists else {
                let foreign = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")! > 0
                if foreign { throw AppError.foreignDatabase(path: path) }
                return nil
            }
            return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        let known = Set(migrator.migrations)
        if let history, !history.isSubset(of: known) { throw AppError.schemaTooNew(path: path) }
        // An ordinary connection (GRDB's `read` makes it query-only while it reads): whichever
        // closes last checkpoints and removes the -wal and -shm, as a read-only one could not.
        let reader = BackgroundReader { try DatabaseQueue(path: path, configuration: configuration()) }
        return try AppDatabase(writer: queue, path: path, temperature: temperature, backgroundReader: reader,
                               migrated: history == known)
    }
}

/// A connection for reads (and checkpoints) off the main thread, opened the first time it is asked for.
final class BackgroundReader: Sendable {
    private let open: @Sendable () throws -> DatabaseQueue
    private let connection = Mutex<DatabaseQueue?>(nil)

    init(open: @escaping @Sendable () throws -> DatabaseQueue) {
        self.open = open
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try queue().read(body)
    }

    /// A passive checkpoint on this connection (see `AppDatabase.checkpoint()`).
    func checkpoint() throws {
        try queue().writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
    }

    private func queue() throws -> DatabaseQueue {
        try connection.withLock { queue in
            if let queue { return queue }
            let opened = try open()
            queue = opened
            return opened
        }
    }
}
