import Foundation
import Testing

/// `rapport backup` while another process writes: every copy is a sound database.
@Suite struct BackupWhileWritingTests {
    @Test func backupsTakenWhileAScriptWritesAreSound() throws {
        // Given a script adding punch items one after another to a seeded database
        let scratch = try Scratch()
        let database = try scratch.seededDatabase()
        let binary = try RapportBinary.require()
        let script = """
            i=0; while [ $i -lt 2000 ]; do "$0" punch add --db "$1" BER-0004 "backup race $i" >/dev/null; i=$((i+1)); done
            """
        let writer = try CrashSafetyTests.spawn("/bin/sh", ["-c", script, binary, database])
        defer {
            ChildProcesses.of(writer).forEach { kill($0, SIGKILL) }
            _ = CrashSafetyTests.kill(writer)
        }
        // When three backups are taken meanwhile
        for i in 0..<3 {
            usleep(300_000)
            let copy = scratch.url.appending(path: "copy-\(i).sqlite").path
            let backup = try Subprocess.run(binary, ["backup", "--db", database, copy], timeout: .seconds(60))
            #expect(backup.status == 0, "\(backup.output)")
            // Then each copy passes the integrity and foreign-key checks and lists the project
            let check = try Subprocess.run(binary, ["check", "--db", copy], timeout: .seconds(60))
            #expect(check.status == 0, "\(check.output)")
            let list = try Subprocess.run(binary, ["punch", "list", "--db", copy, "BER-0004"], timeout: .seconds(60))
            #expect(list.status == 0 && list.stdout.hasSuffix(" items\n"), "\(list.output)")
        }
    }
}
