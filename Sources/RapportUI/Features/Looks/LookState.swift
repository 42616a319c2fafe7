/// Which theme is on, and which ones `:theme` offers (the built-in ones and the user's files).
public struct LookState: Equatable, Sendable {
    public var themeName: String
    public var themeNames: [String]

    public init(themeName: String = "default", themeNames: [String] = ["default"]) {
        self.themeName = themeName
        self.themeNames = themeNames
    }
}
