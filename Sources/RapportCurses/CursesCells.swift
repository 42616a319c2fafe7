import CNcurses
import RapportUI

/// Turns canvas cells into ncurses characters: each style's attributes and colour pair, made
/// once, and the characters already made for a style kept, since a frame is mostly runs of a
/// few (blanks, borders) and `setcchar` costs thousands of instructions a call.
struct CursesCells {
    struct Look { var attributes: attr_t; var pair: Int32 }
    private struct ColorPair: Hashable { var foreground: Int32; var background: Int32 }
    private struct Made: Hashable { var text: String; var style: Style }

    private let palette: ColorPalette?
    private var pairs: [ColorPair: Int32] = [:]
    private var nextPair: Int32 = 1
    private var looks: [Style: Look] = [:]
    private var lastBlank: (style: Style, blank: cchar_t)?
    private var made: [Made: cchar_t] = [:]

    init(palette: ColorPalette?) {
        self.palette = palette
    }

    /// Appends `cell` as ncurses characters; returns the columns they take.
    ///
    /// A character ncurses thinks narrower than the canvas does (an emoji with a presentation
    /// selector: `wcwidth` reads only its first scalar) is padded with blanks, so the cells after it
    /// stay where the canvas put them; one it thinks wider, or cannot show, becomes "?".
    mutating func append(_ cell: Cell, to line: inout [cchar_t]) -> Int {
        // Most cells: one printable ASCII character, one column (no width to ask, no array to make).
        if let byte = ClusterOverlay.printableASCII(cell) {
            var character = blank(cell.style)
            character.chars.0 = wchar_t(byte)
            line.append(character)
            return 1
        }
        let width = max(1, Int(cell.width))  // a continuation cell on its own shows as a blank
        // One character ncurses sizes as the canvas does (a border, a bullet): the blank of its
        // style with the character in it, as `setcchar` would make it, without a look-up or an array.
        if cell.width > 0, let scalar = ClusterOverlay.onlyScalar(cell.text),
           rapport_wcwidth(wchar_t(bitPattern: scalar.value)) == Int32(cell.width) {
            var character = blank(cell.style)
            character.chars.0 = wchar_t(bitPattern: scalar.value)
            line.append(character)
            return width
        }
        var text = cell.width == 0 ? " " : cell.text
        let first = text.unicodeScalars.first.map { Int(rapport_wcwidth(wchar_t(bitPattern: $0.value))) } ?? -1
        if first < 1 || first > width { text = "?" }
        line.append(character(text, style: cell.style))
        let shown = max(1, min(first, width))
        for _ in shown..<width { line.append(blank(cell.style)) }
        return width
    }

    /// A space in `style`, kept for the style last asked for: cells come in runs of one style,
    /// and `setcchar` leaves nothing but the character to differ between two of one style.
    mutating func blank(_ style: Style) -> cchar_t {
        if let last = lastBlank, last.style == style { return last.blank }
        let blank = character(" ", style: style)
        lastBlank = (style, blank)
        return blank
    }

    mutating func character(_ text: String, style: Style) -> cchar_t {
        let key = Made(text: text, style: style)
        if let known = made[key] { return known }
        let look = look(for: style)
        var wide = text.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var result = cchar_t()
        var pair = look.pair
        if setcchar(&result, wide, look.attributes, Int16(clamping: pair), &pair) != OK {
            setcchar(&result, [wchar_t(UInt8(ascii: "?")), 0], look.attributes, Int16(clamping: pair), &pair)
        }
        // Bounded: a screen of distinct clusters in distinct styles must not grow it for ever.
        if made.count >= 4096 { made.removeAll(keepingCapacity: true) }
        made[key] = result
        return result
    }

    // MARK: - Styles and colour pairs

    mutating func look(for style: Style) -> Look {
        if let cached = looks[style] { return cached }
        var attributes = rapport_a_normal()
        let table: [(Attributes, attr_t)] = [
            (.bold, rapport_a_bold()), (.dim, rapport_a_dim()), (.underline, rapport_a_underline()),
            (.reverse, rapport_a_reverse()), (.italic, rapport_a_italic()),
        ]
        for (attribute, bits) in table where style.attributes.contains(attribute) { attributes |= bits }
        var pair: Int32 = 0
        if let palette {
            let colors = palette.pair(foreground: style.foreground, background: style.background)
            pair = self.pair(ColorPair(foreground: colors.foreground, background: colors.background))
        }
        let look = Look(attributes: attributes, pair: pair)
        looks[style] = look
        return look
    }

    /// The pair number for two colours, made the first time they are asked for. When the
    /// terminal has no pairs left, text falls back to the default colours rather than vanishing.
    private mutating func pair(_ colors: ColorPair) -> Int32 {
        if let known = pairs[colors] { return known }
        let isDefault = palette?.hasDefaultColors == true
            ? colors == ColorPair(foreground: -1, background: -1) : colors == ColorPair(foreground: 7, background: 0)
        var number: Int32 = 0
        if !isDefault, nextPair < rapport_color_pairs(), init_extended_pair(nextPair, colors.foreground, colors.background) == OK {
            number = nextPair
            nextPair += 1
        }
        pairs[colors] = number
        return number
    }
}
