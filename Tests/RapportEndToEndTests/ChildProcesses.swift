import Foundation

/// The children of a process, read from /proc (no procps needed on a bare CI image).
enum ChildProcesses {
    /// Process ids whose parent is `pid`, optionally only those running `name`.
    static func of(_ pid: pid_t, named name: String? = nil) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { child in
            // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")"), let open = stat.firstIndex(of: "(") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, Int32(fields[1]) == pid else { return false }
            return name.map { String(stat[stat.index(after: open)..<close]) == $0 } ?? true
        }
    }
}
