import Foundation

/// Work on a worker thread: each piece runs in turn off the main thread, and its result waits
/// in an inbox until the main loop takes it; a byte on a pipe wakes the loop's `poll(2)`.
/// Slow effects answer an action; a read ahead answers the actions of its reads.
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let queue: DispatchQueue
    private let lock = NSLock()
    /// Finished results, oldest first, each with the ticket it was submitted under.
    private var inbox: [(ticket: Int, result: Result)] = []
    private var descriptors: [Int32] = [-1, -1]

    init(label: String) {
        queue = DispatchQueue(label: label)
        if pipe(&descriptors) == 0 {
            for fd in descriptors { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        }
    }

    deinit {
        for fd in descriptors where fd >= 0 { close(fd) }
    }

    /// The descriptor that turns readable when a result is waiting.
    var wakeDescriptor: Int32 { descriptors[0] }

    /// Runs `work` on the worker thread; its result lands in the inbox under `ticket`.
    func submit(ticket: Int, _ work: @escaping @Sendable () -> Result) {
        queue.async { [self] in
            let result = work()
            lock.withLock { inbox.append((ticket, result)) }
            var byte: UInt8 = 1
            _ = write(descriptors[1], &byte, 1)
        }
    }

    /// Takes every finished result, and empties the pipe.
    func takeFinished() -> [(ticket: Int, result: Result)] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptors[0], &buffer, buffer.count) > 0 {}
        return lock.withLock {
            defer { inbox.removeAll() }
            return inbox
        }
    }
}

/// Waits until a result is waiting behind any of `descriptors` (`wakeDescriptor`s) or
/// `milliseconds` pass; for tests and `rapport render`.
func waitForResults(_ descriptors: [Int32], milliseconds: Int32) {
    var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    _ = poll(&polled, nfds_t(polled.count), milliseconds)
}
