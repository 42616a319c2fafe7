import Foundation
import RapportStore
import Testing
@testable import RapportCLI

/// A rejected import, however broken the file, changes nothing and says why in one inert message.
@Suite(.serialized)
struct RejectedImportTests {
    let folder = NSTemporaryDirectory() + "rapport-reject-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Seed.parse(["--db", db, "--size", "s", "--seed", "1"]).run()
    }

    @Test func brokenFilesAreRefusedWholeAndLeaveTheProjectAsItWas() throws {
        let code = try AppDatabase.open(path: db).projects(offset: 0, limit: 1)[0].code
        let good = Array("Title,Priority,Due\r\nFirst ok,P1,2026-12-01\r\n\"Second, ok\",P2,\r\nThird,P3,2026-12-03\r\n".utf8)
        // Each a good file broken one way: truncated in a quote, a NUL, invalid UTF-8, a bad cell, a wide row
        let broken: [[UInt8]] = [
            Array(good.prefix(40)) + [0x22] + Array(good.dropFirst(40)).dropLast(3) + [0x22, 0x22, 0x0A, 0x22],
            good + Array("Fourth\u{0},P1,\r\n".utf8),
            good + [0x46, 0xC3, 0x28, 0x2C, 0x50, 0x31, 0x0D, 0x0A],
            good + Array("Fifth,P\u{1B}]52;c;eA==\u{07}9,\r\n".utf8),
            good + Array("Sixth,P1,2026-12-01,extra,more\r\n".utf8),
            good + Array("Seventh,P1,2026-13-45\r\n".utf8),
        ]
        let before = try RapportCommand.Punch.List.parse(["--db", db, code, "--status", "open", "--status", "closed",
                                                          "--status", "void", "--format", "json"]).output()
        for (i, bytes) in broken.enumerated() {
            let file = folder + "/broken-\(i).csv"
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let outcome = RapportCommand.run(["punch", "import", "--db", db, code, file])
            #expect(outcome.status == 1, "file \(i) was not refused: \(outcome.message)")
            #expect(outcome.message.contains("broken-\(i).csv"), "\(outcome.message)")
            #expect(HostileTextTests.isInert(outcome.message), "\(outcome.message.debugDescription)")
        }
        let after = try RapportCommand.Punch.List.parse(["--db", db, code, "--status", "open", "--status", "closed",
                                                         "--status", "void", "--format", "json"]).output()
        #expect(after == before)
    }
}
