import Foundation
import RapportStore
import Testing
@testable import RapportCLI

/// Exit status: 0 done, 1 refused or failed, 2 usage; as the README says.
@Suite(.serialized)
struct ExitStatusTests {
    let folder = NSTemporaryDirectory() + "rapport-exit-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1"]).run()
    }

    func code() throws -> String { try AppDatabase.open(path: db).projects(offset: 0, limit: 1)[0].code }

    @Test(arguments: [["punch", "list"], ["punch", "list", "--bogus", "X"], ["punch", "list", "X", "--format", "xml"],
                      ["no-such-command"], ["render", "--size", "huge"]])
    func usageMistakesExitTwo(arguments: [String]) {
        let outcome = RapportCommand.run(arguments + ["--db", db])
        #expect(outcome.status == 2, "\(arguments): \(outcome.status) \(outcome.message)")
        #expect(outcome.toStandardError)
    }

    @Test func helpExitsZeroOnStandardOutput() {
        let outcome = RapportCommand.run(["punch", "list", "--help"])
        #expect(outcome.status == 0 && !outcome.toStandardError && outcome.message.contains("USAGE"))
    }

    @Test func aChangeTheWorkflowRefusesExitsOne() throws {
        // Given an item moved to closed (done: exit 0)
        let item = "\(try code())#1"
        #expect(RapportCommand.run(["punch", "set", "--db", db, item, "status=closed"]).status == 0)
        // When it is voided, which the workflow forbids for a closed item
        let outcome = RapportCommand.run(["punch", "set", "--db", db, item, "status=void"])
        // Then nothing changed, the message says why, and the exit status is 1
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("nothing changed") && outcome.message.contains("closed"), "\(outcome.message)")
    }

    @Test func failuresExitOne() throws {
        #expect(RapportCommand.run(["punch", "list", "--db", db, "NOPE-0000"]).status == 1)
        #expect(RapportCommand.run(["punch", "set", "--db", db, "\(try code())#99999", "priority=1"]).status == 1)
        #expect(RapportCommand.run(["punch", "add", "--db", db, try code(), "!1"]).status == 1)
    }
}
