@testable import RapportCurses
import RapportUI
import Testing

/// The terminal's colour depth from terminfo's `colors` and the environment, and 24-bit theme
/// colours mapped to each depth so every theme stays legible.
@Suite struct ColorDepthTests {
    @Test(arguments: [
        (0, [:], ColorDepth.none),
        (8, [:], .eight),
        (16, [:], .sixteen),
        (88, [:], .sixteen),
        (256, [:], .indexed256),
        (256, ["COLORTERM": "truecolor"], .indexed256),   // ncurses can send 24-bit only with a direct entry
        (16_777_216, [:], .direct),
        (16_777_216, ["COLORTERM": "24bit"], .direct),
        (256, ["NO_COLOR": "1"], .none),                   // NO_COLOR always wins
        (16_777_216, ["NO_COLOR": "yes", "COLORTERM": "truecolor"], .none),
        (256, ["NO_COLOR": ""], .indexed256),              // set but empty does not count (no-color.org)
    ] as [(Int, [String: String], ColorDepth)])
    func detectsTheDepth(colors: Int, environment: [String: String], expected: ColorDepth) {
        #expect(ColorDepth.detect(colors: colors, environment: environment) == expected)
    }

    /// With COLORTERM saying 24-bit, the terminal opens on the direct variant of its entry when
    /// that is installed: (TERM, its colors, environment, installed entries, entry chosen).
    @Test(arguments: [
        ("xterm-256color", 256, ["COLORTERM": "truecolor"], ["xterm-direct"], "xterm-direct"),
        ("tmux-256color", 256, ["COLORTERM": "24bit"], ["tmux-direct", "xterm-direct"], "tmux-direct"),
        ("foot", 256, ["COLORTERM": "truecolor"], ["foot-direct"], "foot-direct"),
        ("xterm-256color", 256, ["COLORTERM": "TrueColor"], ["xterm-direct"], "xterm-direct"),
        ("xterm-256color", 256, ["COLORTERM": "truecolor"], [], nil),               // no variant installed: the 256
        ("xterm-256color", 256, [:], ["xterm-direct"], nil),                        // the terminal did not say
        ("xterm-256color", 256, ["COLORTERM": "yes"], ["xterm-direct"], nil),
        ("xterm-direct", 16_777_216, ["COLORTERM": "truecolor"], ["xterm-direct"], nil),  // already direct
        ("xterm-256color", 256, ["COLORTERM": "truecolor", "NO_COLOR": "1"], ["xterm-direct"], nil),
    ] as [(String, Int, [String: String], Set<String>, String?)])
    func opensTheDirectVariantWhenTheTerminalSaysTrueColour(term: String, colors: Int, environment: [String: String],
                                                            installed: Set<String>, expected: String?) {
        let chosen = ColorDepth.directEntry(term: term, colors: colors, environment: environment,
                                            colorsOf: { installed.contains($0) ? 16_777_216 : -1 })
        #expect(chosen == expected)
    }

    /// A 24-bit colour at each depth: (colors, #rrggbb, expected colour number).
    @Test(arguments: [
        (16_777_216, "#1f6feb", 0x1F6FEB),   // direct: the colour itself
        (16_777_216, "#000000", 8),           // below 8 are the ANSI colours there: lifted one step
        (256, "#ff0000", 196),                // exact cube colours
        (256, "#5f87af", 67),
        (256, "#808080", 244),                // a mid grey stays on the grey ramp
        (256, "#161b22", 234),                // the dark theme's background: a near-black grey
        (256, "#f6f8fa", 231),                // the light theme's background: the cube's white
        (256, "#1f6feb", 26),                 // the dark theme's selection blue
        (16, "#1f6feb", 12),                  // → bright blue
        (16, "#ff7b72", 9),                   // salmon → bright red
        (16, "#56d364", 2),                   // a mid green → green (bright green is far lighter)
        (16, "#8b949e", 8),                   // grey → bright black, never a colour
        (16, "#f6f8fa", 15),
        (8, "#1f6feb", 4),                    // → blue (by distance alone: magenta)
        (8, "#79c0ff", 6),                    // light blue → cyan (by distance alone: white)
        (8, "#116329", 2),                    // dark green → green
        (8, "#ff7b72", 1),                    // → red
        (8, "#e3b341", 3),                    // amber → yellow
        (8, "#8b949e", 7),                    // light-mid grey → white
        (8, "#484f58", 0),                    // dark grey → black
        (8, "#161b22", 0),
    ])
    func mapsATrueColourToEachDepth(colors: Int, hex: String, expected: Int) {
        let palette = ColorPalette(count: colors, hasDefaultColors: true)
        #expect(palette.number(for: Color(name: hex)!, foreground: true) == Int32(expected))
    }

