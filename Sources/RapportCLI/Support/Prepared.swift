import Foundation

/// Work started at once on a thread of its own, its result waited for later, once: the
/// dashboard opens its file (SQLite reading the schema, ≈ 3 ms) while the main thread reads
/// the theme and the time zone.
final class Prepared<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once on the worker before `done` is signalled, read only after waiting for it.
    private var result: Result<Value, any Error>?

    /// Runs `work`, hands its result over, then runs `after` with it on the same thread.
    init(_ work: @escaping @Sendable () throws -> Value, after: @escaping @Sendable (Value) -> Void = { _ in }) {
        Thread.detachNewThread { [self] in
            let made = Result { try work() }
            result = made
            done.signal()
            if case .success(let value) = made { after(value) }
        }
    }

    /// Waits for the work and gives what it made or threw; call it once.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
