import Foundation
import Testing

/// A writer killed with SIGKILL at random points, during imports and bursts of triage: the file
/// stays sound, an import is all or nothing, and every write reported as done is there.
@Suite struct CrashSafetyTests {
    static let rows = 10_000

    @Test func sigkillAtRandomLosesNothingAcknowledged() throws {
        // Given a seeded database, a 10,000-row CSV, and a fixed random sequence of kill times
        let scratch = try Scratch()
        let database = try scratch.seededDatabase()
        let binary = try RapportBinary.require()
        let csv = scratch.url.appending(path: "big.csv").path
        let body = (1...Self.rows).map { "Crash test row \($0),P\($0 % 3 + 1),open" }.joined(separator: "\n")
        try ("Title,Priority,Status\n" + body + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let ack = scratch.url.appending(path: "ack.txt").path
        var random = SystemRandomNumberGenerator()
        var items = try Self.count(binary, database, "BER-0016")
        var imports = 0, acknowledged = 0

        for round in 0..<24 {
            if round % 2 == 0 {
                // When an import is killed somewhere between start and end
                let pid = try Self.spawn(binary, ["punch", "import", "--db", database, "BER-0016", csv])
                usleep(UInt32.random(in: 50_000...4_000_000, using: &random))
                let finished = Self.kill(pid)
                // Then the project has all the rows or none of them
                let now = try Self.count(binary, database, "BER-0016")
                #expect(now == items || now == items + Self.rows, "round \(round): \(items) → \(now)")
                if now != items { imports += 1 }
                if finished { #expect(now == items + Self.rows, "an import that finished lost rows") }
                items = now
            } else {
                // When a shell adding items one by one (each noted once `punch add` said done) is killed
                let script = """
                    i=0; while [ $i -lt 400 ]; do
                      "$0" punch add --db "$1" BER-0004 "crash $2 $i !1" >/dev/null && echo "crash $2 $i" >> "$3"; i=$((i+1))
                    done
                    """
                let pid = try Self.spawn("/bin/sh", ["-c", script, binary, database, "\(round)", ack])
                usleep(UInt32.random(in: 100_000...1_500_000, using: &random))
                Self.killChildren(of: pid)
                _ = Self.kill(pid)
            }
            // And the file passes SQLite's integrity and foreign-key checks every time
            let check = try Subprocess.run(binary, ["check", "--db", database], timeout: .seconds(60))
            #expect(check.status == 0, "round \(round): \(check.output)")
        }
        // And every add that was reported done is in the list
        let done = ((try? String(contentsOfFile: ack, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        acknowledged = done.count
        let list = try Subprocess.run(binary, ["punch", "list", "--db", database, "BER-0004", "--filter", "crash"],
                                      timeout: .seconds(60)).stdout
        let missing = done.filter { !list.contains($0 + " ") }
        #expect(missing.isEmpty, "acknowledged but missing: \(missing.prefix(5))")
        #expect(acknowledged > 0, "no add finished before its kill; the kill times are too short")
        print("crash safety: \(imports) of 12 imports completed, \(acknowledged) acknowledged adds all present")
    }

    // MARK: - Helpers

    /// The items of `project` in every status, from the table's last line ("N items").
    static func count(_ binary: String, _ database: String, _ project: String) throws -> Int {
        let out = try Subprocess.run(binary, ["punch", "list", "--db", database, project, "--status", "open",
                                              "--status", "closed", "--status", "void"], timeout: .seconds(60)).stdout
        return Int(out.split(separator: "\n").last?.split(separator: " ").first ?? "") ?? -1
    }

    /// Starts `executable` with no input and output, returning at once.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Subprocess.Failure(description: "cannot run \(executable): \(spawned)") }
        return pid
    }

    /// SIGKILLs `pid` unless it has ended; true when it had already finished with status 0.
    static func kill(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { return status == 0 }
        Glibc.kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return status == 0
    }

    /// SIGKILLs the children of `pid` (the `rapport` a shell is running), mid-write if they are.
    static func killChildren(of pid: pid_t) {
        for child in ChildProcesses.of(pid) { Glibc.kill(child, SIGKILL) }
    }
}
