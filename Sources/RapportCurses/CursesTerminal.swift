import CNcurses
import Glibc
import RapportModel
import RapportUI

/// The real terminal, through ncursesw: the only code in Rapport that talks to curses.
///
/// The screen is drawn from a finished `Canvas` and refreshed once per frame; ncurses works
/// out what changed. Input is read in raw mode (Ctrl-C arrives as the key `C-c`, so the app
/// quits through its own path and gives the terminal back), without blocking, after a
/// `poll(2)` on the terminal, so the event loop never spins.
@MainActor
public final class CursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    /// Each style's attributes and pair, and the characters made in it.
    private var encoder: CursesCells
    private var decoder = InputDecoder()
    /// Keys that terminfo knows only as extended capabilities, by the code ncurses gave them.
    private var extendedKeys: [Int32: Key] = [:]
    private let resizeDescriptor: Int32
    private var restored = false
    /// Whether the cursor is shown now, so `curs_set` is called only when that changes.
    private var cursorVisible = false
    /// Clusters ncurses cannot hold in a cell, written over the blanks it draws for them.
    private var overlay = ClusterOverlay()
    /// The canvas on the screen now, and the window size it was drawn at: rows that did not
    /// change are not built into ncurses cells again (about 2,000 instructions a cell).
    private var shown: (canvas: Canvas, rows: Int, columns: Int)?

    /// Extra descriptors `nextEvents` also waits on (the runtime's wake pipe); when one turns
    /// readable, `nextEvents` returns, and draining it is the caller's job.
    public var wakeDescriptors: [Int32] = []

    /// Key codes given to the bracketed-paste markers, past the last code ncurses uses.
    private static let pasteStartCode = KEY_MAX + 1
    private static let pasteEndCode = KEY_MAX + 2
    /// How long ncurses waits after Esc for the rest of a sequence; long enough for a terminal
    /// on a slow link, short enough that Esc alone feels immediate.
    private static let escapeDelay: Int32 = 25

    /// Clicks and the wheel are reported (SGR 1006); off, the terminal's own selection works.
    let mouse: Bool

    /// Takes over the terminal: raw input, no echo, the alternate screen, colours, bracketed
    /// paste, and mouse reports unless `mouse` is false.
    public init(mouse: Bool = true) throws {
        self.mouse = mouse
        guard isatty(0) == 1, isatty(1) == 1 else { throw AppError.notATerminal }
        Self.chooseLocale()
        // Asked before newterm, which would already write to a terminal that cannot take it.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch rapport_term_usability() {
        case 0: throw AppError.terminalUnavailable(term: term)
        case -1: throw AppError.terminalTooLimited(term: term)
        default: break
        }
        TerminalSignals.installRestoreHandlers()
        let direct = ColorDepth.directEntry(term: term, colors: Int(rapport_term_colors(nil)),
                                            environment: ColorDepth.colorEnvironment,
                                            colorsOf: { Int(rapport_term_colors($0)) })
        let screen = direct.map { rapport_newterm_named($0) } ?? rapport_newterm()
        guard screen != nil, let window = rapport_stdscr() else {
            TerminalSignals.uninstall(resizeDescriptor: -1)
            throw AppError.terminalUnavailable(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.window = window
        // ncurses 6.4 flushes its output at every cursor move until the screen has been left and
        // come back to once (`_endwin` stays `ewInitial`): about 150 writes to the terminal for one
        // opened view. Leaving it now, before anything is drawn, makes each frame one or two writes;
        // the first refresh comes back (program modes, alternate screen) as after an editor.
        endwin()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(Self.escapeDelay)
        curs_set(0)
        if has_colors(), !ColorDepth.noColorRequested {
            start_color()
            let hasDefault = use_default_colors() == OK
            encoder = CursesCells(palette: ColorPalette(count: Int(rapport_colors()), hasDefaultColors: hasDefault))
        } else {
            encoder = CursesCells(palette: nil)
        }
        extendedKeys = Self.extendedKeyCodes()
        define_key("\u{1b}[200~", Self.pasteStartCode)
        define_key("\u{1b}[201~", Self.pasteEndCode)
        resizeDescriptor = TerminalSignals.watchResize()
        Self.write("\u{1b}[?2004h")
        if mouse { Self.enableMouse() }
    }

    public var size: Size {
        Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    /// Gives the terminal back: bracketed paste off, cursor and modes as they were, the shell's screen.
    public func restore() {
        guard !restored else { return }
        restored = true
        TerminalSignals.disableBracketedPaste()
        if mouse { Self.disableMouse() }
        endwin()
        TerminalSignals.uninstall(resizeDescriptor: resizeDescriptor)
    }

    /// OSC 52 with the text in base64: the terminal (or tmux with `set-clipboard on`, or the
    /// terminal at the far end of SSH) sets its clipboard; written past ncurses, as it moves no cursor.
    public func copyToClipboard(_ text: String) {
        Self.write(Self.osc52(text))
    }

    nonisolated static func osc52(_ text: String) -> String {
        "\u{1b}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
    }

    /// RFC 4648 base64 with padding; here rather than Foundation's, which this module does not load.
    nonisolated static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(n > 1 ? alphabet[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(n > 2 ? alphabet[Int(v & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Output

    /// Copies the canvas to ncurses' screen a row at a time and refreshes once.
    ///
    /// `wadd_wchnstr` takes one entry per character, a wide one filling two cells, and never moves
    /// the cursor, so the bottom-right cell is written without the terminal scrolling.
    public func present(_ canvas: Canvas) {
        guard !restored else { return }
        let rows = Int(getmaxy(window)), columns = Int(getmaxx(window))
        var line: [cchar_t] = []
        line.reserveCapacity(columns + 1)
        overlay.begin()
        let last = shown.flatMap { $0.rows == rows && $0.columns == columns && $0.canvas.size == canvas.size ? $0.canvas : nil }
        for y in 0..<rows {
            // A row as it was, with no cluster drawn over it, is still right on the screen; a row
            // that changed in a few cells is rewritten only from its first changed cell to its last.
            if let last, y < canvas.size.rows, !overlay.hadOverlay(row: y) {
                let spans = Self.changedSpans(y, last, canvas)
                if spans.isEmpty { continue }
                if canvas.size.columns == columns, spans.allSatisfy({ writeSpan($0, row: y, of: canvas, into: &line) }) {
                    continue
                }
            }
            line.removeAll(keepingCapacity: true)
            var used = 0
            var firstCluster: Int?
            let width = y < canvas.size.rows ? min(canvas.size.columns, columns) : 0
            for x in 0..<width {
                let cell = Self.cell(x, y, of: canvas, columns: columns)
                if used > x { continue }
                if ClusterOverlay.needsOverlay(cell) {
                    firstCluster = firstCluster ?? x
                    for _ in 0..<Int(cell.width) { line.append(encoder.blank(cell.style)) }
                    used += Int(cell.width)
                } else {
                    used += encoder.append(cell, to: &line)
                }
            }
            // The row's cells go to the overlay only when it has a cluster (most rows have none).
            if let firstCluster {
                overlay.add(row: y, from: firstCluster, cells: (0..<width).map { Self.cell($0, y, of: canvas, columns: columns) })
            }
            while used < columns {
                line.append(encoder.blank(.plain))
                used += 1
            }
            wmove(window, Int32(y), 0)
            wadd_wchnstr(window, line, Int32(line.count))
        }
        for row in overlay.staleRows where row < rows { wredrawln(window, Int32(row), 1) }
        placeCursor(canvas.cursorPlacement, rows: rows, columns: columns)
        wrefresh(window)
        let bytes = overlay.bytes(look: { let look = self.encoder.look(for: $0); return (look.attributes, look.pair) },
                                  rows: rows, columns: columns, cursorRow: getcury(window), cursorColumn: getcurx(window))
        if !bytes.isEmpty { _ = Glibc.write(1, bytes, bytes.count) }
        shown = (canvas, rows, columns)
    }

    /// The canvas's cell, or a blank in its style where a canvas wider than the screen (drawn
    /// before a resize) would cut a wide character.
    private static func cell(_ x: Int, _ y: Int, of canvas: Canvas, columns: Int) -> Cell {
        let cell = canvas[x, y]
        return x + Int(cell.width) > columns ? Cell(style: cell.style) : cell
    }

    /// The runs of columns of row `y` that differ between two canvases of one size, each widened
    /// to whole wide characters, left to right; empty when the row is the same. Changed cells
    /// less than `gap` apart are one run: a focus move changes a pane's two borders, not the
    /// seventy cells between them.
    nonisolated static func changedSpans(_ y: Int, _ a: Canvas, _ b: Canvas, gap: Int = 8) -> [ClosedRange<Int>] {
        let columns = a.size.columns, row = y * columns
        var spans: [ClosedRange<Int>] = []
        var x = 0
        while x < columns {
            guard a.cells[row + x] != b.cells[row + x] else { x += 1; continue }
            var lo = x, hi = x, unchanged = 0
            x += 1
            while x < columns, unchanged < gap {
                if a.cells[row + x] != b.cells[row + x] { hi = x; unchanged = 0 } else { unchanged += 1 }
                x += 1
            }
            // A continuation cell is the right half of the character before it: start there.
            while lo > 0, a[lo, y].width == 0 || b[lo, y].width == 0 { lo -= 1 }
            while hi + 1 < columns, a[hi + 1, y].width == 0 || b[hi + 1, y].width == 0 { hi += 1 }
            if let previous = spans.last, previous.upperBound + 1 >= lo {
                spans[spans.count - 1] = previous.lowerBound...max(previous.upperBound, hi)
            } else {
                spans.append(lo...hi)
            }
            x = max(x, hi + 1)
        }
        return spans
    }

    /// Writes the cells of `span` of row `y` where they are; false (nothing written) when a cell
    /// there needs the cluster overlay, which redraws whole rows. (One outside the span would have
    /// been overlaid in the last frame too, and such rows never come here.)
    private func writeSpan(_ span: ClosedRange<Int>, row y: Int, of canvas: Canvas, into line: inout [cchar_t]) -> Bool {
        let row = y * canvas.size.columns
        // Cells read in place, not copied out one by one (a retain and a release each).
        let written = canvas.cells.withUnsafeBufferPointer { cells -> Bool in
            for x in span where ClusterOverlay.needsOverlay(cells[row + x]) { return false }
            line.removeAll(keepingCapacity: true)
            var used = span.lowerBound
            for x in span where used <= x {
                used += encoder.append(cells[row + x], to: &line)
            }
            return true
        }
        guard written else { return false }
        wmove(window, Int32(y), Int32(span.lowerBound))
        wadd_wchnstr(window, line, Int32(line.count))
        return true
    }

    /// Puts the cursor where the canvas asks (`wrefresh` leaves the terminal's cursor at the
    /// window's), shown or hidden; a place off the screen (a canvas from before a resize) hides it.
    private func placeCursor(_ placement: (position: CursorPosition, visible: Bool)?, rows: Int, columns: Int) {
        let place = placement.flatMap { $0.position.x >= 0 && $0.position.x < columns && $0.position.y >= 0 && $0.position.y < rows ? $0 : nil }
        if let place { wmove(window, Int32(place.position.y), Int32(place.position.x)) }
        let visible = place?.visible ?? false
        if visible != cursorVisible {
            cursorVisible = visible
            curs_set(cursorVisible ? 1 : 0)
        }
    }

    // MARK: - Input

    /// Returns what is waiting; if nothing, blocks in poll(2) until input, a resize, a wake
    /// descriptor or the timeout. A negative timeout waits for ever.
    public func nextEvents(timeoutMilliseconds: Int32) -> [TerminalEvent] {
        guard !restored else { return [] }
        // Between events nothing is being written, so a signal to end is acted on here.
        endIfSignalled()
        // ncurses may hold keys already read from the descriptor (the rest of an unknown
        // sequence, a pending KEY_RESIZE) that poll would not report.
        var events = readEvents()
        if !events.isEmpty { return events }
        let deadline = timeoutMilliseconds >= 0 ? Self.now() + Int64(timeoutMilliseconds) : nil
        while events.isEmpty {
            let remaining = deadline.map { Int32(clamping: max(0, $0 - Self.now())) } ?? -1
            var descriptors = ([0, resizeDescriptor] + wakeDescriptors).filter { $0 >= 0 }
                .map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), remaining)
            if ready < 0, errno != EINTR { return readEvents() }
            if descriptors.contains(where: { $0.fd == resizeDescriptor && $0.revents != 0 }) {
                TerminalSignals.drain(resizeDescriptor)
            }
            endIfSignalled()
            events = readEvents()
            let woken = descriptors.contains { wakeDescriptors.contains($0.fd) && $0.revents != 0 }
            if woken || ready == 0 || remaining == 0 { break }
        }
        return events
    }

    private func readEvents() -> [TerminalEvent] {
        var inputs: [RawInput] = []
        var character: wint_t = 0
        // Bounded, so a huge paste cannot keep the screen from painting; the rest comes next call.
        while inputs.count < 4096 {
            let result = wget_wch(window, &character)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                if let key = extendedKeys[Int32(character)] {
                    inputs.append(.key(key))
                } else if let input = Self.input(forKeyCode: Int32(character)) {
                    inputs.append(input)
                }
            } else {
                inputs.append(.scalar(UInt32(character)))
            }
        }
        return inputs.isEmpty ? [] : decoder.decode(inputs, size: size, now: Self.now())
    }

    private static func input(forKeyCode code: Int32) -> RawInput? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_RESIZE: return .resize
        case pasteStartCode: return .pasteStart
        case pasteEndCode: return .pasteEnd
        case rapport_key_f(1)...rapport_key_f(12): return .key(.function(Int(code - rapport_key_f(0))))
        default: return nil
        }
    }

    /// The codes of Ctrl-Left and Ctrl-Right (`kLFT5`, `kRIT5`): not in the standard key set, so
    /// ncurses numbers them past `KEY_MAX` when `keypad` is on, differently for each terminal.
    /// Asked for here, after `keypad`, rather than guessed; where terminfo lacks them the
    /// sequences arrive as characters and `InputDecoder` reads them.
    private static func extendedKeyCodes() -> [Int32: Key] {
        var keys: [Int32: Key] = [:]
        for (capability, key) in [("kLFT5", Key.ctrlLeft), ("kRIT5", .ctrlRight)] {
            // tigetstr returns (char *)-1 for a name that is no string capability.
            guard let definition = tigetstr(capability), Int(bitPattern: definition) != -1 else { continue }
            let code = key_defined(definition)
            if code > 0 { keys[code] = key }
        }
        return keys
    }

    // MARK: - Helpers

    /// SIGTERM, SIGHUP or SIGINT came: the terminal is given back, then the process ends by it.
    private func endIfSignalled() {
        guard let signal = TerminalSignals.pendingSignal else { return }
        restore()
        TerminalSignals.end(by: signal)
    }

    /// ncurses draws wide characters only in a UTF-8 locale; when the environment names none
    /// (a bare container, `LANG` unset), C.UTF-8 is the one every glibc has.
    private static func chooseLocale() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = Glibc.write(1, bytes, bytes.count)
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
