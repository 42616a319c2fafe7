import Glibc
import RapportUI

/// Maps the app's colours onto the ones a terminal has: 24-bit, 256, 16 or 8 of them.
///
/// Themes may be written in 24-bit colour (`#rrggbb`) or 256-colour indexes; on a smaller terminal
/// each colour becomes the nearest one the terminal can show, by distance in CIE L*a*b* (close to
/// how different two colours look) over the xterm RGB values, so a theme never draws in a colour
/// number the terminal does not have (ncurses would refuse the pair and the text would vanish).
struct ColorPalette: Equatable, Sendable {
    /// How many colours the terminal has (ncurses' `COLORS`).
    let count: Int
    /// Whether the terminal's own foreground and background can be used (`use_default_colors`).
    let hasDefaultColors: Bool

    var depth: ColorDepth { ColorDepth.detect(colors: count, environment: [:]) }

    /// The ncurses colour number for `color`; -1 is the terminal's default.
    func number(for color: Color, foreground: Bool) -> Int32 {
        switch color {
        case .default:
            if hasDefaultColors { return -1 }
            return foreground ? 7 : 0
        case .indexed(let n):
            let index = Int(n)
            if depth == .direct { return index < 8 ? Int32(index) : Self.packed(Self.rgb(index)) }
            if index < 16 ? index < count : count >= 256 { return Int32(index) }
            return Int32(Self.nearest(to: Self.rgb(index), among: min(count, 16)))
        case let .rgb(r, g, b):
            let rgb = (Int(r), Int(g), Int(b))
            switch depth {
            case .direct: return Self.packed(rgb)
            case .indexed256: return Int32(Self.nearest256(to: rgb))
            default: return Int32(Self.nearest(to: rgb, among: min(count, 16)))
            }
        }
    }

    /// Both colours of a pair, kept readable: when mapping costs the text its contrast against
    /// the background (dark green on white becomes ANSI green on white; two near colours merge
    /// into one), the text takes the colour nearest the theme's that has the contrast back —
    /// 3:1 (WCAG's floor for large text), or what the theme itself had if that was less.
    func pair(foreground: Color, background: Color) -> (foreground: Int32, background: Int32) {
        var fg = number(for: foreground, foreground: true)
        let bg = number(for: background, foreground: false)
        // The terminal's own text colour is unknown, and usually light on a dark screen: on a
        // background that came out light (bright black is white on 8 colours), write black.
        if fg == -1, bg >= 0, depth != .direct, Self.luminance(rgb(ofNumber: bg)) > 0.4 { return (0, bg) }
        guard fg >= 0, bg >= 0, depth != .direct,
              let wanted = Self.rgb(of: foreground), let paper = Self.rgb(of: background) else { return (fg, bg) }
        let need = min(3, Self.contrast(wanted, paper))
        let shown = rgb(ofNumber: bg)
        if Self.contrast(rgb(ofNumber: fg), shown) < need {
            let target = Self.lab(wanted)
            // A grey stays a grey here too (see `nearest`).
            let candidates = (depth == .indexed256 ? Array(16..<256) : Array(0..<min(count, 16)))
                .filter { target.chroma >= 15 || Self.lab(rgb(ofNumber: Int32($0))).chroma < 15 }
            let readable = candidates.filter { Self.contrast(rgb(ofNumber: Int32($0)), shown) >= need }
            if let best = readable.min(by: { target.distance(to: Self.lab(rgb(ofNumber: Int32($0)))) < target.distance(to: Self.lab(rgb(ofNumber: Int32($1)))) }) {
                fg = Int32(best)
            } else {
                fg = Self.luminance(shown) > 0.18 ? 0 : (count >= 16 ? 15 : 7)
            }
        }
        return (fg, bg)
    }

    /// The RGB a theme colour asks for; nil for the terminal's default, which is not known.
    static func rgb(of color: Color) -> (Int, Int, Int)? {
        switch color {
        case .default: return nil
        case .indexed(let n): return rgb(Int(n))
        case let .rgb(r, g, b): return (Int(r), Int(g), Int(b))
        }
    }

