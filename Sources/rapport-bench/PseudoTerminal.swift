import Foundation

/// A program run on a pseudo-terminal, as a user's terminal emulator runs it: the harness holds
/// the master side, writes keys into it and times the bytes the program writes back.
///
/// The child gets the slave side as stdin, stdout and stderr in a new session, with the window
/// size set before exec, so ncurses sees a real terminal of that size. `posix_spawn` rather than
/// `forkpty`: forking a multi-threaded Swift process is unsafe before exec.
final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    /// The slave side's path, to ask how much of what was written the program has not read yet.
    private let slavePath: String
    /// When exec was asked for, on the monotonic clock (ns).
    let started: UInt64
    /// Every byte the program wrote so far (the harness checks what screens said).
    private(set) var output: [UInt8] = []
    private(set) var exited = false

    init?(_ arguments: [String], environment: [String: String], rows: Int, columns: Int) {
        // posix_openpt, unlockpt and ptsname are not in Swift's Glibc module: their Linux ioctls.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.TIOCSPTLCK, &unlock) == 0, ioctl(master, Self.TIOCGPTN, &number) == 0 else {
            if master >= 0 { close(master) }
            return nil
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        let slavePath = "/dev/pts/\(number)"
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { close(master); return nil }
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.POSIX_SPAWN_SETSID)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = Self.nanoseconds()
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        close(slave)
        guard status == 0 else { close(master); return nil }
        self.pid = pid
        self.master = master
        self.slavePath = slavePath
        started = start
        output.reserveCapacity(1 << 16)
    }

    deinit { finish() }

    // Linux's values (asm-generic/ioctls.h, glibc spawn.h); function-like macros do not import.
    private static let TIOCSPTLCK: UInt = 0x4004_5431
    private static let TIOCGPTN: UInt = 0x8004_5430
    private static let POSIX_SPAWN_SETSID: Int16 = 0x80

    /// Ends the program (SIGTERM, then SIGKILL if it lingers) and reaps it.
    func finish() {
        if !exited {
            kill(pid, SIGTERM)
            if !waitForExit(milliseconds: 2000) {
                kill(pid, SIGKILL)
                _ = waitForExit(milliseconds: -1)
            }
        }
        if !closed { close(master); closed = true }
    }

    private var closed = false

    /// Waits until the program has exited, reading (and keeping) what it writes meanwhile.
    @discardableResult
    func waitForExit(milliseconds: Int) -> Bool {
        let deadline = milliseconds < 0 ? UInt64.max : Self.nanoseconds() + UInt64(milliseconds) * 1_000_000
        while !exited {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            if Self.nanoseconds() >= deadline { return false }
            _ = readAvailable(timeoutMilliseconds: 5)
        }
        return true
    }

    /// Writes `bytes` (a key) to the program; returns when they were written (ns).
    @discardableResult
    func send(_ bytes: [UInt8]) -> UInt64 {
        let at = Self.nanoseconds()
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        return at
    }

    /// Reads a program's first frame and what follows it. The frame ends at its first pause of
    /// `gap` ms once `atLeast` bytes came (a frame goes out in one or two writes, back to back);
    /// reading goes on until nothing comes for `quiet` ms, when the screen has settled (a count
    /// from the background drawn a frame later). Returns both last bytes' times (ns), nil when
    /// nothing came.
    func readFirstFrame(atLeast: Int, gap: Int, quiet: Int, limit: Int = 10_000) -> (frame: UInt64?, settled: UInt64?) {
        let deadline = Self.nanoseconds() + UInt64(limit) * 1_000_000
        let frame = readBurst(atLeast: atLeast, quiet: gap, limit: limit)
        var settled = frame
        while frame != nil, Self.nanoseconds() < deadline,
              let later = readBurst(quiet: quiet, firstByte: quiet, limit: limit) { settled = later }
        return (frame, settled)
    }

    /// Reads until at least `atLeast` bytes came since the call and then nothing for `quiet`
    /// milliseconds (or the program exited, or `limit` ms passed). Returns when the last byte
    /// of that burst arrived (ns), or nil when nothing came.
    /// `firstByte` bounds the wait for the burst's first byte (a key that changes nothing).
    func readBurst(atLeast: Int = 1, quiet: Int, firstByte: Int? = nil, limit: Int = 10_000) -> UInt64? {
        let deadline = Self.nanoseconds() + UInt64(limit) * 1_000_000
        var got = 0
        var last: UInt64?
        while Self.nanoseconds() < deadline {
            let wait = got >= atLeast ? quiet : got > 0 ? min(quiet * 10, limit) : firstByte ?? min(quiet * 10, limit)
            let n = readAvailable(timeoutMilliseconds: wait)
            if n > 0 {
                got += n
                last = Self.nanoseconds()
            } else if n < 0 || got >= atLeast || got == 0 && firstByte != nil {
                break  // the program closed its side, or the burst is over
            }
        }
        return last
    }

    /// Reads until the program is idle: it has read every byte written to it, each of its
    /// threads is asleep (none is running or waiting on the disk) and it wrote nothing for
    /// `quiet` ms; or `limit` ms passed. Returns when the last byte came (ns), or nil when none did.
    ///
    /// Waiting for idle rather than for a screen means a key that changes nothing costs `quiet`,
    /// not a whole time-out, and work that writes late (a count from the background) is waited for.
    func readUntilIdle(quiet: Int = 5, limit: Int = 5000) -> UInt64? {
        let deadline = Self.nanoseconds() + UInt64(limit) * 1_000_000
        var last: UInt64?
        while Self.nanoseconds() < deadline {
            let n = readAvailable(timeoutMilliseconds: quiet)
            if n > 0 { last = Self.nanoseconds(); continue }
            if n < 0 || unreadInput() == 0 && threadsAsleep() { break }
        }
        return last
    }

    /// Bytes written to the program that it has not read yet (the slave side's input queue).
    private func unreadInput() -> Int32 {
        let fd = open(slavePath, O_RDONLY | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var count: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &count) == 0 ? count : 0
    }

    /// True when every thread of the program is sleeping (state S in `/proc/PID/task/*/stat`).
    private func threadsAsleep() -> Bool {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return true }
        return tasks.allSatisfy { task in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return true }  // the thread has ended
            return stat[stat.index(after: close)...].dropFirst().first == "S"
        }
    }

    /// One poll and one read; bytes read, 0 on timeout, -1 when the slave side is closed.
    private func readAvailable(timeoutMilliseconds: Int) -> Int {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(timeoutMilliseconds))
        guard ready > 0 else { return 0 }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(master, &buffer, buffer.count)
        if n <= 0 { return -1 }
        output += buffer[0..<n]
        return n
    }

    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func milliseconds(from start: UInt64, to end: UInt64) -> Double {
        Double(end &- start) / 1e6
    }
}
