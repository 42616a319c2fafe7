import CNcurses
import Glibc
import RapportUI

/// Grapheme clusters that ncurses cannot put in one cell, written straight to the terminal.
///
/// A `cchar_t` holds one spacing character and at most four zero-width ones, and ncurses sizes
/// a cell by `wcwidth` of its first character: a ZWJ sequence (👩‍💻), a flag (🇩🇪) or an emoji made
/// wide by U+FE0F (🏳️‍🌈) would be cut, or sized one column too narrow so the row ran past its
/// border. For those, ncurses draws blanks of the canvas's width in their place (so its idea of the
/// screen stays right), and after each refresh the clusters are written over the blanks whole, in
/// their style, with the rest of their row; then cursor and attributes are put back as ncurses left them.
struct ClusterOverlay {
    /// This frame's rows that hold an overlaid cell: the row's cells from the first of them on.
    private var current: [Int: Tail] = [:]
    private var previous: [Int: Tail] = [:]

    struct Tail: Equatable {
        var x: Int
        var cells: [Cell]
    }

    /// True when ncurses cannot show `cell` whole at the canvas's width.
    static func needsOverlay(_ cell: Cell) -> Bool {
        guard cell.width > 0 else { return false }
        // Most cells are one printable ASCII character: nothing to ask the C library.
        if printableASCII(cell) != nil { return false }
        let scalars = cell.text.unicodeScalars
        guard let first = scalars.first else { return false }
        let width = Int(rapport_wcwidth(wchar_t(bitPattern: first.value)))
        if width < 0 { return false }  // unprintable to the C library: ncurses shows "?"
        if width != Int(cell.width) || scalars.count > Int(CCHARW_MAX) { return true }
        return scalars.dropFirst().contains { rapport_wcwidth(wchar_t(bitPattern: $0.value)) != 0 }
    }

    /// The byte of a one-column cell holding one printable ASCII character, most of any screen;
    /// nil for any other cell.
    static func printableASCII(_ cell: Cell) -> UInt8? {
        guard cell.width == 1, cell.text.utf8.count == 1, let byte = cell.text.utf8.first, byte >= 0x20, byte < 0x7F
        else { return nil }
        return byte
    }

    /// The text's one Unicode scalar; nil when it has none or more.
    static func onlyScalar(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first
    }

    /// Whether row `y` was overlaid in the frame before this one.
    func hadOverlay(row y: Int) -> Bool { previous[y] != nil }

    /// Starts a frame: nothing overlaid yet.
    mutating func begin() {
        previous = current
        current = [:]
    }

    /// Notes that row `y` has an overlaid cell at `x`; `cells` is the row as the screen shows it.
    mutating func add(row y: Int, from x: Int, cells: [Cell]) {
        if current[y] == nil { current[y] = Tail(x: x, cells: Array(cells[x...])) }
    }

    /// Rows overlaid in the last frame that are not the same now: ncurses believes its blanks are
    /// there and would not rewrite them, so they are redrawn (`wredrawln`) before the refresh.
    var staleRows: [Int] {
        previous.filter { current[$0.key] != $0.value }.map(\.key)
    }

    /// The bytes that write this frame's overlaid rows: from the first cluster to the row's end,
    /// each cell after a cluster placed by cursor address, so a terminal that draws the cluster
    /// wider or narrower than the canvas cannot shift the rest of the row. Empty when none.
    func bytes(look: (Style) -> (attributes: attr_t, pair: Int32), rows: Int, columns: Int,
               cursorRow: Int32, cursorColumn: Int32) -> [UInt8] {
        guard !current.isEmpty else { return [] }
        overlayOutput.removeAll(keepingCapacity: true)
        for (y, tail) in current.sorted(by: { $0.key < $1.key }) {
            var placed = false
            for (offset, cell) in tail.cells.enumerated() {
                let x = tail.x + offset
                // The second half of a wide character is written with it; the bottom-right cell
                // is left to ncurses, since writing it may scroll a terminal without xenl.
                guard cell.width > 0, x < columns, !(y == rows - 1 && x + Int(cell.width) >= columns) else {
                    if cell.width > 0 { placed = false }
                    continue
                }
                if !placed, !move(to: y, x) { return [] }
                let look = look(cell.style)
                _ = rapport_vid_puts(look.attributes, look.pair, appendOverlayByte)
                let cluster = Self.needsOverlay(cell)
                overlayOutput.append(contentsOf: Array(Self.shown(cell).utf8))
                placed = !cluster  // after a cluster the terminal's column is not known: address the next cell
            }
        }
        // As ncurses left them, so its next update starts from what it believes.
        _ = rapport_vid_puts(rapport_a_normal(), 0, appendOverlayByte)
        _ = move(to: Int(cursorRow), Int(cursorColumn))
        return overlayOutput
    }

    private func move(to row: Int, _ column: Int) -> Bool {
        guard let address = rapport_cursor_address(Int32(row), Int32(column)) else { return false }
        overlayOutput.append(contentsOf: Array(String(cString: address).utf8))
        return true
    }

    /// A cell's text as `CursesTerminal` gives it to ncurses: "?" for what the C library cannot
    /// show, blanks after a character narrower than its cell; a cluster as it is.
    static func shown(_ cell: Cell) -> String {
        if needsOverlay(cell) { return cell.text }
        let width = Int(cell.width)
        let first = cell.text.unicodeScalars.first.map { Int(rapport_wcwidth(wchar_t(bitPattern: $0.value))) } ?? -1
        if first < 1 || first > width { return "?" + String(repeating: " ", count: width - 1) }
        return cell.text + String(repeating: " ", count: width - first)
    }
}

// vid_puts writes through a C function pointer, which cannot capture: it appends here.
nonisolated(unsafe) private var overlayOutput: [UInt8] = []

private func appendOverlayByte(_ byte: Int32) -> Int32 {
    overlayOutput.append(UInt8(truncatingIfNeeded: byte))
    return byte
}
