import Foundation

/// Where the themes that ship with Rapport are found at run time.
public enum ThemeFiles {
    /// The file of a built-in theme, or nil when no theme of that name ships.
    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "toml")
    }

    /// Names of the built-in themes.
    public static let names = ["default", "light", "dark", "high-contrast", "monochrome"]
}
