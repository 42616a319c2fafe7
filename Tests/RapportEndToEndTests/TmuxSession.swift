import Foundation
import Testing

/// A detached tmux session on a server of its own, so tests never touch the user's tmux,
/// driving a program through a real terminal: keys in, screen text out.
///
/// The server's socket (`tmux -S`) lives in the session's temporary directory rather than
/// under a name in /tmp/tmux-UID (`-L`), where tmux leaves the socket file behind when killed.
///
/// The pane stays after its program ends (`remain-on-exit`), so a test can read what was
/// printed last. The server is killed by `kill()`, and at the latest when the session goes away.
final class TmuxSession {
    /// Whether these tests can run: tmux is installed, or CI is set and they must run (and fail).
    static var isUsable: Bool { tmux != nil || isCI }
    static let skipReason: Comment = "tmux is not installed; end-to-end tests need it (with CI set they fail instead)"

    static let tmux = Subprocess.which("tmux")
    static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? ""
        return !value.isEmpty && value != "false" && value != "0"
    }

    let name: String
    private let tmuxPath: String
    private let directory: URL
    private var socket: String { directory.appending(path: "tmux.sock").path }
    private var killed = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (run by sh) in a `columns` × `rows` window, with a UTF-8 locale, UTC and
    /// a fixed clock, and config and data directories of its own.
    init(command: String, columns: Int = 120, rows: Int = 40, environment: [String: String] = [:]) throws {
        guard let tmuxPath = Self.tmux else {
            throw Failure(description: "tmux is not on PATH and CI is set: install tmux (apt-get install tmux)")
        }
        self.tmuxPath = tmuxPath
        name = "rapport-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appending(path: name)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appending(path: "tmux.conf")
        try "set -g remain-on-exit on\nset -g history-limit 0\nset -g set-clipboard on\n".write(to: config, atomically: true, encoding: .utf8)

        let fixed = ["LANG": "C.UTF-8", "TZ": "UTC", "RAPPORT_NOW": "2026-11-27T09:00",
                     "XDG_CONFIG_HOME": directory.appending(path: "config").path,
                     "XDG_DATA_HOME": directory.appending(path: "data").path]
        let variables = fixed.merging(environment) { $1 }.sorted { $0.key < $1.key }
            .flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["-f", config.path, "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)"]
            + variables + ["sh", "-c", command])
    }

    deinit { kill() }

    /// tmux's newest paste buffer: what a program last put on the clipboard with OSC 52.
    func clipboard() throws -> String {
        try tmux(["show-buffer"])
    }

    // MARK: - Driving

    /// Presses keys, named as tmux names them: `q`, `?`, `Escape`, `Tab`, `BTab`, `C-c`, `Up`.
    func send(keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The screen as text (trailing blanks trimmed); `styled` keeps the colour and attribute escapes.
    func screen(styled: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (styled ? ["-e"] : []))
    }

    /// A tmux format about the pane, e.g. `#{alternate_on}` or `#{cursor_flag}`.
    func pane(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Ends the session and its server; safe to call more than once.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? Subprocess.run(tmuxPath, ["-u", "-S", socket, "kill-server"], environment: Self.environment, timeout: .seconds(10))
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Waiting

    /// Waits until `text` shows on the screen; returns that screen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(15)) async throws -> String {
        try await waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen every 50 ms until `condition` holds; fails printing the last screen.
    @discardableResult
    func waitUntil(_ what: String, styled: Bool = false, timeout: Duration = .seconds(15),
                   _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while true {
            last = try screen(styled: styled)
            if condition(last) { return last }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "timed out after \(timeout) waiting for \(what); the screen was:\n\(Self.framed(last))")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits until the screen has not changed for `quiet` (the program has finished painting,
    /// data loaded); returns it.
    @discardableResult
    func waitForStableScreen(styled: Bool = false, quiet: Duration = .milliseconds(300),
                             timeout: Duration = .seconds(15)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = try screen(styled: styled), since = ContinuousClock.now
        while ContinuousClock.now - since < quiet {
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the screen kept changing for \(timeout); last:\n\(Self.framed(last))")
            }
            try await Task.sleep(for: .milliseconds(50))
            let now = try screen(styled: styled)
            if now != last { (last, since) = (now, ContinuousClock.now) }
        }
        return last
    }

    /// A screen between rules, so blank lines at its end still show in a failure message.
    static func framed(_ screen: String) -> String {
        let rule = String(repeating: "-", count: 40)
        return "\(rule)\n\(screen)\(screen.hasSuffix("\n") ? "" : "\n")\(rule)"
    }

    // MARK: - tmux

    /// The environment tmux commands run with: no $TMUX, so an outer tmux is never the target,
    /// and a UTF-8 locale (with `-u`), so captured screens keep their non-ASCII text in CI too.
    private static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        environment["LC_ALL"] = nil
        environment["LANG"] = "C.UTF-8"
        return environment
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(tmuxPath, ["-u", "-S", socket] + arguments, environment: Self.environment, timeout: .seconds(10))
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }
}
