import CNcurses
import Glibc

/// The signal plumbing of the curses terminal: giving the terminal back when the process dies
/// some other way than `restore()`, and waking `poll(2)` when the window is resized.
///
/// A signal is delivered to any thread that does not block it, so a poll on the main thread
/// cannot count on being interrupted by SIGWINCH; the handler writes to a pipe that it polls too.
/// ncurses keeps its own SIGWINCH handler (it resizes its screen and reports `KEY_RESIZE`);
/// ours calls it first.
enum TerminalSignals {
    /// Signals that end the process: the terminal is given back, then the previous action runs.
    static let fatal: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]

    /// Arms the emergency restore: on exit(3) and on the fatal signals. Call before `newterm`,
    /// so ncurses, finding the signals handled, leaves SIGINT and SIGTERM to us.
    static func installRestoreHandlers() {
        if !atExitRegistered {
            atExitRegistered = true
            atexit { TerminalSignals.emergencyRestore() }
        }
        for signal in fatal { install(deferred.contains(signal) ? onDeferredSignal : onFatalSignal, for: signal, flags: 0) }
        cursesActive = true
    }

    /// Signals that ask the process to end (Ctrl-C from outside, `kill`, the terminal closing):
    /// noted and acted on between events, so a write in progress commits first; a second one
    /// while the first waits ends the process at once.
    static let deferred: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// A deferred signal that has arrived, or nil.
    static var pendingSignal: Int32? {
        let signal = pendingSignalNumber
        return signal == 0 ? nil : signal
    }

    /// Ends the process as `signal` would have, after the terminal was given back: the default
    /// action again, so the shell sees "terminated by SIGTERM"; exit 128+n if it is ignored.
    static func end(by signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        exit(128 + signal)
    }

    /// Chains onto ncurses' SIGWINCH handler; returns the end of a pipe that turns readable on resize.
    static func watchResize() -> Int32 {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return -1 }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        resizeWakeDescriptor = ends[1]
        install(onResize, for: SIGWINCH, flags: SA_RESTART)
        return ends[0]
    }

    /// Empties the resize pipe after poll said it was readable.
    static func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }

    /// Puts back every action replaced here and closes the resize pipe.
    static func uninstall(resizeDescriptor: Int32) {
        cursesActive = false
        for signal in fatal + [SIGWINCH] where installed[Int(signal)] {
            sigaction(signal, previousActions + Int(signal), nil)
            installed[Int(signal)] = false
        }
        if resizeDescriptor >= 0 { close(resizeDescriptor) }
        if resizeWakeDescriptor >= 0 { close(resizeWakeDescriptor) }
        resizeWakeDescriptor = -1
    }

    /// Tells the terminal to stop bracketing pastes; `write(2)` directly, as signal handlers may.
    static func disableBracketedPaste() {
        let off: [UInt8] = Array("\u{1b}[?2004l".utf8)
        _ = write(1, off, off.count)
    }

    // MARK: - Handlers

    private static func install(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        if sigaction(signal, &action, previousActions + Int(signal)) == 0 { installed[Int(signal)] = true }
    }

    /// Gives the terminal back if curses still holds it; safe from a signal handler and at exit.
    static func emergencyRestore() {
        guard cursesActive else { return }
        cursesActive = false
        disableBracketedPaste()
        CursesTerminal.disableMouse()
        endwin()
    }
}

// MARK: - State the handlers reach (set up on the main actor before any handler can run)

nonisolated(unsafe) private var cursesActive = false
nonisolated(unsafe) private var atExitRegistered = false
nonisolated(unsafe) private var resizeWakeDescriptor: Int32 = -1
nonisolated(unsafe) private var pendingSignalNumber: Int32 = 0
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
nonisolated(unsafe) private let installed: UnsafeMutablePointer<Bool> = {
    let flags = UnsafeMutablePointer<Bool>.allocate(capacity: Int(NSIG))
    flags.initialize(repeating: false, count: Int(NSIG))
    return flags
}()

private func onFatalSignal(_ signal: Int32) {
    TerminalSignals.emergencyRestore()
    sigaction(signal, previousActions + Int(signal), nil)
    // A fault returns to the faulting instruction and faults again, now into the previous
    // handler (Swift's backtracer, or the default); a signal sent from outside is sent again.
    switch signal {
    case SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT: raise(signal)
    default: break
    }
}

private func onDeferredSignal(_ signal: Int32) {
    guard pendingSignalNumber == 0 else { return onFatalSignal(signal) }
    let savedErrno = errno
    pendingSignalNumber = signal
    var byte: UInt8 = 1
    if resizeWakeDescriptor >= 0 { _ = write(resizeWakeDescriptor, &byte, 1) }  // wakes poll(2)
    errno = savedErrno
}

private func onResize(_ signal: Int32) {
    let savedErrno = errno
    let previous = previousActions[Int(signal)]
    if previous.sa_flags & SA_SIGINFO != 0 {
        previous.__sigaction_handler.sa_sigaction?(signal, nil, nil)
    } else if let handler = previous.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) != 1 {
        handler(signal)  // ncurses' handler (1 would be SIG_IGN, nil SIG_DFL)
    }
    var byte: UInt8 = 1
    _ = write(resizeWakeDescriptor, &byte, 1)
    errno = savedErrno
}