    @Test func twoColoursThatMergeKeepTheTextReadable() {
        // Given grey text on a white bar, which on 8 colours both become white
        let palette = ColorPalette(count: 8, hasDefaultColors: true)
        let colours = palette.pair(foreground: Color(name: "#6e7781")!, background: Color(name: "#f6f8fa")!)
        // Then the text turns black, not white on white
        #expect(colours == (foreground: 0, background: 7))
        // And near-black on black turns white
        let dark = ColorPalette(count: 16, hasDefaultColors: true).pair(foreground: Color(name: "#303030")!,
                                                                       background: Color(name: "#000000")!)
        #expect(dark.background == 0)
        #expect(ColorPalette.contrast(ColorPalette.rgb(Int(dark.foreground)), (0, 0, 0)) >= 1.9)
    }

    @Test func textThatLosesItsContrastTakesTheNearestReadableColour() {
        // Given the light theme's dark green on its white, which by hue alone is ANSI green: 1.7:1
        let palette = ColorPalette(count: 8, hasDefaultColors: true)
        #expect(palette.number(for: Color(name: "#116329")!, foreground: true) == 2)
        let colours = palette.pair(foreground: Color(name: "#116329")!, background: Color(name: "#f6f8fa")!)
        // Then it takes a colour that reads on white (green is too light, so black is nearest)
        #expect(colours.background == 7)
        #expect(ColorPalette.contrast(ColorPalette.rgb(Int(colours.foreground)), ColorPalette.rgb(7)) >= 3)
        // And a pale colour the theme chose on purpose (under 3:1) is only kept as legible as it was
        let faint = palette.pair(foreground: Color(name: "#d0d7de")!, background: Color(name: "#f6f8fa")!)
        #expect(faint == (foreground: 0, background: 7))  // a grey stays a grey: black, never yellow
    }

    @Test func theTerminalsOwnTextOnABackgroundThatCameOutLightIsWrittenBlack() {
        // The default theme's unfocused selection is bright black, which 8 colours show as white
        let eight = ColorPalette(count: 8, hasDefaultColors: true)
        #expect(eight.pair(foreground: .default, background: .indexed(8)) == (foreground: 0, background: 7))
        // On 256 colours it stays a dark grey under the terminal's own text colour
        let many = ColorPalette(count: 256, hasDefaultColors: true)
        #expect(many.pair(foreground: .default, background: .indexed(8)) == (foreground: -1, background: 8))
    }

    @Test func colourPairsThatDifferAreLeftAlone() {
        let palette = ColorPalette(count: 8, hasDefaultColors: true)
        #expect(palette.pair(foreground: .indexed(7), background: .indexed(4)) == (foreground: 7, background: 4))
        #expect(palette.pair(foreground: .default, background: .default) == (foreground: -1, background: -1))
    }

    @Test func anIndexedColourOnADirectTerminalIsItsXtermRGB() {
        let palette = ColorPalette(count: 16_777_216, hasDefaultColors: true)
        #expect(palette.number(for: .indexed(4), foreground: true) == 4)            // ANSI, as the terminal shows it
        #expect(palette.number(for: .indexed(196), foreground: true) == 0xFF0000)
        #expect(palette.number(for: .indexed(244), foreground: true) == 0x808080)
    }
}