    /// WCAG's contrast ratio of two colours, 1 (the same) to 21 (black and white).
    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Relative luminance (WCAG): linearised sRGB, weighted as the eye weighs it.
    static func luminance(_ c: (Int, Int, Int)) -> Double {
        func linear(_ v: Int) -> Double {
            let s = Double(v) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
    }

    /// The RGB value a colour number of this palette shows.
    private func rgb(ofNumber number: Int32) -> (Int, Int, Int) {
        if depth == .direct, number >= 8 { return (Int(number >> 16 & 0xFF), Int(number >> 8 & 0xFF), Int(number & 0xFF)) }
        return Self.rgb(Int(number))
    }

    /// A direct-colour number: RGB packed as ncurses takes it. Values below 8 are the ANSI colours
    /// there, so a near-black is lifted to 8 (a step nobody can see).
    static func packed(_ rgb: (Int, Int, Int)) -> Int32 {
        max(8, Int32(rgb.0 << 16 | rgb.1 << 8 | rgb.2))
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

    /// The colour among the first `count` (8 or 16) ANSI ones closest to `rgb`.
    ///
    /// The ANSI colours are few and saturated, so plain L*a*b* distance picks badly among them
    /// (a mid blue comes out magenta, a sky blue grey). A colour keeps its hue instead: a grey
    /// (little chroma) becomes the grey nearest in lightness, never a colour (grey text turned
    /// yellow reads as a warning); any other colour the ANSI hue nearest around the L*a*b*
    /// colour wheel, with lightness counting too, so on 16 colours a light one gets the bright variant.
    static func nearest(to rgb: (Int, Int, Int), among count: Int) -> Int {
        let target = lab(rgb)
        let available = max(1, min(count, 16))
        if target.chroma < 15 {
            let greys = [0, 7, 8, 15].filter { $0 < available }
            return greys.min { abs(target.l - ansiLab[$0].l) < abs(target.l - ansiLab[$1].l) } ?? 0
        }
        let candidates = Array(1...6) + (available >= 16 ? Array(9...14) : [])
        func score(_ i: Int) -> Double {
            let turn = abs(target.hue - ansiLab[i].hue), hue = min(turn, 360 - turn)
            let lightness = target.l - ansiLab[i].l
            return hue * hue + 2 * lightness * lightness
        }
        return candidates.min { score($0) < score($1) } ?? 0
    }

    /// The colour of the 6×6×6 cube or the grey ramp (16–255) closest to `rgb`. The first 16 are
    /// left out: terminals let users change them, so they may not be what a theme asked for.
    static func nearest256(to rgb: (Int, Int, Int)) -> Int {
        let target = lab(rgb)
        var best = 16, bestDistance = Double.infinity
        for i in 16..<256 {
            let distance = target.distance(to: paletteLab[i - 16])
            if distance < bestDistance { (best, bestDistance) = (i, distance) }
        }
        return best
    }

    private static let ansiLab = ansi.map(lab)
    private static let paletteLab = (16..<256).map { lab(rgb($0)) }

    // MARK: - CIE L*a*b*

    struct Lab {
        var l: Double, a: Double, b: Double
        func distance(to o: Lab) -> Double { (l - o.l) * (l - o.l) + (a - o.a) * (a - o.a) + (b - o.b) * (b - o.b) }
        var chroma: Double { (a * a + b * b).squareRoot() }
        /// The hue angle in degrees, 0..<360.
        var hue: Double {
            let degrees = atan2(b, a) * 180 / Double.pi
            return degrees < 0 ? degrees + 360 : degrees
        }
    }

    /// sRGB (D65) to L*a*b*: linearise, to XYZ, then the cube-root curve.
    static func lab(_ rgb: (Int, Int, Int)) -> Lab {
        func linear(_ c: Int) -> Double {
            let v = Double(c) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        let r = linear(rgb.0), g = linear(rgb.1), b = linear(rgb.2)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return Lab(l: 116 * f(y) - 16, a: 500 * (f(x) - f(y)), b: 200 * (f(y) - f(z)))
    }
}
