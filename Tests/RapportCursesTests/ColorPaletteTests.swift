@testable import RapportCurses
import RapportUI
import Testing

@Suite struct ColorPaletteTests {
    static let cases: [(colors: Int, color: Color, foreground: Bool, expected: Int32)] = [
        (256, .default, true, -1),
        (256, .indexed(208), true, 208),
        (256, .indexed(244), false, 244),
        (16, .indexed(12), true, 12),
        (16, .indexed(196), true, 9),     // pure red → bright red
        (16, .indexed(244), true, 8),     // mid grey → bright black
        (16, .indexed(231), true, 15),    // white of the cube
        (8, .indexed(9), true, 1),        // bright red → red
        (8, .indexed(8), true, 7),        // grey stays grey (by distance alone it would be yellow)
        (8, .indexed(236), false, 0),     // dark grey background → black
        (8, .indexed(39), true, 6),       // sky blue → cyan
        (88, .indexed(100), true, 3),     // the 88-colour cube differs: use the 16 named ones
    ]

    @Test(arguments: cases)
    func mapsColourToWhatTheTerminalHas(_ c: (colors: Int, color: Color, foreground: Bool, expected: Int32)) {
        let palette = ColorPalette(count: c.colors, hasDefaultColors: true)
        #expect(palette.number(for: c.color, foreground: c.foreground) == c.expected)
    }

    @Test func withoutDefaultColoursTheDefaultIsWhiteOnBlack() {
        let palette = ColorPalette(count: 8, hasDefaultColors: false)
        #expect(palette.number(for: .default, foreground: true) == 7)
        #expect(palette.number(for: .default, foreground: false) == 0)
    }
}
