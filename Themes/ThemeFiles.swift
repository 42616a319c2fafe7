/// The themes that ship with Rapport, compiled in from `Themes/*.toml`.
public enum ThemeFiles {
    /// The TOML text of a built-in theme, or nil when no theme of that name ships.
    public static func text(named name: String) -> String? {
        let bytes: [UInt8]
        switch name {
        case "default": bytes = PackageResources.default_toml
        case "light": bytes = PackageResources.light_toml
        case "dark": bytes = PackageResources.dark_toml
        case "high-contrast": bytes = PackageResources.high_contrast_toml
        case "monochrome": bytes = PackageResources.monochrome_toml
        default: return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Names of the built-in themes.
    public static let names = ["default", "light", "dark", "high-contrast", "monochrome"]
}
