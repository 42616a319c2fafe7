import Foundation
import GRDB
import RapportModel

// Opening a file: made only when asked, looked at without a trace when only looking.
extension AppDatabase {
    /// What opening may do to the file system.
    public enum OpenMode: Sendable {
        /// Make the file (mode 0600) and its folder (0700) when missing: `init`, `seed`, `demo`,
        /// and the dashboard's first run on the default path.
        case create
        /// The file must exist; opened to read and write, or read-only when the file or its
        /// folder may not be written.
        case existing
        /// The file must exist; only read (`--read-only`, and the commands that only read), so
        /// it stays byte for byte as it was and no `-wal` or `-shm` is left behind.
        case readOnly
    }

    /// Opens the database at `path` as `mode` says.
    ///
    /// A missing file (unless creating), a missing folder, a folder in place of the file, a file
    /// that is not SQLite and a schema newer than this build are each refused with a clear error
    /// before anything writes. Temperatures are scored with `temperature` (config.toml's
    /// `[temperature]`).
    public static func open(path: String, mode: OpenMode,
                            temperature: TemperatureSettings = .standard) throws -> AppDatabase {
        try DatabaseFile.prepare(path: path, creates: mode == .create)
        let hasContent = DatabaseFile.hasContent(path: path)
        let readOnly = mode == .readOnly || !DatabaseFile.isWritable(path: path)
        do {
            if !readOnly, hasContent, let database = try openOnOneConnection(path: path, temperature: temperature) {
                return database
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw AppError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw AppError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
        if hasContent { try checkSchemaIsKnown(path: path) }
        do {
            if readOnly {
                guard hasContent else { throw AppError.noDatabase(path: path) }
                return try AppDatabase(writer: lookingQueue(path: path, configuration: configuration()), path: path,
                                       readOnly: true, temperature: temperature)
            }
            let pool = try DatabasePool(path: path, configuration: configuration())
            return try AppDatabase(writer: pool, path: path, temperature: temperature)
        } catch let error as DatabaseError {
            throw AppError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// A connection that only reads `path` and leaves no file behind.
    ///
    /// Where the file and folder may be written and no writer's log holds frames, an ordinary
    /// connection: as the last connection, it removes the `-wal` and `-shm` it made when it closes
    /// (a read-only one would leave them); `write(_:)` refuses every change, and TEMP tables hold
    /// what reads derive (the agenda). Otherwise a read-only connection, `immutable` when the
    /// folder may not be written and no writer's `-wal` and `-shm` are there to read with (SQLite
    /// cannot make them in a read-only folder).
    static func lookingQueue(path: String, configuration base: Configuration) throws -> DatabaseQueue {
        var config = base
        // A -wal with frames in it is a writer's (open now, or crashed): a read-only connection
        // reads it as it is, where an ordinary one closing last would checkpoint it into the file.
        let writable = DatabaseFile.isWritable(path: path)
        if writable, !DatabaseFile.hasContent(path: path + "-wal") {
            return try DatabaseQueue(path: path, configuration: config)
        }
        config.readonly = true
        let manager = FileManager.default
        if writable || manager.fileExists(atPath: path + "-wal") && manager.fileExists(atPath: path + "-shm") {
            return try DatabaseQueue(path: path, configuration: config)
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#", "%"])) ?? absolute
        return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: config)
    }
}
