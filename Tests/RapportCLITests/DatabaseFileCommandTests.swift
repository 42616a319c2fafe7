import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Nothing opens the wrong file: a typo is an error, creating is explicit, a read-only file is
/// shown read-only, looking leaves no trace, and paths that are folders say so.
// On the main actor: `render` and `open` run there, as ArgumentParser runs commands.
@Suite(.serialized) @MainActor
struct DatabaseFileCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-files-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1"]).run()
    }

    func code() throws -> String { try AppDatabase.open(path: db).projects(offset: 0, limit: 1)[0].code }

    func listing(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func aMistypedFolderIsAnErrorAndCreatesNothing() throws {
        let typo = folder + "/typo/deep/x.sqlite"
        let outcome = RapportCommand.run(["punch", "list", "--db", typo, "P"])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/typo"))
    }

    @Test(arguments: [["punch", "list", "P"], ["punch", "add", "P", "x"], ["render"], ["check"], ["open"]])
    func aMissingFileIsAnErrorAndCreatesNothing(command: [String]) throws {
        let missing = folder + "/missing.sqlite"
        let outcome = RapportCommand.run(command + ["--db", missing])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("no Rapport database there") || outcome.message.contains("terminal"), "\(outcome.message)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func initCreatesAndRefusesAnExistingFile() throws {
        let fresh = folder + "/new/firm.sqlite"
        #expect(RapportCommand.run(["init", fresh]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fresh))
        #expect(RapportCommand.run(["punch", "list", "--db", fresh, "P"]).message.contains("no project with code"))
        #expect(RapportCommand.run(["init", fresh]).status == 1)
    }

    @Test func aFolderAsTheDatabaseSaysSo() throws {
        let outcome = RapportCommand.run(["punch", "list", "--db", folder, "P"])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("is a folder"), "\(outcome.message)")
        #expect(!outcome.message.contains("disk I/O"))
    }

    @Test func exportToAFolderSaysSo() throws {
        let outcome = RapportCommand.run(["punch", "export", "--db", db, try code(), "-o", folder])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("is a folder"), "\(outcome.message)")
        #expect(!outcome.message.contains("NSCocoaErrorDomain"))
        let missing = RapportCommand.run(["punch", "export", "--db", db, try code(), "-o", folder + "/nope/x.csv"])
        #expect(missing.status == 1 && missing.message.contains("does not exist"), "\(missing.message)")
    }

    @Test func readingCommandsLeaveTheFileByteForByteAndNoWalBehind() throws {
        // Given a seeded file, checkpointed, with nothing beside it
        let code = try code()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let files = try listing(of: folder)
        // When it is listed, exported, rendered, checked and backed up
        for command in [["punch", "list", code], ["punch", "list", code, "--format", "json"], ["punch", "export", code],
                        ["render", "--size", "80x24", "--keys", "j j Tab"], ["check"], ["backup", folder + "/../b-\(UUID()).sqlite"]] {
            let outcome = RapportCommand.run(command + ["--db", db])
            #expect(outcome.status == 0, "\(command): \(outcome.message)")
        }
        // Then the file is unchanged to the byte, and no -wal or -shm is left beside it
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(try listing(of: folder) == files)
    }

    @Test func aReadOnlyFileOpensReadOnlyAndRefusesWrites() throws {
        // Given a database whose file is mode 0444
        let code = try code()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: db) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        // When it is listed, Then it is shown
        #expect(try RapportCommand.Punch.List.parse(["--db", db, code]).output().contains(" items\n"))
        // When a change is asked for, Then it is refused with a message that says read-only, exit 1
        let outcome = RapportCommand.run(["punch", "add", "--db", db, code, "Loose cable"])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("read-only"), "\(outcome.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(try listing(of: folder) == ["firm.sqlite"])
    }

    @Test func aReadOnlyFolderIsReadWithoutLeavingFiles() throws {
        // Given a database in a folder of mode 0555
        let code = try code()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder) }
        // When it is listed and rendered, Then both work, and nothing new is in the folder
        #expect(try RapportCommand.Punch.List.parse(["--db", db, code]).output().contains(" items\n"))
        #expect(RapportCommand.run(["render", "--db", db, "--size", "80x24"]).status == 0)
        #expect(try listing(of: folder) == ["firm.sqlite"])
        // And a change is refused as read-only
        let outcome = RapportCommand.run(["punch", "set", "--db", db, "\(code)#1", "priority=1"])
        #expect(outcome.status == 1 && outcome.message.contains("read-only"), "\(outcome.message)")
    }

    @Test func readOnlyOnPurposeRefusesWrites() throws {
        let code = try code()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let outcome = RapportCommand.run(["punch", "set", "--db", db, "--read-only", "\(code)#1", "priority=1"])
        #expect(outcome.status == 1 && outcome.message.contains("read-only"), "\(outcome.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func checkSaysWhatItFound() throws {
        let ok = RapportCommand.run(["check", "--db", db])
        #expect(ok.status == 0)
        let text = try RapportCommand.Check.parse(["--db", db]).output()
        #expect(text.contains("ok"))
    }

    @Test func dashboardExportNeverUsesTheCodeAsAPath() throws {
        // Given a project whose code climbs out of the folder
        let database = try AppDatabase.open(path: db)
        let id = try database.insertAll { ins in
            try ins.insert(Project(customerId: 1, code: "../escaped", name: "Escape", stage: .punch)).id!
        }
        let exports = folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        // When `:export` writes its file
        let path = try FileExporter(database: database, folder: exports).export(projectId: id, format: .csv, on: LocalDate(iso: "2026-11-27")!)
        // Then it is inside the folder, named from the code made safe
        #expect((path as NSString).deletingLastPathComponent == exports)
        #expect(try listing(of: exports) == ["___escaped-punch.csv"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/escaped-punch.csv"))
    }
}
