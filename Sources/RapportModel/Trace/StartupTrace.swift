import Foundation

/// Marks along the dashboard's start, for the benchmark: with `RAPPORT_TRACE_START=FILE` set,
/// each phase notes the monotonic clock (the clock `rapport-bench` spawns by) and the first
/// frame writes `label nanoseconds` lines to FILE. Unset, a mark costs one test of a constant.
public enum StartupTrace {
    private static let path: String? = {
        guard let value = getenv("RAPPORT_TRACE_START") else { return nil }
        let path = String(cString: value)
        return path.isEmpty ? nil : path
    }()

    // Only the main thread marks, and only before the first frame.
    nonisolated(unsafe) private static var marks: [(label: StaticString, nanoseconds: UInt64)] = []
    nonisolated(unsafe) private static var finished = false

    public static func mark(_ label: StaticString) {
        guard path != nil, !finished else { return }
        marks.append((label, now()))
    }

    /// The last mark (the first frame is on the screen): writes the file once.
    public static func finish(_ label: StaticString) {
        guard let path, !finished else { return }
        mark(label)
        finished = true
        let text = marks.map { "\($0.label) \($0.nanoseconds)\n" }.joined()
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
