import Foundation

/// Work started at once on a thread of its own, its result waited for later, once: the
/// dashboard opens its file (SQLite reading the schema, ≈ 4 ms) while the main thread reads
/// the theme and the time zone, starts the terminal and makes the first state.
final class Prepared<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once on the worker before `done` is signalled, read only after waiting for it.
    private var result: Result<Value, any Error>?

    /// Runs `work` and hands its result over.
    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the work and gives what it made or threw; call it once.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
