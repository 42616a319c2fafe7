import CNcurses
import Glibc

extension CursesTerminal {
    /// Button presses and releases (1000) in SGR coordinates (1006); ncurses is told to leave
    /// the reports alone (no `kmous`), so `InputDecoder` reads them as the bytes they are.
    nonisolated static func enableMouse() {
        define_key("\u{1b}[<", 0)
        define_key("\u{1b}[M", 0)
        let on = Array("\u{1b}[?1000h\u{1b}[?1006h".utf8)
        _ = Glibc.write(1, on, on.count)
    }

    /// Mouse reports off; written with `write(2)` alone, so signal handlers may call it, and
    /// harmless when they were never on.
    nonisolated static func disableMouse() {
        let off = Array("\u{1b}[?1006l\u{1b}[?1000l".utf8)
        _ = Glibc.write(1, off, off.count)
    }
}
