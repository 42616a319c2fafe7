import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// `backup` copies a consistent database while another connection writes; `problems` reports
/// what SQLite's integrity and foreign-key checks find; a read-only open never writes.
@Suite struct BackupAndCheckTests {
    @Test func aBackupTakenDuringWritesIsOneConsistentCommit() throws {
        // Given a file that another connection keeps writing to, two customers per transaction
        let dir = try TemporaryDirectory()
        let path = dir.path("firm.sqlite")
        let writer = try AppDatabase.open(path: path)
        let stop = ManagedAtomicFlag()
        let thread = Thread {
            while !stop.isSet {
                _ = try? writer.insertAll { ins in
                    try ins.insert(Customer(name: "A"))
                    try ins.insert(Customer(name: "B"))
                }
            }
        }
        thread.start()
        defer { stop.set() }
        // When five backups are taken meanwhile, each by a read-only opening of the file
        let reader = try AppDatabase.open(path: path, mode: .readOnly)
        for i in 0..<5 {
            Thread.sleep(forTimeInterval: 0.05)
            let copy = dir.path("backup-\(i).sqlite")
            try reader.backup(to: copy)
            // Then each copy passes the checks and holds whole transactions only (an even count)
            let restored = try AppDatabase.open(path: copy, mode: .readOnly)
            #expect(try restored.problems() == [])
            let customers = try restored.counts()["customer"]!
            #expect(customers % 2 == 0 && customers > 0, "backup \(i) has \(customers) customers")
            #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
        }
        stop.set()
        #expect(throws: AppError.self) { try reader.backup(to: dir.path("backup-0.sqlite")) }  // never replaces a file
    }

    @Test func checkReportsAForeignKeyViolation() throws {
        // Given a punch item whose project was deleted with foreign keys off (as a careless script might)
        let dir = try TemporaryDirectory()
        let path = dir.path("firm.sqlite")
        _ = try AppDatabase.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO location (id, project_id, path) VALUES (1, 999, 'Nowhere')")
        }
        try queue.close()
        // When it is checked, Then the problem is named
        let problems = try AppDatabase.open(path: path, mode: .readOnly).problems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("location") == true, "\(problems)")
    }

    @Test func aReadOnlyOpeningRefusesWritesAndChangesNoByte() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("firm.sqlite")
        try DatabaseFileTests.makeDatabase(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let db = try AppDatabase.open(path: path, mode: .readOnly)
        #expect(db.isReadOnly)
        #expect(throws: AppError.readOnly(path: path)) { try db.insertAll { ins in try ins.insert(Customer(name: "X")) } }
        _ = try db.temperatures(now: Date(timeIntervalSince1970: 1_790_000_000), timeZone: .gmt)
        _ = try db.agenda(from: Date(timeIntervalSince1970: 1_790_000_000), to: Date(timeIntervalSince1970: 1_791_000_000), timeZone: .gmt)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aReaderOfACrashedWritersLogSeesItAndLeavesTheFileAlone() throws {
        // Given the files a writer left when it died: commits still in the -wal, not in the file
        let dir = try TemporaryDirectory()
        let live = dir.path("live.sqlite"), path = dir.path("crashed.sqlite")
        let writer = try AppDatabase.open(path: live)
        _ = try writer.insertAll { ins in try ins.insert(Customer(name: "In the log")) }
        for suffix in ["", "-wal", "-shm"] { try FileManager.default.copyItem(atPath: live + suffix, toPath: path + suffix) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When a read-only opening reads and closes
        do {
            let reader = try AppDatabase.open(path: path, mode: .readOnly)
            #expect(try reader.counts()["customer"] == 1)
        }
        // Then it saw the commit, and did not checkpoint the log into the file (as closing last would)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aMissingFileOrFolderIsRefusedUnlessCreating() throws {
        let dir = try TemporaryDirectory()
        #expect(throws: AppError.noDatabase(path: dir.path("x.sqlite"))) { try AppDatabase.open(path: dir.path("x.sqlite"), mode: .existing) }
        #expect(throws: AppError.noSuchFolder(path: dir.path("a/b/x.sqlite"), folder: dir.path("a/b"))) {
            try AppDatabase.open(path: dir.path("a/b/x.sqlite"), mode: .readOnly)
        }
        #expect(throws: AppError.isAFolder(path: dir.path(""))) { try AppDatabase.open(path: dir.path(""), mode: .create) }
        #expect(!FileManager.default.fileExists(atPath: dir.path("x.sqlite")))
    }
}

/// A flag one thread sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
