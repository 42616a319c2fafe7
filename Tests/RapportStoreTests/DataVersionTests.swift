import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// The UI polls `dataVersion()` to notice that another Rapport (or a script) changed the file.
@Suite struct DataVersionTests {
    @Test func anotherConnectionsCommitChangesTheVersion() throws {
        // Given Rapport showing a database, and a second process with the same file open
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        let screen = try AppDatabase.open(path: path)
        let script = try AppDatabase.open(path: path)
        let before = try screen.dataVersion()
        // When nothing happens, the version stays put (no needless reloads)
        #expect(try screen.dataVersion() == before)
        _ = try screen.projects(offset: 0, limit: 10)
        #expect(try screen.dataVersion() == before)
        // When the other connection commits a change
        _ = try script.insertAll { ins in try ins.insert(Customer(name: "Acme Corp")) }
        // Then the version the screen sees has changed, and the screen can read the new row
        let after = try screen.dataVersion()
        #expect(after != before)
        #expect(try screen.counts()["customer"] == 1)
        // And it changes again with the next commit from outside
        _ = try script.insertAll { ins in try ins.insert(Customer(name: "Globex")) }
        #expect(try screen.dataVersion() != after)
    }

    @Test func aFailedWriteElsewhereDoesNotChangeTheVersion() throws {
        // Given two connections to one file
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        let screen = try AppDatabase.open(path: path)
        let script = try AppDatabase.open(path: path)
        let before = try screen.dataVersion()
        // When the other connection's write is rolled back (a punch item for a missing project)
        #expect(throws: (any Error).self) {
            try script.insertAll { ins in
                try ins.insert(Customer(name: "Acme Corp"))
                try ins.insert(PunchItem(projectId: 42, number: 1, title: "x", createdAt: .now, updatedAt: .now))
            }
        }
        // Then nothing was committed, and the screen need not reload
        #expect(try screen.dataVersion() == before)
    }
}

/// The dashboard's checkpoint runs off the main thread on the background connection.
@Suite struct BackgroundCheckpointTests {
    @Test func aCheckpointOffTheMainThreadDoesNotWaitForTheMainConnectionsWrite() throws {
        // Given a file in WAL mode opened as the dashboard opens it (one connection, and one for the background)
        let dir = try TemporaryDirectory()
        let path = dir.path("rapport.sqlite")
        _ = try AppDatabase.open(path: path)
        let database = try AppDatabase.open(path: path)
        _ = try database.insertAll { ins in try ins.insert(Customer(name: "Acme Corp")) }
        // When a checkpoint is asked for from another thread while the main connection is mid-write
        let done = DispatchSemaphore(value: 0)
        let finished = try database.writer.write { db -> Bool in
            try db.execute(sql: "UPDATE customer SET name = 'Acme Corporation'")
            Thread { try? database.checkpoint(); done.signal() }.start()
            // Then it finishes without waiting for the write (on the writer it would wait for ever here)
            return done.wait(timeout: .now() + 10) == .success
        }
        #expect(finished)
    }
}
