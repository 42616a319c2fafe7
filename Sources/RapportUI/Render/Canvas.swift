import RapportModel

/// One cell of the screen: a grapheme, how many columns it takes, and its style.
///
/// A wide character (CJK, emoji) sits in its first cell with width 2; the cell after it is a
/// continuation with width 0 and no text of its own.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int8
    public var style: Style

    public init(text: String = " ", width: Int8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    static let continuation = Cell(text: "", width: 0)
}

/// A cell of the screen, by column and row from the top left.
public struct CursorPosition: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A grid of cells that views draw into; the terminal only ever copies a finished canvas.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal shows its cursor, or nil to hide it. Only a text field being typed in
    /// sets it: a visible cursor anywhere else would suggest that typing goes there.
    public var cursor: CursorPosition?
    /// Where the cursor rests when nothing is typed: the start of the selected row, else the top
    /// of the focused box. Screen readers and braille displays follow the terminal's cursor, so
    /// it goes where the user is even while it is hidden.
    public var focus: CursorPosition?
    /// The focused box's title, for the status line to say in screen-reader mode.
    public var focusTitle: String?
    /// Show the cursor at `focus` too (screen-reader mode), not only while typing.
    public var showsFocus = false

    /// Where the terminal leaves its cursor at the end of the frame, and whether it is shown.
    public var cursorPlacement: (position: CursorPosition, visible: Bool)? {
        if let cursor { return (cursor, true) }
        return focus.map { ($0, showsFocus) }
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: Cell(), count: size.columns * size.rows)
    }

    /// A plain canvas holding `lines`, as tests write expected screens.
    public init(lines: [String]) {
        let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
        self.init(size: Size(columns: width, rows: lines.count))
        for (y, line) in lines.enumerated() { put(line, x: 0, y: y) }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.columns, height: size.rows) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.columns + x]
    }

    /// The screen as text, one string a row, trailing blanks removed.
    public var lines: [String] {
        (0..<size.rows).map { y in
            var line = ""
            for x in 0..<size.columns { line += self[x, y].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Writes `text` from (x, y), at most `maxWidth` columns; text that does not fit ends in "…".
    /// Returns the columns written. A wide character is never split: a space stands in its place.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < size.rows, x < size.columns else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.columns - max(0, x))
        guard limit > 0 else { return 0 }
        if let written = putPrintableASCII(text, x: x, y: y, limit: limit, style: style) { return written }
        // Control and invisible format characters show as the CLI shows them, never as themselves.
        guard TerminalSafe.isSafeLine(text) else {
            return put(TerminalSafe.line(text), x: x, y: y, maxWidth: maxWidth, style: style)
        }
        if let written = putLoneScalars(text, x: x, y: y, limit: limit, style: style) { return written }
        return place(text.lazy.map { (String($0), DisplayWidth.of($0)) }, total: DisplayWidth.of(text),
                     x: x, y: y, limit: limit, style: style)
    }

    /// Puts `units` (a cell's text and the columns it takes, zero-width ones skipped) from `x`;
    /// past `limit` columns the last one shown is an ellipsis.
    private mutating func place(_ units: some Sequence<(String, Int)>, total: Int, x: Int, y: Int, limit: Int,
                                style: Style) -> Int {
        let budget = total > limit ? limit - 1 : limit  // keep one column for the ellipsis
        var column = x
        for (text, w) in units {
            if w == 0 { continue }
            if column - x + w > budget { break }
            if column >= 0 { set(Cell(text: text, width: Int8(w), style: style), x: column, y: y) }
            column += w
        }
        if total > limit {
            while column - x < limit - 1 { set(Cell(text: " ", style: style), x: column, y: y); column += 1 }
            set(Cell(text: "…", style: style), x: column, y: y)
            column += 1
        }
        return column - x
    }

    /// The common case, done without grapheme breaking: text of printable ASCII only, one cell a
    /// byte. Nil when the text has anything else, which the general path handles.
    private mutating func putPrintableASCII(_ text: some StringProtocol, x: Int, y: Int, limit: Int, style: Style) -> Int? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let count = bytes.count
        let shown = count > limit ? limit - 1 : count
        var column = x
        for byte in bytes.prefix(shown) {
            if column >= 0 { set(Cell(text: String(UnicodeScalar(byte)), width: 1, style: style), x: column, y: y) }
            column += 1
        }
        if count > limit {
            set(Cell(text: "…", style: style), x: column, y: y)
            column += 1
        }
        return column - x
    }

    /// Text whose every scalar is a character of its own (Latin, punctuation, arrows, box
    /// drawing, bullets: no combining mark, joiner, selector, flag or Hangul jamo), done scalar by
    /// scalar; what the general path does, without breaking graphemes. Nil otherwise.
    private mutating func putLoneScalars(_ text: some StringProtocol, x: Int, y: Int, limit: Int, style: Style) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            guard Self.standsAlone(scalar.value) else { return nil }
            total += DisplayWidth.of(scalar)
        }
        return place(text.unicodeScalars.lazy.map { (String($0), DisplayWidth.of($0)) }, total: total,
                     x: x, y: y, limit: limit, style: style)
    }

    /// Ranges with no scalar that joins a neighbour into one grapheme (U+20D0–20FF, the
    /// combining marks for symbols, stay out).
    private static func standsAlone(_ v: UInt32) -> Bool {
        (0x20..<0x7F).contains(v) || (0xA0..<0x300).contains(v) || (0x2010..<0x2028).contains(v)
            || (0x2030..<0x205F).contains(v) || (0x2070..<0x20D0).contains(v) || (0x2100..<0x2C00).contains(v)
    }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let left = max(0, rect.x), right = min(size.columns, rect.maxX)
        guard left < right else { return }
        let blank = Cell(style: style)
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            // Only the two edge cells can cut a wide character outside the rect; the ones between
            // are overwritten whole.
            set(blank, x: left, y: y)
            set(blank, x: right - 1, y: y)
            let row = y * size.columns
            for i in (row + left + 1)..<max(row + left + 1, row + right - 1) { cells[i] = blank }
        }
    }

    /// Gives every cell of `rect` a new style, keeping its text (a selection bar).
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                transform(&cells[y * size.columns + x].style)
            }
        }
    }

    /// Sets one cell, clearing any wide character it cuts in half.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.columns, y >= 0, y < size.rows else { return }
        let i = y * size.columns + x
        // The common case: a narrow cell over a narrow one, with no wide character to clear.
        if cell.width == 1, cells[i].width == 1 { cells[i] = cell; return }
        var cell = cell
        if cell.width == 2, x + 1 >= size.columns { cell = Cell(text: " ", style: cell.style) }
        if cells[i].width == 0, x > 0 { cells[i - 1] = Cell(style: cells[i - 1].style) }
        if cells[i].width == 2, x + 1 < size.columns { cells[i + 1] = Cell(style: cells[i + 1].style) }
        cells[i] = cell
        if cell.width == 2 {
            if x + 2 < size.columns, cells[i + 1].width == 2 { cells[i + 2] = Cell(style: cells[i + 2].style) }
            cells[i + 1] = Cell(text: "", width: 0, style: cell.style)
        }
    }
}
