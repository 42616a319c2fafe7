import GRDB
import RapportModel

// MARK: - Writes that speak AppError

extension AppDatabase {
    /// Runs `body` in one write transaction; SQLite's refusals come out as `AppError`, with the
    /// transaction rolled back, so callers never see a GRDB type.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try write(body)
        } catch let error as DatabaseError {
            throw AppError.writeFailed(reason: Self.reason(error))
        }
    }

    /// What a database error means to the user, in words.
    static func reason(_ error: DatabaseError) -> String {
        let message = error.message ?? "\(error)"
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_CHECK:
            if message.contains("title") { return "the title is empty" }
            if message.contains("priority") { return "the priority must be 1, 2 or 3" }
            if message.contains("number") { return "the item number must be positive" }
            if message.contains("status") { return "unknown status" }
            return "a value is out of range (\(message))"
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            if message.contains("punch_item.number") { return "that item number is already used in the project" }
            if message.contains("location.path") { return "that location already exists in the project" }
            return "a duplicate of a saved value (\(message))"
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return "it refers to a project, location or item that no longer exists"
        case .SQLITE_CONSTRAINT_NOTNULL:
            return "a required value is missing (\(message))"
        default:
            break
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is busy (another Rapport is writing); try again"
        case .SQLITE_READONLY: return "the database file is read-only"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "the database file is damaged"
        default: return message
        }
    }
}
