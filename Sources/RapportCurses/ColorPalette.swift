import RapportUI

/// Maps the app's colours onto the ones a terminal has: 256, 16 or 8 of them.
///
/// Themes are written for 256 colours; on a smaller terminal each colour becomes the nearest
/// one the terminal can show (by the xterm RGB values), so a theme never draws in a colour
/// number the terminal does not have (ncurses would refuse the pair and the text would vanish).
struct ColorPalette: Equatable, Sendable {
    /// How many colours the terminal has (ncurses' `COLORS`).
    let count: Int
    /// Whether the terminal's own foreground and background can be used (`use_default_colors`).
    let hasDefaultColors: Bool

    /// The ncurses colour number for `color`; -1 is the terminal's default.
    func number(for color: Color, foreground: Bool) -> Int32 {
        switch color {
        case .default:
            if hasDefaultColors { return -1 }
            return foreground ? 7 : 0
        case .indexed(let n):
            let index = Int(n)
            if index < 16 ? index < count : count >= 256 { return Int32(index) }
            return Int32(Self.nearest(to: Self.rgb(index), among: min(count, 16)))
        }
    }

    // MARK: - xterm's palette

    /// The RGB value xterm gives colour `index` of the 256.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansi[index] }
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        }
        let cube = index - 16
        let levels = [0, 95, 135, 175, 215, 255]
        return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }

    /// The first 16 colours, as xterm shows them by default.
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The colour among the first `count` ANSI ones closest to `rgb`. A grey only becomes a grey
    /// (black, white or bright black): by distance alone mid-grey would turn yellow on 8 colours.
    static func nearest(to rgb: (Int, Int, Int), among count: Int) -> Int {
        let isGrey = max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 24
        var best = 0, bestDistance = Int.max
        for (i, c) in ansi.prefix(max(1, count)).enumerated() where !isGrey || [0, 7, 8, 15].contains(i) {
            let distance = (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1) + (c.2 - rgb.2) * (c.2 - rgb.2)
            if distance < bestDistance { (best, bestDistance) = (i, distance) }
        }
        return best
    }
}
