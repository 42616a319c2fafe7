import CNcurses
import Glibc
import RapportUI

extension CursesTerminal {
    /// Leaves curses for another program (`$EDITOR`) and comes back, as git and mutt do: the
    /// terminal's own modes and screen while `work` runs, then raw mode, bracketed paste and a
    /// full repaint from curses' copy of the screen (which `endwin` keeps).
    ///
    /// Ctrl-C and Ctrl-\ typed in the editor reach every process of the terminal's group:
    /// Rapport ignores them meanwhile, as git does, so only the editor decides what they do.
    public func handOver(_ work: () -> Void) {
        let previous = ignoring([SIGINT, SIGQUIT])
        defer { restoring(previous) }
        def_prog_mode()
        Self.leaveHandOverModes()
        if mouse { Self.disableMouse() }
        endwin()
        work()
        reset_prog_mode()
        Self.enterHandOverModes()
        if mouse { Self.enableMouse() }
        if let screen = rapport_stdscr() {
            clearok(screen, true)
            wrefresh(screen)
        }
    }

    /// Terminal modes Rapport turns on that the other program must not inherit.
    static func leaveHandOverModes() {
        _ = Glibc.write(1, Array("\u{1b}[?2004l".utf8), 8)
    }

    /// The modes again, once the terminal is back.
    static func enterHandOverModes() {
        _ = Glibc.write(1, Array("\u{1b}[?2004h".utf8), 8)
    }

    private func ignoring(_ signals: [Int32]) -> [(Int32, sigaction)] {
        signals.map { signal in
            var ignore = sigaction(), old = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&ignore.sa_mask)
            sigaction(signal, &ignore, &old)
            return (signal, old)
        }
    }

    private func restoring(_ actions: [(Int32, sigaction)]) {
        for (signal, action) in actions {
            var action = action
            sigaction(signal, &action, nil)
        }
    }
}
