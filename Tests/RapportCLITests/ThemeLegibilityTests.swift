import Foundation
import RapportUI
import Testing
@testable import RapportCLI
@testable import RapportCurses

/// Every built-in theme stays legible on every colour depth: once its colours are mapped to
/// what the terminal has, text keeps a contrast against its background (WCAG's ratio, over
/// xterm's RGB values) — no role's text merges into its background on 8 colours.
struct ThemeLegibilityTests {
    static let paths = Paths(environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent"])

    /// Roles drawn as words a user must read, which need the contrast of body text (3:1, WCAG's
    /// large-text floor, since a terminal cell is small but the mapping is coarse); borders only
    /// need to be seen.
    static let quiet: Set<ThemeRole> = [.border, .dim, .selectionUnfocused]

    static func rgb(_ number: Int32, _ palette: ColorPalette) -> (Int, Int, Int) {
        if palette.depth == .direct, number >= 8 { return (Int(number >> 16 & 0xFF), Int(number >> 8 & 0xFF), Int(number & 0xFF)) }
        return ColorPalette.rgb(Int(number))
    }

    @Test(arguments: ["light", "dark", "high-contrast"], [8, 16, 256, 16_777_216])
    func everyRoleKeepsItsTextReadable(theme name: String, colors: Int) throws {
        let theme = try ThemeLoader.load(name: name, paths: Self.paths)
        let palette = ColorPalette(count: colors, hasDefaultColors: true)
        for role in ThemeRole.allCases {
            let style = theme[role]
            // These themes paint the screen, so every role has both colours.
            guard style.foreground != .default, style.background != .default else {
                Issue.record("\(name) \(role) leaves a colour to the terminal")
                continue
            }
            let pair = palette.pair(foreground: style.foreground, background: style.background)
            let ratio = ColorPalette.contrast(Self.rgb(pair.foreground, palette), Self.rgb(pair.background, palette))
            let floor = Self.quiet.contains(role) ? 1.4 : 3.0
            #expect(ratio >= floor, "\(name) \(role) at \(colors) colours: \(pair) has contrast \(ratio)")
        }
    }
}
