import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// Opening the database file: created private, in WAL mode, and never damaged when refused.
@Suite struct DatabaseFileTests {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    /// A Rapport database at `path`, with one customer, closed again when this returns.
    static func makeDatabase(at path: String) throws {
        let db = try AppDatabase.open(path: path)
        _ = try db.insertAll { ins in try ins.insert(Customer(name: "Acme Corp")) }
    }

    // MARK: - A new file

    @Test func aNewFileIsPrivateAndInWALMode() throws {
        // Given a path in a folder that does not exist yet (as under $XDG_DATA_HOME on first run)
        let dir = try TemporaryDirectory()
        let path = dir.path("data/rapport/rapport.sqlite")
        // When the database is opened
        let db = try AppDatabase.open(path: path)
        // Then the file exists, only its owner may read it (it holds customers' e-mails)
        #expect(Self.exists(path))
        #expect(try Self.permissions(path) == 0o600)
        #expect(try Self.permissions(dir.path("data/rapport")) == 0o700)
        // And it is in WAL mode, so the UI can read while a write is under way
        #expect(try db.journalMode() == "wal")
        #expect(db.path == path)
        #expect(try db.isEmpty())
    }

    @Test func anEmptyExistingFileBecomesANewDatabase() throws {
        // Given a zero-byte file (e.g. made by `touch`)
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        // When it is opened, then it is migrated like a new one
        let db = try AppDatabase.open(path: path)
        #expect(try db.tableNames().isSuperset(of: AppDatabase.tables))
    }

    @Test func anExistingDatabaseOpensAgainWithItsData() throws {
        // Given a database that was written and closed
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        try Self.makeDatabase(at: path)
        // When it is opened again, and a second time while the first is still open
        let first = try AppDatabase.open(path: path)
        let second = try AppDatabase.open(path: path)
        // Then both see the customer, and the file stays private and in WAL mode
        #expect(try first.counts()["customer"] == 1)
        #expect(try second.counts()["customer"] == 1)
        #expect(try first.journalMode() == "wal")
        #expect(try Self.permissions(path) == 0o600)
    }

    // MARK: - Files that are refused

    @Test(arguments: [
        "name,email\nDana Reyes,dana@acme.example\n",
        "hi",
        "SQLite format 2\u{0}" + String(repeating: "x", count: 100),
        "{\"projects\": []}",
    ])
    func aFileThatIsNotSQLiteIsRefusedAndLeftAlone(content: String) throws {
        // Given a text file where the database should be (a wrong --db, say)
        let dir = try TemporaryDirectory()
        let path = dir.path("contacts.csv")
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        let before = try FileSnapshot(path: path)
        // When it is opened
        // Then it is refused as not a database
        #expect(throws: AppError.notADatabase(path: path)) { try AppDatabase.open(path: path) }
        // And the file is exactly as it was, with no SQLite side files next to it
        #expect(try FileSnapshot(path: path) == before)
        #expect(!Self.exists(path + "-wal"))
        #expect(!Self.exists(path + "-shm"))
        #expect(!Self.exists(path + "-journal"))
    }

    @Test func aDatabaseFromANewerRapportIsRefusedAndLeftAlone() throws {
        // Given a database to which a newer build applied a migration this one does not know
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        do {
            let db = try AppDatabase.open(path: path)
            try db.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')") }
        }
        let before = try FileSnapshot(path: path)
        // When this build opens it
        // Then it is refused, telling the user to upgrade
        #expect(throws: AppError.schemaTooNew(path: path)) { try AppDatabase.open(path: path) }
        // And not a byte of it changed
        #expect(try FileSnapshot(path: path) == before)
        // And it is still refused the second time (the first attempt migrated nothing)
        #expect(throws: AppError.schemaTooNew(path: path)) { try AppDatabase.open(path: path) }
        #expect(try FileSnapshot(path: path) == before)
    }

    @Test func anotherProgramsSQLiteFileIsRefusedAndLeftAlone() throws {
        // Given a SQLite file made by some other program
        let dir = try TemporaryDirectory()
        let path = dir.path("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When Rapport opens it, then it is refused and no Rapport table was added
        #expect(throws: AppError.foreignDatabase(path: path)) { try AppDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aFolderThatCannotBeCreatedIsReportedWithThePath() throws {
        // Given a path below a regular file, where no folder can be made
        let dir = try TemporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir.path("notes.txt")))
        let path = dir.path("notes.txt/rapport.sqlite")
        // Then opening fails with cannotOpen naming the path
        #expect {
            try AppDatabase.open(path: path)
        } throws: { error in
            guard case .cannotOpen(let where_, _) = error as? AppError else { return false }
            return where_ == path
        }
    }

    // MARK: - Messages

    @Test func errorMessagesAreOneLineAndNameThePath() throws {
        // Given the errors a user can meet when opening a file, with a path that has spaces
        let path = "/home/dana/My Projects/rapport.sqlite"
        let errors: [AppError] = [
            .notADatabase(path: path),
            .schemaTooNew(path: path),
            .cannotOpen(path: path, reason: "permission denied"),
        ]
        for error in errors {
            // Then each message fits a status line or one stderr line and says which file
            let message = error.description
            #expect(!message.contains("\n"), "\(message)")
            #expect(message.hasPrefix(path + ": "), "\(message)")
            #expect(error.localizedDescription == message)
        }
        #expect(AppError.notADatabase(path: path).description.contains("left untouched"))
        #expect(AppError.schemaTooNew(path: path).description.contains("upgrade Rapport"))
    }

    @Test func theErrorsThrownForARealFileNameIt() throws {
        // Given a refused file
        let dir = try TemporaryDirectory()
        let path = dir.path("Board Room notes.txt")
        try Data("Board room: projector flickers\n".utf8).write(to: URL(fileURLWithPath: path))
        // When it is opened, then the message a user sees names it on one line
        do {
            _ = try AppDatabase.open(path: path)
            Issue.record("a text file was opened as a database")
        } catch {
            let message = "\(error.localizedDescription)"
            #expect(message.contains(path) && !message.contains("\n"), "\(message)")
        }
    }
}
