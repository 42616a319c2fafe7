import Foundation
import GRDB
import RapportModel

// Looking after the file: a consistent copy while others write, and the checks SQLite can run.
extension AppDatabase {
    /// Writes a consistent copy of the whole database to `destination`, which must not exist.
    ///
    /// SQLite's online backup copies every page inside one read transaction, so writers in other
    /// processes go on, and the copy is the database as it was at one commit. The copy is made
    /// beside its destination and renamed into place, so a half copy never has the final name.
    public func backup(to destination: String) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: destination) else {
            throw AppError.cannotOpen(path: destination, reason: "the file already exists; a backup never replaces a file")
        }
        let partial = destination + ".partial-\(getpid())"
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: partial + suffix) } }
        let fd = Foundation.open(partial, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw AppError.cannotOpen(path: destination, reason: String(cString: strerror(errno))) }
        close(fd)
        do {
            let copy = try DatabaseQueue(path: partial)
            try writer.backup(to: copy)
            // A plain rollback-journal file: it opens anywhere, with no -wal beside it to lose.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        } catch let error as DatabaseError {
            throw AppError.cannotOpen(path: destination, reason: error.message ?? "\(error)")
        }
        guard rename(partial, destination) == 0 else {
            throw AppError.cannotOpen(path: destination, reason: String(cString: strerror(errno)))
        }
    }

    /// What SQLite's `integrity_check` and `foreign_key_check` find; empty when all is well.
    public func problems() throws -> [String] {
        try writer.read { db in
            var found = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for row in rows {
                let table: String = row[0], parent: String = row[2]
                let rowid: Int64? = row[1]
                found.append("\(table) row \(rowid.map(String.init) ?? "?") refers to a missing \(parent) row")
            }
            return found
        }
    }
}
